import Testing

@testable import DebtCore

@Suite("Calendar dates")
struct LocalDateTests {
  func date(_ s: String) throws -> LocalDate { try LocalDate(iso: s) }

  @Test("month arithmetic keeps the last day of shorter months")
  func monthEnds() throws {
    #expect(try date("2026-01-31").adding(months: 1) == date("2026-02-28"))
    #expect(try date("2028-01-31").adding(months: 1) == date("2028-02-29"))
    #expect(try date("2026-03-31").adding(months: 1) == date("2026-04-30"))
    #expect(try date("2026-12-15").adding(months: 1) == date("2027-01-15"))
    #expect(try date("2026-01-15").adding(months: -1) == date("2025-12-15"))
    #expect(try date("2026-05-31").adding(months: -3) == date("2026-02-28"))
    #expect(LocalDate.clamped(year: 2026, month: 14, day: 31) == (try date("2027-02-28")))
  }

  @Test("leap years")
  func leapYears() {
    #expect(LocalDate.isLeap(2024))
    #expect(LocalDate.isLeap(2000))
    #expect(!LocalDate.isLeap(2100))
    #expect(!LocalDate.isLeap(2026))
    #expect(LocalDate(year: 2028, month: 2, day: 29) != nil)
    #expect(LocalDate(year: 2026, month: 2, day: 29) == nil)
  }

  @Test("day counts across months, years and leap days")
  func dayCounts() throws {
    #expect(try date("2026-01-01").days(to: date("2027-01-01")) == 365)
    #expect(try date("2028-01-01").days(to: date("2029-01-01")) == 366)
    #expect(try date("1970-01-01").ordinal == 0)
    #expect(try date("2026-11-23").adding(days: 45) == date("2027-01-07"))
    for ordinal in stride(from: -800_000, to: 3_000_000, by: 997) {
      #expect(LocalDate(ordinal: ordinal).ordinal == ordinal)
    }
  }

  @Test("weekday is ISO (Monday 1)")
  func weekday() throws {
    #expect(try date("2026-11-23").weekday == 1)
    #expect(try date("2026-11-29").weekday == 7)
  }

  @Test("strict ISO parsing refuses what is not a day")
  func strictParsing() throws {
    #expect(throws: DateParseError.self) { try LocalDate(iso: "2026-02-30") }
    #expect(throws: DateParseError.self) { try LocalDate(iso: "2026-13-01") }
    #expect(throws: DateParseError.self) { try LocalDate(iso: "2026-1-5") }
    #expect(throws: DateParseError.self) { try LocalDate(iso: "") }
    #expect(try date("2026-03-05").description == "2026-03-05")
  }

  @Test("lenient parsing of the ways people write dates")
  func lenientParsing() throws {
    let expected = try date("2026-03-05")
    for text in ["2026-03-05", "2026/3/5", "2026.3.5", "2026年3月5日", " 2026-3-5 "] {
      #expect(try LocalDate(lenient: text) == expected)
    }
    #expect(throws: DateParseError.self) { try LocalDate(lenient: "2026/2/30") }
    #expect(throws: DateParseError.self) { try LocalDate(lenient: "next week") }
  }
}
