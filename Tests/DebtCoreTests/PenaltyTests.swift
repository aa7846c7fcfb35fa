import Foundation
import Testing

@testable import DebtCore

@Suite("Penalty interest: exact, rounded once, compounding off and on")
struct PenaltyTests {
  /// ¥10,000 bullet at 0.05 %/day from 2026-01-05, due 2026-02-05 (¥10,155.00 due), 1.5×, no grace.
  func bullet(compound: Bool) -> Debt {
    makeDebt(
      principal: 1_000_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-01-05",
      dueDay: 5, compound: compound)
  }

  @Test("unpaid 90 days: off ¥685.46 (on principal and interest), on ¥708.85 (compounded daily)")
  func compoundingCheckValues() {
    let asOf = day("2026-02-05").adding(days: 90)
    let off = DebtStatus(debt: bullet(compound: false), payments: [], asOf: asOf)
    #expect(off.overdueAmount == 1_015_500)
    // 10,155 × 0.00075 × 90 = 685.4625.
    #expect(off.penalty == 68_546)
    // 10,155 × (1.00075^90 − 1) = 708.8514.
    let on = DebtStatus(debt: bullet(compound: true), payments: [], asOf: asOf)
    #expect(on.penalty == 70_885)
  }

  @Test("the cost of one more day is constant while the overdue amount is; compounded it only grows")
  func dailyCost() {
    var last: Int64 = 0
    for offset in [10, 11, 12, 40, 90] {
      let today = day("2026-02-05").adding(days: offset)
      let off = CaseSummary(debt: bullet(compound: false), payments: [], caseFile: nil, today: today)
      #expect(off.costOfWaitingDay == 762, "day \(offset)")  // 7.61625
      let on = CaseSummary(debt: bullet(compound: true), payments: [], caseFile: nil, today: today)
      #expect(on.costOfWaitingDay >= last, "day \(offset)")
      last = on.costOfWaitingDay
    }
    // Day 90 → 91, compounded: (10,155 + 708.8514) × 0.00075 = 8.1479 → 8.15.
    #expect(last == 815)
  }

  @Test("the demo's 借呗: ¥1,835.98 × 0.075 % × 59 days = ¥81.2421 → ¥81.24")
  func demoJiebei() throws {
    let today = day("2026-11-23")
    let demo = DemoPortfolio.make(today: today)
    let debt = try #require(demo.debts.first { $0.kind == .jiebei })
    let status = DebtStatus(debt: debt, payments: demo.payments.filter { $0.debt == debt.id }, asOf: today)
    // Two installments of ¥1,835.98 late: 45 days (due 2026-10-09) and 14 days (2026-11-09),
    // 59 installment-days at 0.05 % × 1.5.
    #expect(status.daysPastDue == 45)
    #expect(status.overdueAmount == 2 * 183_598)
    #expect(status.penalty == halfUp(183_598 * 75 * (45 + 14), 100_000))
    #expect(status.penalty == 8_124)
  }

  @Test(
    "a private loan with no agreed overdue rate keeps the contract rate: ¥10,000 at 12 %, 30 days = ¥98.63")
  func privateLoan() {
    let debt = Debt(
      id: "d1", name: "friend", lender: "", kind: .privateLoan, principal: 1_000_000,
      rate: Rate(basis: .apr, scaled: 12 * 100_000_000), method: .bullet, termMonths: 1,
      startDate: day("2026-01-05"), dueDay: 5, graceDays: 0)
    #expect(debt.penaltyMultiplier == 1.0)
    // The overdue amount is principal + a month's interest (100); penalty on the principal part
    // alone is 10,000 × 12 % / 365 × 30 = 98.63.
    let principalOnly = Debt(
      id: "d1", name: "friend", lender: "", kind: .privateLoan, principal: 1_000_000,
      rate: Rate(basis: .apr, scaled: 12 * 100_000_000), method: .interestFirst, termMonths: 1,
      startDate: day("2026-01-05"), dueDay: 5, graceDays: 0)
    let first = Schedule(for: principalOnly).installments[0]
    let paidInterest = Payment(id: "p1", debt: "d1", date: first.dueDate, amount: first.interest)
    let s = DebtStatus(debt: principalOnly, payments: [paidInterest], asOf: first.dueDate.adding(days: 30))
    #expect(s.penalty == 9_863)
    #expect(s.penalty == halfUp(1_000_000 * 12 * 30, 100 * 365))
    // The cap: 4 × LPR at the contract date (3.00 % in 2026 → 12 %); 12 % is not above it.
    #expect(debt.privateLendingCap(.standard).map { abs($0 - 0.12) < 1e-9 } == true)
    #expect(debt.penaltyAboveCap(.standard) == false)
    var dear = debt
    dear.penaltyMultiplier = 1.5
    #expect(dear.penaltyAboveCap(.standard) == true)
  }

