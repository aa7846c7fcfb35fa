import Testing

@testable import DebtCore

@Suite("True APR")
struct TrueAPRTests {
  func percent(_ x: Double) -> Double { (x * 10_000).rounded() / 100 }

  @Test("PBOC 2021 No. 3 example: 100,000 less 1,000 fee, 12 × 8,833.30 → 12.80% simple, 13.58% IRR")
  func pbocExample() throws {
    let apr = try #require(
      TrueAPR.periodic(received: 9_900_000, payments: Array(repeating: 883_330, count: 12)))
    #expect(percent(apr.simple) == 12.80)
    #expect(percent(apr.compound) == 13.58)
  }

  @Test("10,000 at 0.6% a month flat over 12 months → 13.03% APR, 13.84% effective; 2% fee → 16.90%")
  func flatFee() throws {
    let debt = makeDebt(basis: .flatMonthly, percent: "0.6", method: .flatFee, term: 12)
    let apr = try #require(TrueAPR(debt: debt))
    #expect(percent(apr.simple) == 13.03)
    #expect(percent(apr.compound) == 13.84)
    var withFee = debt
    withFee.upfrontFee = 20_000
    let fee = try #require(TrueAPR(debt: withFee))
    #expect(percent(fee.simple) == 16.90)
  }

  @Test("an annuity's true APR is its nominal rate; a daily quote compounds above its 18.25%")
  func annuity() throws {
    let apr = try #require(TrueAPR(debt: makeDebt()))  // 12% APR, equal installments
    #expect(abs(apr.simple - 0.12) < 0.0001)
    // Counted in whole months, a daily quote is an annuity at daily × 365/12.
    let daily = try #require(TrueAPR(debt: makeDebt(basis: .daily, percent: "0.05", dayCount: .monthly)))
    #expect(abs(daily.simple - 0.1825) < 0.0001)
    #expect(percent(daily.compound) == 19.86)  // (1 + 0.1825/12)^12 − 1 = 19.857%
  }

  @Test("XIRR of a one-year bullet at 10% is 10%")
  func xirr() throws {
    let start = day("2025-01-01")
    let flows: [(date: LocalDate, amount: Int64)] = [
      (start, 1_000_000), (start.adding(days: 365), -1_100_000),
    ]
    let apr = try #require(TrueAPR.dated(flows))
    #expect(abs(apr.compound - 0.10) < 1e-6)
  }

  @Test("no rate for impossible flows")
  func impossible() {
    #expect(TrueAPR.periodic(received: 0, payments: [100]) == nil)
    #expect(TrueAPR.periodic(received: 100, payments: []) == nil)
  }

  @Test("4 × LPR at the contract date, and the scope is always given")
  func lpr() throws {
    let lines = LPRTable.standard.referenceLines(contractDate: day("2020-08-20"))
    #expect(abs(lines[0].rate - 0.154) < 1e-9)
    #expect(lines.allSatisfy { !$0.scope.en.isEmpty && !$0.scope.zh.isEmpty })
    #expect(!lines.contains { $0.scope.en.lowercased().contains("illegal") })
    let recent = LPRTable.standard.referenceLines(contractDate: day("2026-01-01"))
    #expect(abs(recent[0].rate - 0.12) < 1e-9)
  }
}
