/// A realistic sample portfolio relative to `today`: an overdue 借呗 at M2, a 微粒贷 due in three
/// days, a credit card, a 花呗 and a bank loan, with the payments made so far.
public enum DemoPortfolio {
  public static func make(today: LocalDate) -> Portfolio {
    var portfolio = Portfolio()

    // 借呗: the installment due 45 days ago and the one after it were missed.
    let missed = today.adding(days: -45)
    let jiebei = Debt(
      id: "", name: "借呗 应急", lender: "重庆蚂蚁消费金融", kind: .jiebei, principal: 2_000_000,
      rate: Rate(basis: .daily, scaled: 5_000_000), method: .equalInstallment, termMonths: 12,
      startDate: missed.adding(months: -2), dueDay: missed.day,
      notes: "2 installments missed after a job loss.")
    payInstallments(of: jiebei, count: 1, into: &portfolio)

    // 微粒贷: due in three days, three installments paid on time.
    let soon = today.adding(days: 3)
    let weilidai = Debt(
      id: "", name: "微粒贷", lender: "微众银行", kind: .weilidai, principal: 1_000_000,
      rate: Rate(basis: .daily, scaled: 4_000_000), method: .equalInstallment, termMonths: 10,
      startDate: soon.adding(months: -4), dueDay: soon.day)
    payInstallments(of: weilidai, count: 3, into: &portfolio)

    // A credit card statement due in 12 days.
    let cardDue = today.adding(days: 12)
    let card = Debt(
      id: "", name: "招行信用卡", lender: "招商银行", kind: .creditCard, principal: 860_000,
      rate: Rate(basis: .daily, scaled: 5_000_000), method: .revolving, termMonths: 1,
      startDate: cardDue.adding(months: -1), dueDay: cardDue.day,
      statementDay: cardDue.adding(days: -18).day)
    payInstallments(of: card, count: 0, into: &portfolio)

    // 花呗: the bill falls due on the 10th.
    let huabeiDue =
      today.day < 10
      ? LocalDate.clamped(year: today.year, month: today.month, day: 10)
      : LocalDate.clamped(year: today.year, month: today.month + 1, day: 10)
    let huabei = Debt(
      id: "", name: "花呗", lender: "重庆蚂蚁消费金融", kind: .huabei, principal: 185_000,
      rate: Rate(basis: .daily, scaled: 5_000_000), method: .revolving, termMonths: 1,
      startDate: huabeiDue.adding(months: -1), dueDay: 10, statementDay: 1)
    payInstallments(of: huabei, count: 0, into: &portfolio)

    // A bank consumer loan over three years, ten months paid.
    let bankStart = LocalDate.clamped(year: today.year, month: today.month - 10, day: 3)
    let bank = Debt(
      id: "", name: "建行快贷", lender: "中国建设银行", kind: .bankLoan, principal: 10_000_000,
      rate: Rate(basis: .apr, scaled: 435_000_000), method: .equalInstallment, termMonths: 36,
      startDate: bankStart, dueDay: 15)
    let bankPaid = Schedule(for: bank).installments.filter { $0.dueDate < today }.count
    payInstallments(of: bank, count: bankPaid, into: &portfolio)

    return portfolio
  }

  /// Adds `debt` and pays its first `count` installments on their due dates.
  private static func payInstallments(of debt: Debt, count: Int, into portfolio: inout Portfolio) {
    let id = portfolio.add(debt)
    for inst in Schedule(for: debt).installments.prefix(count) {
      portfolio.record(Payment(id: "", debt: id, date: inst.dueDate, amount: inst.total, note: "on time"))
    }
  }
}