  /// The ledger's rules replayed day by day with exact fractions (DOMAIN.md §3): each day, every
  /// installment due and unpaid earns penalty on what is unpaid of it; inside grace the penalty is
  /// held and dropped if the installment is paid by the last grace day; payments pay penalty
  /// first (rounded figure), then interest and principal oldest first, then prepay.
  @Test("random histories agree with a day-by-day exact simulation")
  func randomised() {
    var rng = SplitMix(seed: 2026)
    for round in 0..<150 {
      let scaled = Int64.random(in: 100_000...1_000_000, using: &rng)  // 0.001 %–0.01 % a day … ×10
      let multiplier = [1.0, 1.3, 1.5].randomElement(using: &rng)!
      let grace = Int.random(in: 0...3, using: &rng)
      let n = Int.random(in: 1...6, using: &rng)
      let start = LocalDate(ordinal: Int.random(in: 20_089...20_800, using: &rng))
      let debt = Debt(
        id: "d1", name: "r", lender: "", kind: .other,
        principal: Int64.random(in: 10_000...5_000_000, using: &rng),
        rate: Rate(basis: .daily, scaled: scaled * 10), method: .equalInstallment, termMonths: n,
        startDate: start, dueDay: Int.random(in: 1...28, using: &rng), graceDays: grace,
        penaltyMultiplier: multiplier)
      let schedule = Schedule(for: debt)
      let end = (schedule.installments.last?.dueDate ?? start).adding(
        days: Int.random(in: 0...200, using: &rng))
      var payments: [Payment] = []
      for i in 0..<Int.random(in: 0...4, using: &rng) {
        let d = start.adding(days: Int.random(in: 1...max(start.days(to: end), 1), using: &rng))
        payments.append(
          Payment(id: "p\(i)", debt: "d1", date: d, amount: Int64.random(in: 1...debt.principal, using: &rng))
        )
      }
      // Simulation. Rate per day = scaled·10 × m/100 / 10¹⁰, as a fraction num/den.
      let m = Int128((multiplier * 100).rounded())
      let num = Int128(scaled * 10) * m
      let den: Int128 = 10_000_000_000 * 100
      var interestLeft = schedule.installments.map(\.interest)
      var principalLeft = schedule.installments.map(\.principal)
      let dues = schedule.installments.map(\.dueDate)
      var pending = [Int128](repeating: 0, count: dues.count)
      var confirmed = [Bool](repeating: false, count: dues.count)
      var owed: Int128 = 0
      var accrued: Int128 = 0
      var paidPenalty: Int64 = 0
      var t = start
      while t <= end {
        // The first day after grace: still unpaid → the penalty is real from the due date.
        for i in dues.indices where dues[i].adding(days: grace + 1) == t {
          if interestLeft[i] + principalLeft[i] > 0 {
            confirmed[i] = true
            owed += pending[i]
            accrued += pending[i]
          }
          pending[i] = 0
        }
        for pay in payments where pay.date == t {
          var left = pay.amount
          let rounded = halfUp(owed, den)
          let take = min(left, rounded)
          owed = take == rounded ? 0 : owed - Int128(take) * den
          paidPenalty += take
          left -= take
          for i in dues.indices where dues[i] <= t {
            let a = min(left, interestLeft[i])
            interestLeft[i] -= a
            left -= a
            let b = min(left, principalLeft[i])
            principalLeft[i] -= b
            left -= b
          }
          for i in dues.indices where dues[i] > t {
            let a = min(left, interestLeft[i])
            interestLeft[i] -= a
            left -= a
            let b = min(left, principalLeft[i])
            principalLeft[i] -= b
            left -= b
          }
        }
        if t == end { break }
        // One day of penalty on every installment due by today and unpaid at the end of it.
        for i in dues.indices where dues[i] <= t {
          let unpaid = Int128(interestLeft[i] + principalLeft[i])
          guard unpaid > 0 else { continue }
          if confirmed[i] {
            owed += unpaid * num
            accrued += unpaid * num
          } else {
            pending[i] += unpaid * num
          }
        }
        t = t.adding(days: 1)
      }
      let status = DebtStatus(debt: debt, payments: payments, asOf: end)
      let label = "round \(round): \(debt.principal) n=\(n) grace \(grace) ×\(multiplier) \(start)…\(end)"
      #expect(status.penalty == halfUp(owed, den), "\(label)")
      #expect(status.penaltyAccrued == halfUp(accrued, den), "\(label)")
      #expect(status.paidPenalty == paidPenalty, "\(label)")
    }
  }
}

