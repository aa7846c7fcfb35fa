import Testing

@testable import DebtCore

/// FINDINGS, cosmetic: "1 days overdue", "the next 1 days" in English.
@Suite("One day is one day")
struct DayPluralTests {
  @Test(
    "the phrase for a number of days",
    arguments: [(0, "0 days"), (1, "1 day"), (2, "2 days"), (45, "45 days")])
  func phrase(n: Int, en: String) {
    #expect(LocalizedText.days(n).en == en)
    #expect(LocalizedText.days(n).zh == "\(n) 天")
  }

  @Test("a brief over one day says so in its headline and its section title")
  func briefOfOneDay() {
    let brief = DailyBrief(
      portfolio: Portfolio(), today: LocalDate(ordinal: 20_500), days: 1, settings: Settings())
    #expect(brief.headline.en == "Nothing overdue, nothing for today, nothing due in the next 1 day.")
    #expect(DailyBrief.comingUpTitle(days: 1).en == "Coming up (1 day)")
    #expect(DailyBrief.comingUpTitle(days: 7).en == "Coming up (7 days)")
  }
}
