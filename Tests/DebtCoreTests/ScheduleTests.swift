import Testing

@testable import DebtCore

@Suite("Repayment schedules")
struct ScheduleTests {
  /// Every schedule: principals sum to the principal, totals to principal + interest, no negative row.
  func checkInvariants(_ s: Schedule, principal: Int64) {
    #expect(s.totalPrincipal == principal)
    #expect(s.total == s.installments.reduce(0) { $0 + $1.total })
    #expect(s.installments.allSatisfy { $0.principal >= 0 && $0.interest >= 0 })
    #expect(zip(s.installments, s.installments.dropFirst()).allSatisfy { $0.dueDate < $1.dueDate })
  }

  @Test("equal installments: 10,000 at 12% APR over 12 months is 888.49 a month")
  func annuity() {
    let s = Schedule(for: makeDebt())
    #expect(s.installments.count == 12)
    #expect(s.installments.dropLast().allSatisfy { $0.total == 88_849 })
    // Hand-checked first rows: interest 1% of the balance.
    #expect(s.installments[0].interest == 10_000)
    #expect(s.installments[0].principal == 78_849)
    #expect(s.installments[1].interest == 9_212)  // 9,211.51 × 1% = 92.1151
    #expect(s.installments[0].dueDate == day("2026-02-15"))
    #expect(s.installments[11].dueDate == day("2027-01-15"))
    // The last absorbs the rounding: within a few fen of the others.
    #expect(abs(s.installments[11].total - 88_849) <= 5)
    #expect(s.totalInterest == 66_186)  // checked with Python decimal, half-up
    checkInvariants(s, principal: 1_000_000)
  }

  @Test("equal principal: 12,000 at 12% APR, interest falls by 10 a month")
  func equalPrincipal() {
    let s = Schedule(for: makeDebt(principal: 1_200_000, method: .equalPrincipal))
    #expect(s.installments.map(\.principal) == Array(repeating: 100_000, count: 12))
    #expect(s.installments.map(\.interest) == (1...12).reversed().map { Int64($0) * 1_000 })
    #expect(s.totalInterest == 78_000)
    checkInvariants(s, principal: 1_200_000)
  }

  @Test("equal principal with a remainder: the last installment takes it")
  func equalPrincipalRemainder() {
    let s = Schedule(for: makeDebt(principal: 1_000_000, method: .equalPrincipal, term: 3))
    #expect(s.installments.map(\.principal) == [333_333, 333_333, 333_334])
    checkInvariants(s, principal: 1_000_000)
  }

  @Test("interest first: interest monthly, principal with the last")
  func interestFirst() {
    let s = Schedule(for: makeDebt(basis: .monthly, percent: "1", method: .interestFirst, term: 3))
    #expect(s.installments.map(\.total) == [10_000, 10_000, 1_010_000])
    checkInvariants(s, principal: 1_000_000)
  }

  @Test("bullet on a daily rate charges the days actually held")
  func bulletDaily() {
    let s = Schedule(
      for: makeDebt(basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-01-01", dueDay: 1))
    #expect(s.installments.count == 1)
    #expect(s.installments[0].dueDate == day("2026-02-01"))
    #expect(s.installments[0].interest == 15_500)  // 10,000 × 0.05% × 31 days
    checkInvariants(s, principal: 1_000_000)
  }

  @Test("bullet on an APR over 6 months")
  func bulletAPR() {
    let s = Schedule(for: makeDebt(method: .bullet, term: 6))
    #expect(s.installments[0].interest == 60_000)
  }

  @Test("flat fee: 10,000 at 0.6% a month over 12 months is 893.33")
  func flatFee() {
    let s = Schedule(
      for: makeDebt(basis: .flatMonthly, percent: "0.6", method: .flatFee, term: 12))
    #expect(s.installments.dropLast().allSatisfy { $0.total == 89_333 })
    #expect(s.installments.last?.total == 89_337)
    #expect(s.totalInterest == 72_000)
    checkInvariants(s, principal: 1_000_000)
  }

  @Test("revolving: minimum payments, interest-free first statement")
  func revolving() {
    let s = Schedule(
      for: makeDebt(
        principal: 860_000, basis: .daily, percent: "0.05", method: .revolving, term: 1,
        kind: .creditCard))
    #expect(s.installments[0].total == 86_000)
    #expect(s.installments[0].interest == 0)
    #expect(s.installments[1].interest == 11_771)  // 7,740 × 0.05% × 365 / 12 = 117.7125
    #expect(s.installments[1].principal == 77_400)
    #expect(s.installments.count < Schedule.revolvingHorizon)
    checkInvariants(s, principal: 860_000)
  }

  @Test("due day 31 falls on the last day of short months")
  func dueDayMonthEnd() {
    let s = Schedule(for: makeDebt(term: 4, start: "2026-01-05", dueDay: 31))
    #expect(
      s.installments.map(\.dueDate) == [
        day("2026-02-28"), day("2026-03-31"), day("2026-04-30"), day("2026-05-31"),
      ])
  }

  @Test("every method keeps its invariants across terms and rates", arguments: RepaymentMethod.allCases)
  func invariants(method: RepaymentMethod) {
    for term in [1, 2, 7, 12, 36, 120] {
      for principal: Int64 in [1, 99, 100_001, 123_456_789] {
        let basis: RateBasis = method == .flatFee ? .flatMonthly : .daily
        let s = Schedule(
          for: makeDebt(principal: principal, basis: basis, percent: "0.0333", method: method, term: term))
        checkInvariants(s, principal: principal)
      }
    }
  }

  @Test("a zero rate charges nothing")
  func zeroRate() {
    let s = Schedule(for: makeDebt(percent: "0", term: 3))
    #expect(s.totalInterest == 0)
    #expect(s.installments.map(\.total) == [333_334, 333_334, 333_332])
  }
}
