import Testing

@testable import DebtCore

@Suite("China's calendar: public holidays and make-up working days")
struct ChinaCalendarTests {
  @Test(
    "holidays are days off and 调休 weekends are working days (State Council notices 2025, 2026)",
    arguments: [
      ("2025-01-28", false), ("2025-02-04", false), ("2025-01-26", true), ("2025-02-08", true),
      ("2025-04-27", true), ("2025-05-05", false), ("2025-10-08", false), ("2025-10-11", true),
      ("2025-09-28", true), ("2026-01-02", false), ("2026-01-04", true), ("2026-02-14", true),
      ("2026-02-23", false), ("2026-02-28", true), ("2026-05-09", true), ("2026-06-19", false),
      ("2026-09-20", true), ("2026-10-07", false), ("2026-10-10", true), ("2026-11-23", true),
      ("2026-11-28", false),
    ])
  func workingDay(date: String, working: Bool) {
    #expect(ChinaCalendar.isWorkingDay(day(date)) == working)
  }

  @Test("working days count across a holiday block: 5 working days after 2026-09-29 is 2026-10-12")
  func countingAcrossNationalDay() {
    // 09-30 (1), then 10-01…10-07 off, 10-08 (2), 10-09 (3), 10-10 Saturday worked (4), 10-12 (5).
    #expect(day("2026-09-29").addingWorkingDays(5) == day("2026-10-12"))
    // Spring Festival 2026: 02-13 Friday, 02-14 Saturday worked, then 02-15…02-23 off.
    #expect(day("2026-02-13").addingWorkingDays(2) == day("2026-02-24"))
  }

  @Test("a period ending on a day off ends on the next working day (民法典 art. 203)")
  func periodEnd() {
    // A 支付令 received 2026-11-23: the day of receipt is not counted; 15 days → 2026-12-08, a Tuesday.
    #expect(ChinaCalendar.nextWorkingDay(onOrAfter: day("2026-11-23").adding(days: 15)) == day("2026-12-08"))
    // Ending on 2026-10-03 (National Day) moves to 2026-10-08.
    #expect(ChinaCalendar.nextWorkingDay(onOrAfter: day("2026-10-03")) == day("2026-10-08"))
  }

  @Test("a year without data counts Monday to Friday and says the date may move")
  func unknownYear() throws {
    #expect(!ChinaCalendar.hasData(for: 2027))
    #expect(ChinaCalendar.isWorkingDay(day("2027-10-01")))  // a Friday; not yet published
    let note = try #require(ChinaCalendar.dueDateWarning(day("2027-10-01")))
    #expect(note.en.contains("may move"))
    #expect(ChinaCalendar.source(for: 2026) != nil)
  }

  @Test("a due date inside a holiday block is warned about: transfers may not post")
  func dueDateInHoliday() throws {
    let warning = try #require(ChinaCalendar.dueDateWarning(day("2026-10-05")))
    #expect(warning.en.contains("may not post until 2026-10-08"))
    #expect(warning.en.contains("pay by 2026-09-30"))
    #expect(warning.zh.contains("国庆节"))
    #expect(ChinaCalendar.dueDateWarning(day("2026-10-12")) == nil)
  }
}
