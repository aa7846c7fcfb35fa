import DebtCore
import TerminalUI

/// Calendar: a month grid with due dates coloured by status, and the agenda of the selected day.
enum CalendarScreen {
  /// Installments not yet paid, by date, for the month around `date`.
  static func dues(_ state: AppState, month date: LocalDate) -> [LocalDate: [(Debt, Int64, Bool)]] {
    var out: [LocalDate: [(Debt, Int64, Bool)]] = [:]
    let first = date.firstOfMonth
    let last = LocalDate.clamped(year: date.year, month: date.month, day: 31)
    for debt in state.portfolio.debts where !debt.archived {
      guard let s = state.statuses[debt.id] else { continue }
      for (inst, covered) in zip(s.schedule.installments, s.covered) {
        if inst.dueDate > last { break }
        if inst.dueDate >= first {
          out[inst.dueDate, default: []].append((debt, inst.total - covered, covered >= inst.total))
        }
      }
    }
    return out
  }

  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let selected = state.calendarDate
    let dues = dues(state, month: selected)
    let title = state.t(
      LocalizedText(
        en: "\(selected.year)-\(selected.month < 10 ? "0" : "")\(selected.month)",
        zh: "\(selected.year)年\(selected.month)月"))
    buffer.put(title, x: rect.x + 1, y: rect.y, style: theme.title, clip: rect)
    let names =
      state.language == .en
      ? ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] : ["一", "二", "三", "四", "五", "六", "日"]
    for (i, n) in names.enumerated() {
      buffer.put(
        n, x: rect.x + 1 + i * 5, y: rect.y + 1, width: 4, style: theme.muted, alignRight: true, clip: rect)
    }
    let first = selected.firstOfMonth
    let days = LocalDate.daysIn(month: selected.month, year: selected.year)
    var row = 0
    for day in 1...days {
      let date = first.adding(days: day - 1)
      let column = date.weekday - 1
      if day > 1 && column == 0 { row += 1 }
      var style = theme.base
      let kind = dues[date].map { dayKind(state, date, $0) }
      if let kind { style = kind.style(theme) }
      if date == state.today { style.underline = true }
      if date == selected { style = theme.selection }
      // The mark says what the colour says, so a monochrome terminal (NO_COLOR) tells them apart.
      buffer.put(
        String(day).padded(toWidth: 3, alignRight: true) + (kind?.mark ?? " "), x: rect.x + 1 + column * 5,
        y: rect.y + 2 + row, style: style, clip: rect)
    }
    legend(
      state, &buffer, Rect(x: rect.x + 1, y: rect.y + 9, width: min(rect.width - 1, 36), height: 1), theme)
    // From 120 columns the day's list and what comes next stand beside the grid; else below it.
    let wide = rect.width >= 120
    let agenda =
      wide
      ? Rect(x: rect.x + 40, y: rect.y, width: rect.width - 41, height: rect.height)
      : Rect(x: rect.x, y: rect.y + 12, width: rect.width, height: max(0, rect.height - 12))
    self.agenda(state, selected, dues, wide: wide, &buffer, agenda, theme)
  }

  /// What a day with installments is: late, due within the week, later, or paid.
  enum DayKind {
    case late, soon, later, paid

    var mark: String {
      switch self {
      case .late: return "!"
      case .soon: return "•"
      case .later: return "∘"
      case .paid: return "✓"
      }
    }

    func style(_ theme: Theme) -> Style {
      switch self {
      case .late: return theme.danger
      case .soon: return theme.warning
      case .later: return theme.accent
      case .paid: return theme.ok
      }
    }

    var label: LocalizedText {
      switch self {
      case .late: return LocalizedText(en: "late", zh: "逾期")
      case .soon: return LocalizedText(en: "due in 7 days", zh: "7 天内到期")
      case .later: return LocalizedText(en: "later", zh: "以后")
      case .paid: return LocalizedText(en: "paid", zh: "已还")
      }
    }
  }

  static func dayKind(_ state: AppState, _ date: LocalDate, _ items: [(Debt, Int64, Bool)]) -> DayKind {
    guard items.contains(where: { !$0.2 }) else { return .paid }
    return date < state.today ? .late : date <= state.today.adding(days: 7) ? .soon : .later
  }

  /// What the marks and colours mean, each in its own style; today is underlined.
  static func legend(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    var x = rect.x
    var y = rect.y
    let items: [(String, Style)] =
      [DayKind.late, .soon, .later, .paid].map { ($0.mark + " " + state.t($0.label), $0.style(theme)) }
      + [(state.t(LocalizedText(en: "today underlined", zh: "下划线为今天")), theme.muted.with(underline: true))]
    for (text, style) in items {
      if x > rect.x && x + text.displayWidth > rect.maxX {
        x = rect.x
        y += 1
      }
      buffer.put(
        text.truncated(toWidth: rect.width), x: x, y: y, style: style,
        clip: Rect(x: rect.x, y: y, width: rect.width, height: 1))
      x += text.displayWidth + 2
    }
  }

  /// The selected day's installments (late, paid or due), and at width the next 30 days from it.
  static func agenda(
    _ state: AppState, _ selected: LocalDate, _ dues: [LocalDate: [(Debt, Int64, Bool)]], wide: Bool,
    _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    var lines: [(String, Style)] = []
    let longestName = state.portfolio.debts.map { $0.name.terminalSafe.displayWidth }.max() ?? 0
    func item(_ date: LocalDate, _ entry: (Debt, Int64, Bool), showDate: Bool) {
      let kind = dayKind(state, date, [entry])
      let amount = state.money(entry.1, entry.0.currency)
      let state_ =
        kind == .late
        ? "  " + state.t(LocalizedText(en: "late", zh: "逾期"))
        : kind == .paid ? "  " + state.t(LocalizedText(en: "paid", zh: "已还")) : ""
      // The names take what the longest needs of the room the line has: 20 to 40 columns.
      let room = rect.width - 1 - (showDate ? 12 : 0) - 1 - 12 - 6
      let nameWidth = min(40, max(20, min(room, longestName)))
      let name = entry.0.name.terminalSafe.truncated(toWidth: nameWidth).padded(toWidth: nameWidth)
      lines.append(
        (
          (showDate ? "\(date)  " : "") + name + " " + amount.padded(toWidth: 12, alignRight: true) + state_,
          kind == .paid ? theme.muted : kind.style(theme)
        ))
    }
    lines.append((state.t(LocalizedText(en: "Due on \(selected)", zh: "\(selected) 到期")), theme.title))
    let items = dues[selected] ?? []
    if items.isEmpty { lines.append((state.t(LocalizedText(en: "nothing", zh: "无")), theme.muted)) }
    for entry in items { item(selected, entry, showDate: false) }
    if wide {
      // The agenda: every installment in the 30 days after the selected one (any month).
      lines.append(("", theme.base))
      lines.append((state.t(LocalizedText(en: "The next 30 days", zh: "之后 30 天")), theme.title))
      var any = false
      var date = selected.adding(days: 1)
      var month = dues
      var monthStart = selected.firstOfMonth
      while date <= selected.adding(days: 30) {
        if date.firstOfMonth != monthStart {
          monthStart = date.firstOfMonth
          month = self.dues(state, month: date)
        }
        for entry in month[date] ?? [] {
          item(date, entry, showDate: true)
          any = true
        }
        date = date.adding(days: 1)
      }
      if !any { lines.append((state.t(LocalizedText(en: "nothing", zh: "无")), theme.muted)) }
    }
    for (i, line) in lines.prefix(rect.height).enumerated() {
      buffer.put(
        line.0.truncated(toWidth: rect.width - 1), x: rect.x + 1, y: rect.y + i, style: line.1, clip: rect)
    }
  }
}
