import DebtCore
import TerminalUI

/// The plain-text plan: the headline, shortfall advice, per-debt payoff, comparison and chart.
struct PlanReport {
  let context: AppContext
  let planner: Planner

  func money(_ m: Int64) -> String { Money.format(m, context.settings.currency) }
  func month(_ r: PlanResult, _ i: Int) -> String { r.date(ofMonth: i).yearMonth }

  func render(_ r: PlanResult, baseline: PlanResult) -> String {
    let t = context.t
    var out: [String] = []
    if r.isShortfall {
      out.append(
        t(
          en:
            "Your budget \(money(r.budget)) does not cover this month's minimums of \(money(r.minimumsNeeded)) — short by \(money(r.minimumsNeeded - r.budget)).",
          zh:
            "你的预算 \(money(r.budget)) 不够支付本月最低还款 \(money(r.minimumsNeeded))，还差 \(money(r.minimumsNeeded - r.budget))。"
        ))
      out.append(
        t(
          en:
            "This plan pays where it limits harm: overdue debts first, then those that report to 征信, then the dearest penalty.",
          zh: "本方案优先止损：先还已逾期的，再还上征信的，再还罚息最高的。"))
      if !r.callList.isEmpty {
        out.append(
          t(
            en: "Call these lenders before the due date and ask for an arrangement:",
            zh: "请在还款日前联系以下机构，协商还款安排："))
        for c in r.callList {
          let due =
            c.dueDate.map {
              $0 < context.today
                ? t(en: "now — overdue since \($0)", zh: "立即——自 \($0) 起已逾期")
                : t(en: "before \($0)", zh: "\($0) 之前")
            } ?? ""
          out.append(
            "  • \(c.name) (\(c.lender.isEmpty ? "—" : c.lender)) \(due): "
              + t(en: "short by \(money(c.shortBy))", zh: "差 \(money(c.shortBy))"))
        }
      }
      out.append("")
    }
    out.append(
      t(en: "Strategy: ", zh: "策略：") + t(r.strategy.name)
        + t(en: ", budget \(money(r.budget))/month", zh: "，每月预算 \(money(r.budget))"))
    if let free = r.debtFreeDate {
      out.append(
        t(
          en: "Debt-free in \(free.yearMonth) (\(r.monthCount) months)",
          zh: "\(free.yearMonth) 还清（共 \(r.monthCount) 个月）"))
    } else {
      out.append(
        t(
          en: "Not debt-free within \(Planner.horizon / 12) years at this budget.",
          zh: "按此预算 \(Planner.horizon / 12) 年内无法还清。"))
    }
    out.append(
      t(en: "Total interest \(money(r.totalInterest))", zh: "利息合计 \(money(r.totalInterest))")
        + (r.strategy == .minimums
          ? ""
          : t(
            en: ", saving \(money(baseline.totalInterest - r.totalInterest)) against minimums only",
            zh: "，比只还最低少付 \(money(baseline.totalInterest - r.totalInterest))")))
    var table = PlainTable(
      headers: [
        t(en: "Debt", zh: "债务"), t(en: "Balance now", zh: "当前待还"), t(en: "Paid off", zh: "还清月份"),
        t(en: "Interest", zh: "利息"),
      ],
      alignments: [.left, .right, .left, .right])
    for i in r.debtIDs.indices {
      table.add([
        r.names[i], money(r.startBalances[i]), r.payoffDate(i).map(\.yearMonth) ?? "—",
        money(r.interestByDebt[i]),
      ])
    }
    out.append(table.render())
    for id in r.negativeAmortization {
      let name = r.names[r.debtIDs.firstIndex(of: id) ?? 0]
      out.append(
        t(
          en:
            "Warning: the minimum of \(name) does not cover its monthly interest; paying only it, the debt never shrinks.",
          zh: "注意：\(name) 的最低还款不足以覆盖当月利息，只还最低将永远还不完。"))
    }
    return out.joined(separator: "\n")
  }

  func monthTable(_ r: PlanResult) -> String {
    let t = context.t
    var table = PlainTable(
      headers: [
        t(en: "Month", zh: "月份"), t(en: "Paid", zh: "还款"), t(en: "Interest", zh: "利息"),
        t(en: "Remaining", zh: "剩余"),
      ],
      alignments: [.left, .right, .right, .right])
    for m in r.months {
      table.add([
        month(r, m.index) + (m.shortfall ? " !" : ""), money(m.totalPaid), money(m.totalInterest),
        money(m.totalBalance),
      ])
    }
    return "\n" + table.render()
  }

  func comparison(_ c: PlanComparison) -> String {
    let t = context.t
    var table = PlainTable(
      headers: [
        t(en: "Strategy", zh: "策略"), t(en: "Debt-free", zh: "还清"), t(en: "Months", zh: "月数"),
        t(en: "Interest", zh: "利息"), t(en: "Saved", zh: "节省"),
      ],
      alignments: [.left, .left, .right, .right, .right])
    for r in c.results + [c.baseline] {
      table.add([
        t(r.strategy.name), r.debtFreeDate.map { $0.yearMonth } ?? "—", "\(r.monthCount)",
        money(r.totalInterest), r.strategy == .minimums ? "—" : money(c.saved(r)),
      ])
    }
    var out = ["", table.render(), "", t(en: "Balance over time", zh: "余额变化")]
    for row in PlanChart.rows(c.results + [c.baseline], width: 50) {
      out.append(t(row.name).padded(toWidth: 26) + " │" + row.bars + "│")
    }
    return out.joined(separator: "\n")
  }
}
