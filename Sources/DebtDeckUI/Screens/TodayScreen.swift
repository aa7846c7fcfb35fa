import DebtCore
import TerminalUI

/// Today: the day's reminders — overdue first, then today's, then what is coming up — each one
/// key from done, snoozed, dismissed or paid.
enum TodayScreen {
  static let groupTitles = [
    LocalizedText(en: "Overdue", zh: "逾期"), LocalizedText(en: "Today", zh: "今日"),
    LocalizedText(en: "Coming up", zh: "即将到来"),
  ]

  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let list = state.todayReminders
    let (head, body) = rect.splitTop(2)
    let counts = [0, 1, 2].map { g in list.filter { state.todayGroup($0) == g }.count }
    let headline: LocalizedText =
      list.isEmpty
      ? LocalizedText(
        en: "Nothing to do today, nothing due in the next \(state.settings.dueSoonDays) days.",
        zh: "今天没有待办，未来 \(state.settings.dueSoonDays) 天内没有到期。")
      : LocalizedText(
        en: "\(counts[0]) overdue · \(counts[1]) for today · \(counts[2]) coming up",
        zh: "逾期 \(counts[0]) 条 · 今日 \(counts[1]) 条 · 即将到来 \(counts[2]) 条")
    buffer.put(
      state.t(headline), x: head.x + 1, y: head.y, style: counts[0] > 0 ? theme.danger : theme.title,
      clip: head)
    // When the last notice went out, at the right when it fits beside the headline.
    if let last = state.notifySent?.lastNoticeLine.map(state.t) {
      let width = DisplayWidth.of(last)
      let x = head.maxX - width - 1
      if x >= head.x + 1 + DisplayWidth.of(state.t(headline)) + 2 {
        buffer.put(last, x: x, y: head.y, style: theme.muted, clip: head)
      }
    }
    guard !list.isEmpty else {
      if state.portfolio.debts.isEmpty {
        buffer.put(
          state.t(LocalizedText(en: "No debts yet: press a to add one.", zh: "还没有债务：按 a 添加。")),
          x: body.x + 1, y: body.y, style: theme.muted, clip: body)
      }
      return
    }
    // Lines: a heading per group, then its reminders; keep the selected one in view.
    var lines: [(reminder: Int?, group: Int)] = []
    var previous = -1
    for (i, r) in list.enumerated() {
      let g = state.todayGroup(r)
      if g != previous {
        if previous != -1 { lines.append((nil, -1)) }
        lines.append((nil, g))
        previous = g
      }
      lines.append((i, g))
    }
    let selected = state.selection[.today] ?? 0
    let selectedLine = lines.firstIndex { $0.reminder == selected } ?? 0
    let offset = TableView.scrollOffset(selected: selectedLine, count: lines.count, visible: body.height)
    let amountWidth = 12
    let dateWidth = 10
    let whenWidth = 12
    for (row, line) in lines.dropFirst(offset).prefix(body.height).enumerated() {
      let y = body.y + row
      guard let index = line.reminder else {
        if line.group >= 0 {
          buffer.put(
            state.t(groupTitles[line.group]), x: body.x + 1, y: y, style: theme.title.with(underline: true),
            clip: body)
        }
        continue
      }
      let r = list[index]
      let style =
        index == selected
        ? theme.selection
        : r.severity == .danger ? theme.danger : r.severity == .warning ? theme.warning : theme.base
      let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
      buffer.fill(rowRect, style: style)
      var x = body.x + 2
      buffer.put(r.eventDate.description, x: x, y: y, width: dateWidth, style: style, clip: rowRect)
      x += dateWidth + 1
      buffer.put(whenText(state, r), x: x, y: y, width: whenWidth, style: style, clip: rowRect)
      x += whenWidth + 1
      let messageWidth = max(0, body.maxX - x - amountWidth - 2)
      buffer.put(state.t(r.message), x: x, y: y, width: messageWidth, style: style, clip: rowRect)
      if let amount = r.amount, let debt = r.debtID.flatMap({ state.portfolio.debt(id: $0) }) {
        buffer.put(
          Money.format(amount, debt.currency), x: body.maxX - amountWidth - 1, y: y, width: amountWidth,
          style: style,
          alignRight: true, clip: rowRect)
      }
    }
  }

  /// "45 days late" for an overdue installment; else when the event is: "today", "in 3 days".
  static func whenText(_ state: AppState, _ r: Reminder) -> String {
    if r.kind == .overdue {
      let days = r.eventDate.days(to: state.today)
      return state.t(LocalizedText(en: "\(days) days late", zh: "逾期 \(days) 天"))
    }
    return state.relative(r.eventDate)
  }
}
