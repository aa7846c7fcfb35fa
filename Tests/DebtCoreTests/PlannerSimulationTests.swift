import Testing

@testable import DebtCore

/// Issue 13: the planner against an independent month-by-month simulation written here from
/// DOMAIN.md §3 and §5, in exact fractions. Rates are multiples of 1/4096 a month and penalty
/// multipliers multiples of 1/4, so every figure is an exact fraction of a fen.
///
/// The rules, as this test reads them:
/// - Each month, interest is added: the contract rate on what is not overdue; the penalty rate
///   (rate × multiplier) on the overdue principal and interest; unpaid penalty and fees earn
///   nothing (the 2003 rule), or the penalty rate too when the debt compounds. The month's charge
///   is rounded half-up once, and its penalty part once. A card inside its interest-free period
///   pays no interest in the first month. A debt already late when the plan starts is paid today
///   (month 0), and the penalty up to today is already in what it owes: month 0 adds none on it.
/// - The minimum is the schedule's payment (the installment; a bullet's whole balance at the
///   end; a card's percentage of the balance, at least ¥50, plus the month's contract interest)
///   plus everything overdue — the overdue principal and interest and the penalty and fees,
///   this month's penalty included — capped at what is owed.
/// - A payment pays penalty and fees first, then the overdue part, then the rest; an unpaid part
///   of the regular payment becomes overdue.
/// - Every minimum is paid; the rest of the budget goes down the strategy's list (avalanche:
///   highest true rate first; snowball: the smallest balance when the plan starts first), each
///   debt up to what it owes. When the budget cannot cover the minimums, minimums are paid in
///   triage order as far as the money goes.
@Suite("Payoff planner against an exact simulation")
struct PlannerSimulationTests {
  static let start = day("2026-11-23")

  enum Kind: CaseIterable { case installment, bullet, revolving }

  struct Loan {
    var kind: Kind
    /// Monthly rate = rateNumerator / 4096.
    var rateNumerator: Int64
    /// Penalty multiplier = multiplierQuarters / 4.
    var multiplierQuarters: Int64
    var compound: Bool
    var installment: Int64
    var monthsLeft: Int
    var minimumPercent: Int64
    var interestFree: Bool
    var lateAtStart: Bool
    var severity: Int
    var reports: Bool
    var trueRate: Double
    /// Not overdue (earns the contract rate).
    var current: Int64
    /// Overdue principal and interest (earns the penalty rate).
    var behind: Int64
    /// Unpaid penalty and fees.
    var idle: Int64
    var balance: Int64 { current + behind + idle }
  }

  struct Outcome: Equatable {
    var months = 0
    var interest: [Int64]
    var paid: [Int64]
    var payoff: [Int?]
    var shortfall: [Int] = []
    var finished = false
  }

  /// Pays `amount` into a loan: penalty and fees, then the overdue part, then the rest.
  static func apply(_ amount: Int64, to loan: inout Loan) {
    var rest = amount
    let a = min(rest, loan.idle)
    loan.idle -= a
    rest -= a
    let b = min(rest, loan.behind)
    loan.behind -= b
    rest -= b
    loan.current -= rest
  }