@Suite("True APR of a one-payment loan: one formula everywhere")
struct SinglePaymentAPRTests {
  @Test("¥242,444.69 at 0.097 %/day for 365 days: 35.40 % simple")
  func yearLong() throws {
    let debt = makeDebt(
      principal: 24_244_469, basis: .daily, percent: "0.097", method: .bullet, term: 12, start: "2026-01-05",
      dueDay: 5)
    let schedule = Schedule(for: debt)
    #expect(schedule.installments.count == 1)
    // 242,444.69 × 0.00097 × 365 = 85,837.5425 → 85,837.54; 85,837.54 / 242,444.69 = 35.4050 %.
    #expect(schedule.totalInterest == 8_583_754)
    let apr = try #require(TrueAPR(debt: debt))
    #expect(String(format: "%.2f", apr.simple * 100) == "35.40")
    // The `apr` command's formula gives the same.
    let quote = try #require(
      TrueAPR.singlePayment(received: 24_244_469, repaid: 24_244_469 + 8_583_754, days: 365))
    #expect(quote == apr)
  }
}

@Suite("True APR with an odd first period")
struct OddFirstPeriodAPRTests {
  @Test("a 4.35 % APR loan whose first period is 43 days still costs about 4.35 %, not 4.45 %")
  func oddFirstPeriod() throws {
    let debt = makeDebt(principal: 10_000_000, percent: "4.35", term: 36, start: "2026-01-03", dueDay: 15)
    // The first period is charged by actual days: 100,000 × 4.35 % / 365 × 43 = 512.47.
    #expect(Schedule(for: debt).installments[0].interest == 51_247)
    let apr = try #require(TrueAPR(debt: debt))
    #expect(abs(apr.simple - 0.0435) < 0.0002, "\(apr.simple)")
  }
}

@Suite("Offer calculator: interest running and stopped, other debts' arrears")
struct OfferBothWaysTests {
  @Test("the demo's 借呗: ¥931.87 a month takes 25 months with interest running, 21 with it stopped")
  func demo() throws {
    let today = day("2026-11-23")
    let demo = DemoPortfolio.make(today: today)
    let statuses = demo.statuses(asOf: today)
    let offer = try #require(
      Offer.make(
        inputs: OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000),
        debtID: "d1",
        portfolio: demo, statuses: statuses, today: today))
    #expect(offer.monthly == 93_187)
    #expect(offer.monthsIfWaived == 21)
    #expect(offer.monthsIfWaivedWithInterest == 25)
    // Independent: ceil(owed / monthly) with interest stopped.
    #expect(offer.monthsIfWaived == Int((offer.owedIfWaived + 93_186) / 93_187))
  }

  @Test("other debts' arrears are subtracted, not only this month's installments")
  func arrears() throws {
    let today = day("2026-11-23")
    var p = Portfolio()
    let main = p.add(makeDebt(principal: 1_000_000, term: 12, start: "2026-06-23", dueDay: 23))
    // A second loan two installments behind (due 2026-09-10 and 10-10; 11-10 also unpaid).
    _ = p.add(makeDebt(principal: 600_000, term: 6, start: "2026-08-10", dueDay: 10))
    let statuses = p.statuses(asOf: today)
    let other = try #require(statuses["d2"])
    let offer = try #require(
      Offer.make(
        inputs: OfferInputs(monthlyIncome: 800_000, essentialSpending: 300_000), debtID: main, portfolio: p,
        statuses: statuses, today: today))
    let inst = other.schedule.installments
    #expect(offer.otherMinimums == inst[2].total)  // due 2026-11-10
    #expect(offer.otherArrears == inst[0].total + inst[1].total + other.penalty)
    #expect(offer.available == 800_000 - 300_000 - offer.otherMinimums - offer.otherArrears)
  }

  @Test("interest running: a month-by-month simulation, never paid when the offer is below the interest")
  func running() {
    let status = DebtStatus(
      debt: makeDebt(principal: 1_000_000, method: .bullet, term: 1, start: "2026-11-23"), payments: [],
      asOf: day("2026-11-23"))
    let offer = Offer(
      inputs: OfferInputs(monthlyIncome: 200_000, essentialSpending: 100_000), status: status,
      otherMinimums: 0,
      monthlyRate: RateFraction(numerator: 1, denominator: 100))
    // 10,000 at 1 % a month paying 1,000: by hand 10,000 → 9,100 → 8,191 → 7,272.91 → … 11 months.
    var left: Int64 = 1_000_000
    var n = 0
    while left > 0 {
      left += (left + 50) / 100
      left -= 100_000
      n += 1
    }
    #expect(offer.monthsWithInterest == n)
    #expect(n == 11)
    let tiny = Offer(
      inputs: OfferInputs(monthlyIncome: 105_000, essentialSpending: 100_000), status: status,
      otherMinimums: 0,
      monthlyRate: RateFraction(numerator: 1, denominator: 10))
    #expect(tiny.monthsWithInterest == nil)
  }
}
