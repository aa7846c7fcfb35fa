import DebtCore
import TerminalUI

/// `m` on Plan: the plan the screen marks ★ month by month in the pager — for each month what
/// the budget pays to each debt, the interest it adds and what is left after — so every month of
/// a long plan can be read at 80×24. The figures are the plan's own (`PlanResult`); this formats.
enum PlanMonthsPage {
  static func pager(_ state: AppState) -> Pager? {
    let planner = state.planner
    guard !planner.items.isEmpty, let plan = state.planComparison(planner).best else { return nil }
    let currency = state.settings.currency
    func money(_ m: Int64) -> String { Money.format(m, currency) }
    var paragraphs: [Pager.Paragraph] = []
    let end =
      plan.debtFreeDate.map {
        state.t(
          LocalizedText(
            en: "debt-free in \($0.yearMonth) (\(plan.monthCount) months)",
            zh: "\($0.yearMonth) 还清（共 \(plan.monthCount) 个月）"))
      }
      ?? state.t(
        LocalizedText(
          en: "not debt-free within \(Planner.horizon / 12) years", zh: "\(Planner.horizon / 12) 年内无法还清"))
    paragraphs.append(
      Pager.Paragraph(
        state.t(
          LocalizedText(
            en: "Budget \(money(plan.budget)) a month · \(end) · interest \(money(plan.totalInterest))",
            zh: "每月预算 \(money(plan.budget)) · \(end) · 利息合计 \(money(plan.totalInterest))"))
          + (state.planWhatIf
            ? state.t(LocalizedText(en: " · with the what-if +¥500/month", zh: " · 含“每月多还 ¥500”假设")) : ""),
        tone: .heading))
    paragraphs.append(
      Pager.Paragraph(
        state.t(
          LocalizedText(
            en: "Each month: what goes to each debt, the interest it adds, and what is left after it.",
            zh: "每个月：每笔债务还多少、新增多少利息、还剩多少。")), tone: .muted))
    // Names in one column, as wide as the longest (up to 16), amounts right-aligned.
    let nameWidth = min(16, plan.names.map { $0.terminalSafe.displayWidth }.max() ?? 0)
    let amountWidth =
      plan.months.flatMap { $0.payments + $0.balances }.map { money(max(0, $0)).count }.max() ?? 0
    let interestWidth = plan.months.flatMap(\.interest).map { money($0).count }.max() ?? 0
    var paidOff = Set<Int>()
    for m in plan.months {
      paragraphs.append(Pager.Paragraph(""))
      var head = state.t(
        LocalizedText(
          en:
            "\(plan.date(ofMonth: m.index).yearMonth) · paid \(money(m.totalPaid)) · interest \(money(m.totalInterest)) · left \(money(m.totalBalance))",
          zh:
            "\(plan.date(ofMonth: m.index).yearMonth) · 还款 \(money(m.totalPaid)) · 利息 \(money(m.totalInterest)) · 剩余 \(money(m.totalBalance))"
        ))
      if m.shortfall {
        head += state.t(LocalizedText(en: " · the budget is short of the minimums", zh: " · 预算不够最低还款"))
      }
      paragraphs.append(Pager.Paragraph("■ " + head, tone: m.shortfall ? .warning : .accent, indent: 2))
      for i in plan.debtIDs.indices where !paidOff.contains(i) {
        let paid = i < m.payments.count ? m.payments[i] : 0
        let interest = i < m.interest.count ? m.interest[i] : 0
        let left = max(0, i < m.balances.count ? m.balances[i] : 0)
        if left == 0 { paidOff.insert(i) }
        guard paid != 0 || interest != 0 || left != 0 else { continue }
        let name = plan.names[i].terminalSafe.truncated(toWidth: nameWidth).padded(toWidth: nameWidth)
        func amount(_ v: Int64, _ width: Int = amountWidth) -> String {
          money(v).padded(toWidth: width, alignRight: true)
        }
        // A debt paid off this month says so where its balance would be.
        let after =
          left == 0
          ? state.t(LocalizedText(en: "paid off", zh: "已还清"))
          : state.t(LocalizedText(en: "left \(amount(left))", zh: "剩余 \(amount(left))"))
        let line =
          state.t(
            LocalizedText(
              en: "\(name)  paid \(amount(paid)) · interest \(amount(interest, interestWidth)) · ",
              zh: "\(name)  还款 \(amount(paid)) · 利息 \(amount(interest, interestWidth)) · ")) + after
        paragraphs.append(Pager.Paragraph("  " + line, indent: 4 + nameWidth))
      }
    }
    return Pager(
      title: state.t(LocalizedText(en: "Month by month — ", zh: "逐月明细 — ")) + state.t(plan.strategy.name),
      paragraphs: paragraphs, labels: PagerOverlay.noLabels)
  }
}