  static func simulate(_ start: [Loan], budget: Int64, strategy: PlanStrategy) -> Outcome {
    var loans = start
    let n = loans.count
    var out = Outcome(
      interest: Array(repeating: 0, count: n), paid: Array(repeating: 0, count: n),
      payoff: Array(repeating: nil, count: n))
    let triage = (0..<n).sorted { a, b in
      let x = loans[a]
      let y = loans[b]
      if x.lateAtStart != y.lateAtStart { return x.lateAtStart }
      if x.severity != y.severity { return x.severity > y.severity }
      if x.reports != y.reports { return x.reports }
      let px = x.rateNumerator * x.multiplierQuarters
      let py = y.rateNumerator * y.multiplierQuarters
      if px != py { return px > py }
      return a < b
    }
    let list: [Int]
    switch strategy {
    case .snowball:
      list = (0..<n).sorted { (loans[$0].balance, $0) < (loans[$1].balance, $1) }
    default:
      list = (0..<n).sorted {
        loans[$0].trueRate != loans[$1].trueRate ? loans[$0].trueRate > loans[$1].trueRate : $0 < $1
      }
    }
    var month = 0
    while month < Planner.horizon && loans.contains(where: { $0.balance > 0 })
      && !loans.contains(where: { $0.balance > Planner.ceiling })
    {
      let active = loans.map { $0.balance > 0 }
      var minimum = Array(repeating: Int64(0), count: n)
      var regularPart = Array(repeating: Int64(0), count: n)
      for i in 0..<n where loans[i].balance > 0 {
        var loan = loans[i]
        let before = loan.balance
        var total: Int64 = 0
        var penalty: Int64 = 0
        if !(month == 0 && loan.interestFree) {
          let r = Int128(loan.rateNumerator)
          let k = Int128(loan.multiplierQuarters)
          // Sixteenths of a 4096th: contract r/4096 = 4r/16384, penalty r·k/16384.
          let contractExact = Int128(loan.current) * r * 4
          var penaltyExact = Int128(loan.behind) * r * k + (loan.compound ? Int128(loan.idle) * r * k : 0)
          if month == 0 && loan.lateAtStart { penaltyExact = 0 }
          total = halfUp(contractExact + penaltyExact, 16_384)
          penalty = halfUp(penaltyExact, 16_384)
        }
        let contract = total - penalty
        loan.current += contract
        loan.idle += penalty
        out.interest[i] += total
        let owed = loan.balance
        var regular: Int64
        switch loan.kind {
        case .installment: regular = loan.monthsLeft <= 1 ? owed : loan.installment
        case .bullet: regular = loan.monthsLeft <= 1 ? owed : 0
        case .revolving:
          regular =
            max(halfUp(Int128(before) * Int128(loan.minimumPercent), 100), min(5_000, before)) + contract
        }
        regular = min(regular, owed)
        minimum[i] = min(regular + loan.behind + loan.idle, owed)
        regularPart[i] = max(0, minimum[i] - loan.behind - loan.idle)
        loans[i] = loan
      }
      var available = max(budget, 0)
      var paid = Array(repeating: Int64(0), count: n)
      let short = available < minimum.reduce(0, +)
      if short { out.shortfall.append(month) }
      for i in (short ? triage : Array(0..<n)) where minimum[i] > 0 {
        let pay = min(minimum[i], available)
        available -= pay
        paid[i] += pay
        let overdueBefore = loans[i].behind + loans[i].idle
        Self.apply(pay, to: &loans[i])
        // What was left of the regular payment is overdue now.
        let regularPaid = max(0, pay - overdueBefore)
        let unpaidRegular = regularPart[i] - regularPaid
        if unpaidRegular > 0 {
          loans[i].current -= unpaidRegular
          loans[i].behind += unpaidRegular
        }
      }
      if strategy != .minimums {
        for i in list where available > 0 && loans[i].balance > 0 {
          let pay = min(available, loans[i].balance)
          available -= pay
          paid[i] += pay
          Self.apply(pay, to: &loans[i])
        }
      }
      for i in 0..<n where active[i] {
        out.paid[i] += paid[i]
        loans[i].monthsLeft = max(loans[i].monthsLeft - 1, 1)
        if loans[i].balance <= 0 && out.payoff[i] == nil { out.payoff[i] = month }
      }
      month += 1
    }
    out.months = month
    out.finished = !loans.contains(where: { $0.balance > 0 })
    return out
  }

