import Testing

@testable import DebtCore

@Suite("Payoff planner")
struct PlannerTests {
  static let today = day("2026-11-23")
  static let demo = DemoPortfolio.make(today: today)
  let planner = Planner(portfolio: PlannerTests.demo, today: PlannerTests.today)

  @Test(
    "every strategy: no balance below zero, and the money reconciles to the fen",
    arguments: PlanStrategy.allCases)
  func invariants(strategy: PlanStrategy) {
    for budget: Int64 in [300_000, 1_100_000, 2_000_000] {
      let r = planner.run(budget: budget, strategy: strategy, custom: ["d5", "d1"])
      for month in r.months {
        #expect(month.balances.allSatisfy { $0 >= 0 })
        #expect(month.totalPaid <= budget)
      }
      if r.finished {
        // Paid = what was owed at the start + all interest added since.
        #expect(r.totalPaid == r.startBalances.reduce(0, +) + r.totalInterest, "\(strategy) \(budget)")
      }
      for i in r.debtIDs.indices {
        let paid = r.months.reduce(Int64(0)) { $0 + $1.payments[i] }
        #expect(paid == r.paidByDebt[i])
      }
    }
  }

  @Test("a bigger budget never finishes later and never costs more interest")
  func monotone() {
    for strategy in [PlanStrategy.avalanche, .snowball, .triage] {
      var previous: PlanResult? = nil
      for budget in stride(from: Int64(1_100_000), through: 3_000_000, by: 100_000) {
        let r = planner.run(budget: budget, strategy: strategy)
        #expect(r.finished)
        if let p = previous {
          #expect(r.monthCount <= p.monthCount, "\(strategy) at \(budget)")
          #expect(r.totalInterest <= p.totalInterest, "\(strategy) at \(budget)")
        }
        previous = r
      }
    }
  }

  @Test("on the demo portfolio, avalanche pays no more interest than snowball, and both beat minimums")
  func avalancheBeatsSnowball() {
    for budget: Int64 in [1_100_000, 1_500_000, 2_500_000] {
      let c = PlanComparison(planner: planner, budget: budget)
      let avalanche = c.results.first { $0.strategy == .avalanche }
      let snowball = c.results.first { $0.strategy == .snowball }
      #expect((avalanche?.totalInterest ?? .max) <= (snowball?.totalInterest ?? 0))
      #expect(c.saved(avalanche ?? c.baseline) > 0)
    }
  }

  @Test("shortfall mode triggers exactly when the budget is below the sum of minimums")
  func shortfallBoundary() {
    let needed = planner.firstMonthMinimums
    #expect(needed > 0)
    let exact = planner.run(budget: needed, strategy: .avalanche)
    #expect(!exact.isShortfall)
    #expect(exact.callList.isEmpty)
    let short = planner.run(budget: needed - 1, strategy: .avalanche)
    #expect(short.isShortfall)
    #expect(!short.callList.isEmpty)
    #expect(short.callList.reduce(0) { $0 + $1.shortBy } == 1)
  }

  @Test("in shortfall the overdue debt is paid first and the call list names the others by due date")
  func shortfallTriage() {
    let r = planner.run(budget: 500_000, strategy: .avalanche)
    #expect(r.isShortfall)
    let jiebei = r.debtIDs.firstIndex(of: "d1") ?? -1
    // ¥5,000 does not even catch up the overdue 借呗 (¥5,589 due): all of it goes there.
    #expect(r.months.first?.payments[jiebei] == 500_000)
    #expect(r.callList.first?.debtID == "d1")
    let dates = r.callList.compactMap(\.dueDate)
    #expect(dates == dates.sorted())
  }

  @Test("one-off and recurring extras: the what-if of +¥500 a month from March")
  func extras() {
    let base = planner.run(budget: 1_100_000, strategy: .avalanche)
    let whatIf = planner.run(
      budget: 1_100_000, strategy: .avalanche, extras: [PlanExtra(month: 4, amount: 50_000, recurring: true)])
    #expect(whatIf.monthCount <= base.monthCount)
    #expect(whatIf.totalInterest < base.totalInterest)
    let lump = planner.run(
      budget: 1_100_000, strategy: .avalanche, extras: [PlanExtra(month: 1, amount: 2_000_000)])
    #expect(lump.months[1].totalPaid > 1_100_000)
    let cut = planner.run(
      budget: 1_100_000, strategy: .avalanche, extras: [PlanExtra(month: 2, amount: -600_000)])
    #expect(cut.months[2].totalPaid <= 500_000)
  }

  @Test("lower-payment mode lowers the installment instead of ending sooner")
  func lowerPayment() {
    let shorten = planner.run(
      budget: 1_500_000, strategy: .minimums, extras: [PlanExtra(month: 0, amount: 3_000_000)])
    let lower = planner.run(
      budget: 1_500_000, strategy: .avalanche, extras: [PlanExtra(month: 0, amount: 3_000_000)],
      effect: .lowerPayment)
    #expect(lower.finished && shorten.finished)
    #expect(lower.months[3].totalPaid <= 1_500_000)
  }

  @Test("a minimum that does not cover the interest is flagged")
  func negativeAmortization() {
    // Behind on a 5%-a-month loan: at the penalty rate (×1.5) the interest outgrows the installment.
    var p = Portfolio()
    p.add(
      Debt(
        id: "", name: "loan", lender: "lender", kind: .privateLoan, principal: 10_000_000,
        rate: Rate(basis: .monthly, scaled: 500_000_000), method: .equalInstallment, termMonths: 120,
        startDate: day("2026-01-01"), dueDay: 1))
    let r = Planner(portfolio: p, today: PlannerTests.today).run(
      budget: 100_000, strategy: .minimums, keepMonths: false)
    #expect(r.negativeAmortization == ["d1"])
    #expect(!r.finished)
    let healthy = planner.run(budget: 2_000_000, strategy: .avalanche)
    #expect(healthy.negativeAmortization.isEmpty)
  }
}
