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
      if let items = dues[date] {
        let unpaid = items.contains { !$0.2 }
        style =
          !unpaid
          ? theme.ok
          : date < state.today
            ? theme.danger : date <= state.today.adding(days: 7) ? theme.warning : theme.accent
      }
      if date == state.today { style.underline = true }
      if date == selected { style = theme.selection }
      let mark = dues[date] != nil ? "•" : " "
      buffer.put(
        String(day).padded(toWidth: 3, alignRight: true) + mark, x: rect.x + 1 + column * 5,
        y: rect.y + 2 + row, style: style, clip: rect)
    }
    let agendaY = rect.y + 10
    buffer.put(
      state.t(LocalizedText(en: "Due on \(selected)", zh: "\(selected) 到期")), x: rect.x + 1, y: agendaY,
      style: theme.title, clip: rect)
    let items = dues[selected] ?? []
    if items.isEmpty {
      buffer.put(
        state.t(LocalizedText(en: "nothing", zh: "无")), x: rect.x + 1, y: agendaY + 1, style: theme.muted,
        clip: rect)
    }
    for (i, item) in items.enumerated() {
      let text =
        item.0.name.padded(toWidth: 20) + " "
        + state.money(item.1, item.0.currency).padded(toWidth: 12, alignRight: true)
        + (item.2 ? state.t(LocalizedText(en: "  paid", zh: "  已还")) : "")
      buffer.put(
        text, x: rect.x + 1, y: agendaY + 1 + i, style: item.2 ? theme.muted : theme.base, clip: rect)
    }
  }
}
