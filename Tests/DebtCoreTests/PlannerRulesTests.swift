import Testing

@testable import DebtCore

@Suite("Payoff planner: penalty on the unpaid part, month labels, cards, minimums")
struct PlannerRulesTests {
  static let today = day("2026-11-23")

  func portfolio(_ debts: [Debt], payments: [Payment] = []) -> Portfolio {
    var p = Portfolio()
    for d in debts { _ = p.add(d) }
    for pay in payments { _ = p.record(pay) }
    return p
  }

  @Test("a month a few fen short puts only the unpaid fen at the penalty rate")
  func fewFenShort() {
    let loan = makeDebt(principal: 5_000_000, percent: "18", term: 24, start: "2026-10-23", dueDay: 23)
    let planner = Planner(portfolio: portfolio([loan]), today: Self.today)
    let minimums = planner.firstMonthMinimums
    let enough = planner.run(budget: minimums, strategy: .avalanche)
    let short = planner.run(budget: minimums - 1, strategy: .avalanche)
    #expect(enough.isShortfall == false)
    #expect(short.isShortfall == true)
    // A fen short every month leaves a few fen behind, whose penalty is a fraction of a fen a
    // month: at most a yuan in all, never the penalty rate on the whole balance.
    #expect(
      short.totalInterest - enough.totalInterest <= 100, "\(short.totalInterest) vs \(enough.totalInterest)")
  }

  @Test("the debt-free month is the month of the last payment: 2027-11-10 → 2027-11")
  func monthLabel() {
    let loan = makeDebt(principal: 2_400_000, percent: "12", term: 24, start: "2025-11-10", dueDay: 10)
    #expect(Schedule(for: loan).installments.last?.dueDate == day("2027-11-10"))
    let paid = Schedule(for: loan).installments.filter { $0.dueDate < Self.today }
    let payments = paid.map { Payment(id: "p\($0.number)", debt: "d1", date: $0.dueDate, amount: $0.total) }
    let planner = Planner(portfolio: portfolio([loan], payments: payments), today: Self.today)
    let r = planner.run(budget: planner.firstMonthMinimums + 10_000, strategy: .minimums)
    #expect(r.debtFreeDate?.yearMonth == "2027-11")
    #expect(r.payoffDate(0)?.yearMonth == "2027-11")
  }

  @Test("random loans paid at their minimums are debt-free in their last installment's month")
  func monthLabelRandom() {
    var rng = SplitMix(seed: 7)
    for _ in 0..<200 {
      let n = Int.random(in: 2...36, using: &rng)
      let start = Self.today.adding(days: -Int.random(in: 0...300, using: &rng))
      let dueDay = Int.random(in: 1...28, using: &rng)
      let loan = Debt(
        id: "d1", name: "r", lender: "", kind: .bankLoan,
        principal: Int64.random(in: 100_000...9_000_000, using: &rng),
        rate: Rate(basis: .apr, scaled: Int64.random(in: 1...30, using: &rng) * 100_000_000),
        method: .equalInstallment, termMonths: n, startDate: start, dueDay: dueDay)
      let schedule = Schedule(for: loan).installments
      guard let last = schedule.last, last.dueDate > Self.today else { continue }
      let payments = schedule.filter { $0.dueDate < Self.today }.map {
        Payment(id: "p\($0.number)", debt: "d1", date: $0.dueDate, amount: $0.total)
      }
      let planner = Planner(portfolio: portfolio([loan], payments: payments), today: Self.today)
      let r = planner.run(budget: planner.firstMonthMinimums + 1_000_000, strategy: .minimums)
      #expect(r.debtFreeDate?.yearMonth == last.dueDate.yearMonth, "\(start) n=\(n) d\(dueDay)")
    }
  }

  @Test("a card paid in full inside its interest-free period pays no interest; its minimum is the schedule's")
  func cardInterestFree() {
    let card = makeDebt(
      principal: 860_000, basis: .daily, percent: "0.05", method: .revolving, term: 1, start: "2026-11-20",
      dueDay: 10, kind: .creditCard)
    let planner = Planner(portfolio: portfolio([card]), today: Self.today)
    #expect(planner.firstMonthMinimums == Schedule(for: card).installments[0].total)
    #expect(planner.firstMonthMinimums == 86_000)  // 10 % of ¥8,600, interest-free
    let inFull = planner.run(budget: 860_000, strategy: .avalanche)
    #expect(inFull.totalInterest == 0)
    #expect(inFull.monthCount == 1)
  }

  @Test("a bigger budget is never dearer and never slower, on random portfolios")
  func monotoneRandom() {
    var rng = SplitMix(seed: 99)
    for round in 0..<40 {
      var debts: [Debt] = []
      for i in 1...Int.random(in: 2...4, using: &rng) {
        let revolving = Bool.random(using: &rng)
        debts.append(
          Debt(
            id: "d\(i)", name: "r\(i)", lender: "", kind: revolving ? .creditCard : .bankLoan,
            principal: Int64.random(in: 200_000...5_000_000, using: &rng),
            rate: Rate(basis: .apr, scaled: Int64.random(in: 3...36, using: &rng) * 100_000_000),
            method: revolving ? .revolving : .equalInstallment,
            termMonths: revolving ? 1 : Int.random(in: 6...36, using: &rng),
            startDate: Self.today.adding(days: -Int.random(in: 0...200, using: &rng)),
            dueDay: Int.random(in: 1...28, using: &rng)))
      }
      let planner = Planner(portfolio: portfolio(debts), today: Self.today)
      let base = planner.firstMonthMinimums
      for strategy in [PlanStrategy.avalanche, .snowball, .triage] {
        var previous: PlanResult? = nil
        for step in 0..<8 {
          let r = planner.run(budget: base - 5_000 + Int64(step) * 40_000, strategy: strategy)
          if let p = previous, p.finished {
            #expect(r.totalInterest <= p.totalInterest, "round \(round) \(strategy) step \(step)")
            #expect(r.monthCount <= p.monthCount, "round \(round) \(strategy) step \(step)")
          }
          previous = r
        }
      }
    }
  }
}
