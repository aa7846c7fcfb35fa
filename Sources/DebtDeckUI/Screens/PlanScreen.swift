import DebtCore
import TerminalUI

/// Plan: every strategy side by side for a budget, the balance over time, and — when the budget
/// cannot cover the minimums — whom to call first.
enum PlanScreen {
  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let planner = state.planner
    guard !planner.items.isEmpty else {
      buffer.put(
        state.t(LocalizedText(en: "Nothing to plan: no debt has a balance.", zh: "无需规划：没有未结清的债务。")),
        x: rect.x + 1, y: rect.y, style: theme.muted, clip: rect)
      return
    }
    let currency = state.settings.currency
    func money(_ m: Int64) -> String { Money.format(m, currency) }
    let budget = state.effectiveBudget(planner)
    let comparison = state.planComparison(planner)
    var y = rect.y
    let whatIfMonth = state.today.firstOfMonth.adding(months: state.whatIfExtra.month).yearMonth
    let head =
      state.t(
        LocalizedText(
          en: "Budget \(money(budget)) a month · minimums this month \(money(planner.firstMonthMinimums))",
          zh: "每月预算 \(money(budget)) · 本月最低还款 \(money(planner.firstMonthMinimums))"))
      + (state.planWhatIf
        ? state.t(
          LocalizedText(
            en: " · what if +¥500/month from \(whatIfMonth)", zh: " · 假如自 \(whatIfMonth) 起每月多还 ¥500")) : "")
    buffer.put(head.truncated(toWidth: rect.width - 2), x: rect.x + 1, y: y, style: theme.title, clip: rect)
    y += 1
    if state.planWhatIf, let with = comparison.best,
      let without = PlanComparison(planner: planner, budget: budget).best
    {
      buffer.put(
        state.t(
          with.whatIf(against: without, currency: state.settings.currency)
        ).truncated(toWidth: rect.width - 2),
        x: rect.x + 1, y: y, style: theme.ok, clip: rect)
    }
    y += 1

    let best = comparison.best
    if let r = best, r.isShortfall {
      let lines = [
        LocalizedText(
          en:
            "The budget does not cover every minimum: short by \(money(planner.firstMonthMinimums - budget)).",
          zh: "预算不够支付全部最低还款：还差 \(money(planner.firstMonthMinimums - budget))。"),
        LocalizedText(
          en: "Money goes where it limits harm (overdue first). Call these lenders before their due dates:",
          zh: "资金优先用于止损（逾期优先）。请在还款日前联系这些机构："),
      ]
      for line in lines {
        buffer.put(state.t(line), x: rect.x + 1, y: y, style: theme.danger, clip: rect)
        y += 1
      }
      for call in r.callList.prefix(6) where y < rect.maxY {
        let when =
          call.dueDate.map { $0 < state.today ? state.t(LocalizedText(en: "now", zh: "立即")) : $0.description }
          ?? ""
        let text =
          "  • " + call.name + "  " + when + "  " + state.t(LocalizedText(en: "short by ", zh: "差 "))
          + money(call.shortBy)
        buffer.put(text, x: rect.x + 1, y: y, style: theme.warning, clip: rect)
        y += 1
      }
      y += 1
    }

    let columns: [TableView.Column] = [
      .init(state.t(LocalizedText(en: "Strategy", zh: "策略")), minimumWidth: 10),
      .init(state.t(LocalizedText(en: "Debt-free", zh: "还清")), width: 9),
      .init(state.t(LocalizedText(en: "Months", zh: "月数")), width: 6, alignRight: true),
      .init(state.t(LocalizedText(en: "Interest", zh: "利息")), width: 13, alignRight: true),
      .init(state.t(LocalizedText(en: "Saved", zh: "节省")), width: 13, alignRight: true),
    ]
    let all = comparison.results + [comparison.baseline]
    let rows = all.map { r -> [String] in
      [
        (r == best ? "★ " : "  ") + state.t(r.strategy.name),
        r.debtFreeDate.map { $0.yearMonth } ?? "—", "\(r.monthCount)",
        money(r.totalInterest),
        r.strategy == .minimums ? "—" : money(comparison.saved(r)),
      ]
    }
    let tableRect = Rect(x: rect.x + 1, y: y, width: min(rect.width - 2, 78), height: rows.count + 1)
    TableView(columns: columns, rows: rows).render(
      into: &buffer, rect: tableRect, header: theme.muted.with(underline: true), selection: theme.selection
    ) { all[$0] == best ? theme.ok : theme.base }
    y += rows.count + 1
    // Where every month of the ★ plan can be read (the footer may have no room for the key).
    if y < rect.maxY {
      let key = state.key(.viewMonths, in: .plan)
      buffer.put(
        state.t(LocalizedText(en: "★ month by month: \(key)", zh: "★ 逐月明细：按 \(key)")), x: rect.x + 1, y: y,
        style: theme.muted, clip: rect)
    }
    y += 2
    guard y + 2 < rect.maxY else { return }
    buffer.put(
      state.t(LocalizedText(en: "Balance over time", zh: "余额变化")), x: rect.x + 1, y: y, style: theme.title,
      clip: rect)
    y += 1
    let nameWidth = 28
    let chartWidth = max(0, min(60, rect.width - nameWidth - 5))
    for (i, row) in PlanChart.rows(all, width: chartWidth).enumerated() where y < rect.maxY {
      buffer.put(state.t(row.name), x: rect.x + 1, y: y, width: nameWidth, style: theme.muted, clip: rect)
      buffer.put(
        "│" + row.bars + "│", x: rect.x + 2 + nameWidth, y: y,
        style: all[i] == best ? theme.ok : theme.accent, clip: rect)
      y += 1
    }
    if let r = best, y + 1 < rect.maxY {
      y += 1
      for id in r.negativeAmortization where y < rect.maxY {
        let name = r.names[r.debtIDs.firstIndex(of: id) ?? 0]
        buffer.put(
          state.t(
            LocalizedText(
              en: "Warning: the minimum of \(name) does not cover its interest.",
              zh: "注意：\(name) 的最低还款不足以覆盖利息。")),
          x: rect.x + 1, y: y, style: theme.warning, clip: rect)
        y += 1
      }
    }
  }
}
