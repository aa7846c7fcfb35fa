import DebtCore
import TerminalUI

/// Today: the day's reminders — overdue first, then today's, then what is coming up — each one
/// key from done, snoozed, dismissed or paid.
enum TodayScreen {
  static func groupTitles(_ state: AppState) -> [LocalizedText] {
    [DailyBrief.overdueTitle, DailyBrief.todayTitle, DailyBrief.comingUpTitle(days: state.brief.days)]
  }

  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let list = state.todayRows
    let (head, whole) = rect.splitTop(2)
    // From 120 columns, the selected line's debt in a pane at the right (as lazygit shows the
    // selected item beside its list).
    let wide = whole.width >= 120 && state.selectedDebt != nil
    let (body, side) =
      wide ? whole.splitLeft(whole.width - summaryWidth - 1) : (whole, Rect(x: 0, y: 0, width: 0, height: 0))
    if wide, let debt = state.selectedDebt {
      let pane = Rect(x: side.x + 1, y: side.y, width: side.width - 1, height: side.height)
      for y in side.y..<side.maxY { buffer.put("│", x: side.x, y: y, style: theme.border, clip: side) }
      summary(state, debt, &buffer, pane, theme)
    }
    let counts = state.brief.counts
    buffer.put(
      state.t(state.brief.headline).truncated(toWidth: head.width - 2), x: head.x + 1, y: head.y,
      style: counts.overdue > 0 ? theme.danger : theme.title, clip: head)
    // When the last notice went out, at the right when it fits beside the headline.
    if let last = state.notifySent?.lastNoticeLine.map(state.t) {
      let width = DisplayWidth.of(last)
      let x = head.maxX - width - 1
      if x >= head.x + 1 + DisplayWidth.of(state.t(state.brief.headline)) + 2 {
        buffer.put(last, x: x, y: head.y, style: theme.muted, clip: head)
      }
    }
    guard !list.isEmpty else {
      if state.portfolio.debts.isEmpty {
        buffer.put(
          state.t(
            LocalizedText(
              en: "No debts yet: press \(state.key(.add, in: .list)) to add one.",
              zh: "还没有债务：按 \(state.key(.add, in: .list)) 添加。")),
          x: body.x + 1, y: body.y, style: theme.muted, clip: body)
      }
      return
    }
    // Lines: a heading per group, then its rows; keep the selected one in view.
    var lines: [(row: Int?, group: Int)] = []
    var previous = -1
    let titles = groupTitles(state)
    for i in list.indices {
      let g = state.todayGroup(i)
      if g != previous {
        if previous != -1 { lines.append((nil, -1)) }
        lines.append((nil, g))
        previous = g
      }
      lines.append((i, g))
    }
    let selected = state.selection[.today] ?? 0
    let selectedLine = lines.firstIndex { $0.row == selected } ?? 0
    let offset = TableView.scrollOffset(selected: selectedLine, count: lines.count, visible: body.height)
    let amountWidth = 12
    let dateWidth = 10
    let whenWidth = 12
    for (screenRow, line) in lines.dropFirst(offset).prefix(body.height).enumerated() {
      let y = body.y + screenRow
      guard let index = line.row else {
        if line.group >= 0 {
          buffer.put(
            state.t(titles[line.group]), x: body.x + 1, y: y, style: theme.title.with(underline: true),
            clip: body)
        }
        continue
      }
      let r = list[index]
      // An acknowledged notice leaves its row, quieter: what is due stays until it is paid.
      let quiet = r.item != nil && r.notice == nil
      let style =
        index == selected
        ? theme.selection
        : r.severity == .danger ? theme.danger : r.severity == .warning && !quiet ? theme.warning : theme.base
      let rowRect = Rect(x: body.x, y: y, width: body.width, height: 1)
      buffer.fill(rowRect, style: style)
      var x = body.x + 2
      buffer.put(r.date.description, x: x, y: y, width: dateWidth, style: style, clip: rowRect)
      x += dateWidth + 1
      buffer.put(whenText(state, r), x: x, y: y, width: whenWidth, style: style, clip: rowRect)
      x += whenWidth + 1
      let messageWidth = max(0, body.maxX - x - amountWidth - 2)
      let name = r.debtID.flatMap { state.portfolio.debt(id: $0)?.name }
      buffer.put(
        fitted(state.t(r.summary), name: name, width: messageWidth), x: x, y: y, width: messageWidth,
        style: style, clip: rowRect)
      if let amount = r.amount, let debt = r.debtID.flatMap({ state.portfolio.debt(id: $0) }) {
        buffer.put(
          Money.format(amount, debt.currency), x: body.maxX - amountWidth - 1, y: y, width: amountWidth,
          style: style,
          alignRight: true, clip: rowRect)
      }
    }
  }

  static let summaryWidth = 34

  /// A line that starts with a debt's name and does not fit: the name gives up room first (to two
  /// fifths of the line), so what the line says about the debt stays in view.
  static func fitted(_ text: String, name: String?, width: Int) -> String {
    guard text.displayWidth > width, let name, !name.isEmpty, text.hasPrefix(name) else {
      return text.truncated(toWidth: width)
    }
    let rest = String(text.dropFirst(name.count))
    let room = max(10, min(width * 2 / 5, width - rest.displayWidth))
    guard name.displayWidth > room else { return text.truncated(toWidth: width) }
    return (name.truncated(toWidth: room) + rest).truncated(toWidth: width)
  }

  /// The selected debt in short: name, lender, the status facts (one wording with the detail and
  /// `debtdeck show`), wrapped to the pane.
  static func summary(
    _ state: AppState, _ debt: Debt, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    guard let s = state.statuses[debt.id], rect.width > 10 else { return }
    var lines: [(String, Style)] = []
    let width = rect.width - 1
    for line in debt.name.terminalSafe.wrapped(toWidth: width) { lines.append((line, theme.title)) }
    if !debt.lender.isEmpty {
      for line in debt.lender.terminalSafe.wrapped(toWidth: width) { lines.append((line, theme.muted)) }
    }
    lines.append(("", theme.base))
    for f in StatusFacts.facts(debt, s, today: state.today) {
      let style: Style
      switch f.tone {
      case .plain: style = theme.base
      case .stage: style = s.stage.style(theme)
      case .danger: style = theme.danger
      }
      lines.append((state.t(f.label), theme.muted))
      for line in state.t(f.value).wrapped(toWidth: width - 2) { lines.append(("  " + line, style)) }
    }
    for (i, line) in lines.prefix(rect.height).enumerated() {
      buffer.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, clip: rect)
    }
  }

  /// "45 days late" for a late debt; else when the event is: "today", "in 3 days".
  static func whenText(_ state: AppState, _ r: DailyBrief.Row) -> String {
    if let item = r.item, item.isLate {
      let days = item.daysPastDue
      return state.t(LocalizedText(en: days == 1 ? "1 day late" : "\(days) days late", zh: "逾期 \(days) 天"))
    }
    return state.relative(r.date)
  }
}
