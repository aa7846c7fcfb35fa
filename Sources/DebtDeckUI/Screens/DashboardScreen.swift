import DebtCore
import TerminalUI

/// Dashboard: totals, a balance bar per debt coloured by stage, and the next five due dates.
enum DashboardScreen {
  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let active = state.portfolio.debts.filter { !$0.archived }
    let currency = state.settings.currency
    let sameCurrency = active.filter { $0.currency == currency }
    var owed: Int64 = 0
    var overdue: Int64 = 0
    var dueThisMonth: Int64 = 0
    var monthly: Int64 = 0
    let monthEnd = LocalDate.clamped(year: state.today.year, month: state.today.month, day: 31)
    for debt in sameCurrency {
      guard let s = state.statuses[debt.id] else { continue }
      owed += s.payoffAmount
      overdue += s.lateOwed
      // What is late is due now; then what falls due by the month's end (what is left of it).
      dueThisMonth += s.lateOwed
      if s.stage == .agreementInForce, let next = s.nextPayment, next.date <= monthEnd {
        dueThisMonth += next.amount
      } else if s.stage != .agreementInForce {
        for (inst, covered) in zip(s.schedule.installments, s.covered)
        where inst.dueDate >= state.today && inst.dueDate <= monthEnd {
          dueThisMonth += max(0, inst.total - covered)
        }
      }
      if s.stage != .settled, let next = s.nextPayment { monthly += next.amount }
    }
    let facts: [(LocalizedText, Int64, Style)] = [
      (LocalizedText(en: "Total owed", zh: "合计待还"), owed, theme.title),
      (LocalizedText(en: "Overdue now", zh: "当前逾期"), overdue, overdue > 0 ? theme.danger : theme.ok),
      (
        LocalizedText(en: "To pay this month", zh: "本月需还"), dueThisMonth,
        dueThisMonth > 0 && overdue > 0 ? theme.danger : theme.base
      ),
      (LocalizedText(en: "Monthly obligations", zh: "每月应还"), monthly, theme.base),
    ]
    var y = rect.y
    for (label, amount, style) in facts where y < rect.maxY {
      buffer.put(state.t(label), x: rect.x + 1, y: y, width: 22, style: theme.muted, clip: rect)
      buffer.put(
        state.money(amount, currency), x: rect.x + 24, y: y, width: 16, style: style, alignRight: true,
        clip: rect)
      y += 1
    }
    y += 1
    let maximum = sameCurrency.compactMap { state.statuses[$0.id]?.payoffAmount }.max() ?? 0
    // From 100 columns the names and the stages get the room the bars would not need.
    let wide = rect.width >= 100
    let longestName = active.map { $0.name.terminalSafe.displayWidth }.max() ?? 0
    let nameWidth = wide ? min(rect.width / 5, max(16, longestName)) : min(16, max(8, rect.width / 5))
    let longestStage = active.compactMap {
      state.statuses[$0.id].map { state.t($0.stage.label).displayWidth }
    }.max()
    let stageWidth = wide ? min(24, max(14, longestStage ?? 0)) : 14
    let barWidth = max(0, rect.width - nameWidth - 18 - stageWidth)
    buffer.put(
      state.t(LocalizedText(en: "Balance by debt", zh: "各笔待还")), x: rect.x + 1, y: y, style: theme.title,
      clip: rect)
    y += 1
    if active.isEmpty, y < rect.maxY {
      buffer.put(
        state.t(LocalizedText(en: "nothing", zh: "无")), x: rect.x + 1, y: y, style: theme.muted, clip: rect)
      y += 1
    }
    for debt in active.sorted(by: {
      (state.statuses[$0.id]?.payoffAmount ?? 0) > (state.statuses[$1.id]?.payoffAmount ?? 0)
    }) {
      guard y < rect.maxY - 7, let s = state.statuses[debt.id] else { break }
      buffer.put(debt.name, x: rect.x + 1, y: y, width: nameWidth, style: theme.base, clip: rect)
      buffer.put(
        state.money(s.payoffAmount, debt.currency), x: rect.x + 2 + nameWidth, y: y, width: 13,
        style: theme.base, alignRight: true, clip: rect)
      let bar = BarChart.bar(value: s.payoffAmount, maximum: maximum, width: barWidth)
      buffer.put(bar, x: rect.x + 16 + nameWidth, y: y, style: s.stage.style(theme), clip: rect)
      buffer.put(
        state.t(s.stage.label), x: rect.x + 17 + nameWidth + barWidth, y: y, width: stageWidth,
        style: s.stage.style(theme), clip: rect)
      y += 1
    }
    y += 1
    guard y < rect.maxY else { return }
    buffer.put(
      state.t(LocalizedText(en: "Next due dates", zh: "最近到期")), x: rect.x + 1, y: y, style: theme.title,
      clip: rect)
    y += 1
    // Each debt's next payment (an agreement's while it is in force), as every other view says it.
    var upcoming: [(LocalDate, Debt, Int64)] = []
    for debt in active {
      guard let s = state.statuses[debt.id], s.stage != .settled, let next = s.nextPayment else { continue }
      upcoming.append((next.date, debt, next.amount))
    }
    if upcoming.isEmpty {
      buffer.put(
        state.t(LocalizedText(en: "nothing", zh: "无")), x: rect.x + 1, y: y, style: theme.muted, clip: rect)
    }
    for (date, debt, amount) in upcoming.sorted(by: { ($0.0, $0.1.name) < ($1.0, $1.1.name) }).prefix(5) {
      guard y < rect.maxY else { break }
      buffer.put(date.description, x: rect.x + 1, y: y, style: theme.base, clip: rect)
      buffer.put(state.relative(date), x: rect.x + 12, y: y, width: 10, style: theme.muted, clip: rect)
      buffer.put(debt.name, x: rect.x + 23, y: y, width: nameWidth, style: theme.base, clip: rect)
      buffer.put(
        state.money(amount, debt.currency), x: rect.x + 24 + nameWidth, y: y, width: 13, style: theme.base,
        alignRight: true, clip: rect)
      y += 1
    }
  }
}
