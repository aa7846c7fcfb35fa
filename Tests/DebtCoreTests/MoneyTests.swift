import Testing

@testable import DebtCore

@Suite("Money")
struct MoneyTests {
  @Test(
    "amounts people type",
    arguments: [
      ("1234.5", 123_450), ("1,234.50", 123_450), ("¥88", 8_800), ("￥88元", 8_800), ("CNY 12.3", 1_230),
      ("0", 0), ("0.01", 1), (" 7 ", 700), ("１２３", 12_300), ("1,000,000", 100_000_000), (".5", 50),
      ("+3", 300),
    ] as [(String, Int64)])
  func parses(text: String, minor: Int64) throws {
    #expect(try AmountParser.parse(text) == minor)
  }

  @Test("bad amounts are refused with a reason")
  func refuses() {
    #expect(throws: AmountError.negative("-5")) { try AmountParser.parse("-5") }
    #expect(throws: AmountError.notANumber("abc")) { try AmountParser.parse("abc") }
    #expect(throws: AmountError.notANumber("1e400")) { try AmountParser.parse("1e400") }
    #expect(throws: AmountError.tooManyDecimals("1.234", allowed: 2)) { try AmountParser.parse("1.234") }
    #expect(throws: AmountError.empty) { try AmountParser.parse("  ") }
    #expect(throws: AmountError.misplacedComma("12,34")) { try AmountParser.parse("12,34") }
    #expect(throws: AmountError.tooLarge("99999999999999999999")) {
      try AmountParser.parse("99999999999999999999")
    }
    #expect(throws: AmountError.notANumber("1.2.3")) { try AmountParser.parse("1.2.3") }
  }

  @Test("a yen amount has no decimals")
  func zeroDecimalCurrency() throws {
    #expect(try AmountParser.parse("500", minorDigits: 0) == 500)
    #expect(throws: AmountError.self) { try AmountParser.parse("5.5", minorDigits: 0) }
  }

  @Test(
    "formatting",
    arguments: [
      (123_456, "¥1,234.56"), (5, "¥0.05"), (0, "¥0.00"), (-500, "-¥5.00"), (100_000_000, "¥1,000,000.00"),
      (99, "¥0.99"),
    ] as [(Int64, String)])
  func formats(minor: Int64, text: String) {
    #expect(Money(minor: minor).description == text)
  }

  @Test("format and parse round trip")
  func roundTrip() throws {
    for minor: Int64 in [1, 10, 99, 100, 12_345, 1_000_001, 987_654_321] {
      #expect(try AmountParser.parse(Money(minor: minor).description) == minor)
    }
  }

  @Test("half-up rounding of rate fractions")
  func rounding() {
    let half = RateFraction(numerator: 1, denominator: 2)
    #expect(half.of(1) == 1)  // 0.5 → 1
    #expect(half.of(3) == 2)  // 1.5 → 2
    #expect(RateFraction(numerator: 1, denominator: 3).of(1) == 0)
    #expect(RateFraction(numerator: 1, denominator: 100).of(50) == 1)  // 0.5 → 1
    #expect(RateFraction(numerator: 1, denominator: 100).of(49) == 0)
  }

  @Test("rates keep the quote and derive the rest")
  func rates() throws {
    let daily = try Rate(basis: .daily, percent: "0.05")
    #expect(daily.percentText == "0.05")
    #expect(abs(daily.nominalAnnual - 0.1825) < 1e-12)
    #expect(daily.monthly.of(1_000_000) == 15_208)  // 10,000 × 0.05% × 365 / 12 = 152.08
    let apr = try Rate(basis: .apr, percent: "12%")
    #expect(apr.monthly.of(1_000_000) == 10_000)
    #expect(throws: RateParseError.self) { try Rate(basis: .apr, percent: "-3") }
    #expect(throws: RateParseError.self) { try Rate(basis: .apr, percent: "abc") }
    #expect(throws: RateParseError.self) { try Rate(basis: .apr, percent: "2000") }
  }
}