  static func randomLoans(_ rng: inout SplitMix) -> [Loan] {
    (0..<Int.random(in: 1...5, using: &rng)).map { _ in
      let kind = Kind.allCases.randomElement(using: &rng) ?? .installment
      let balance = Int64.random(in: 50_000...5_000_000, using: &rng)
      let rate = Int64.random(in: 0...100, using: &rng)
      let months = kind == .revolving ? 1 : Int.random(in: 1...36, using: &rng)
      let installment = (balance + Int64(months) - 1) / Int64(months) + balance * rate / 4096
      let late = Int.random(in: 0..<10, using: &rng) < 3
      let behind = late ? Int64.random(in: 1...min(balance, installment * 3), using: &rng) : 0
      let idle = late ? Int64.random(in: 0...min(behind / 20, balance - behind), using: &rng) : 0
      return Loan(
        kind: kind, rateNumerator: rate, multiplierQuarters: [4, 5, 6, 8].randomElement(using: &rng) ?? 6,
        compound: Bool.random(using: &rng), installment: installment, monthsLeft: months,
        minimumPercent: Int64.random(in: 5...20, using: &rng),
        interestFree: kind == .revolving && !late && Bool.random(using: &rng), lateAtStart: late,
        severity: late ? Int.random(in: 1...4, using: &rng) : 0, reports: Bool.random(using: &rng),
        trueRate: Double(Int.random(in: 0...4000, using: &rng)) / 10_000, current: balance - behind - idle,
        behind: behind, idle: idle)
    }
  }

  /// The same loans as the planner's items.
  static func planner(_ loans: [Loan]) -> Planner {
    let items = loans.enumerated().map { i, loan in
      Planner.Item(
        debt: Debt(
          id: "d\(i + 1)", name: "debt \(i + 1)", lender: "lender",
          kind: loan.kind == .revolving ? .creditCard : .bankLoan,
          principal: loan.balance, rate: Rate(basis: .monthly, scaled: 0),
          method: loan.kind == .revolving ? .revolving : loan.kind == .bullet ? .bullet : .equalInstallment,
          termMonths: loan.monthsLeft, startDate: start, dueDay: 23,
          penaltyMultiplier: Double(loan.multiplierQuarters) / 4, compoundPenalty: loan.compound,
          reportsToCreditBureau: loan.reports, minimumPercent: Int(loan.minimumPercent)),
        balance: loan.balance, monthlyRate: Double(loan.rateNumerator) / 4096,
        installment: loan.kind == .revolving ? nil : loan.installment, remainingMonths: loan.monthsLeft,
        late: loan.lateAtStart, arrears: loan.behind + loan.idle, penaltyBase: loan.behind,
        interestFree: loan.interestFree, firstPayment: start, severity: loan.severity, nextDueDate: start,
        trueRate: loan.trueRate)
    }
    return Planner(items: items, start: start)
  }

  @Test("avalanche and snowball on 300 random portfolios: every total, month count and payoff month agrees")
  func randomPortfolios() {
    var rng = SplitMix(seed: 2026_12_01)
    var compared = 0
    var shortfalls = 0
    var mismatches = 0
    for round in 0..<300 {
      let loans = Self.randomLoans(&rng)
      let planner = Self.planner(loans)
      // Budgets from below the minimums (shortfall) to well above.
      let base = planner.firstMonthMinimums
      let budget = Int64(Double(base) * Double.random(in: 0.7...2.5, using: &rng))
      for strategy in [PlanStrategy.avalanche, .snowball] {
        let expected = Self.simulate(loans, budget: budget, strategy: strategy)
        let r = planner.run(budget: budget, strategy: strategy)
        let got = Outcome(
          months: r.monthCount, interest: r.interestByDebt, paid: r.paidByDebt, payoff: r.payoffMonth,
          shortfall: r.shortfallMonths, finished: r.finished)
        compared += 1
        if !expected.shortfall.isEmpty { shortfalls += 1 }
        if got != expected {
          mismatches += 1
          if mismatches <= 5 {
            Issue.record(
              "round \(round) \(strategy) budget \(budget): \(loans)\nexpected \(expected)\ngot      \(got)")
          }
        }
      }
    }
    #expect(mismatches == 0, "\(mismatches) of \(compared) plans differ")
    #expect(compared == 600 && shortfalls > 30, "shortfall plans: \(shortfalls)")
  }
}
