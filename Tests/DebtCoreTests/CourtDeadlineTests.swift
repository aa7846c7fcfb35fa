import Testing

@testable import DebtCore

@Suite("Court deadlines, counted from the day of receipt")
struct CourtDeadlineTests {
  /// Expected days worked out by hand from a calendar (weekday in the comment), not by the code:
  /// the day of receipt is not counted, and a last day on a weekend or a public holiday moves to
  /// the next working day (a make-up working weekend day is one).
  @Test(
    "each kind's period from its received date",
    arguments: [
      // DOMAIN §7's example: 2026-11-23 + 15 = Tue 2026-12-08.
      (CourtEventKind.paymentOrder, "2026-11-23", "2026-12-08"),
      // Across a month end: Sat 11-21 + 15 = Sun 12-06 → Mon 12-07.
      (.paymentOrder, "2026-11-21", "2026-12-07"),
      // Across the year end: Thu 12-24 + 15 = Fri 2027-01-08.
      (.summons, "2026-12-24", "2027-01-08"),
      // From a month's last day into the Spring Festival: 01-31 + 15 = Sun 02-15, a holiday
      // (02-15 to 02-23 off, 国务院办公厅 2026 notice) → Tue 02-24.
      (.judgment, "2026-01-31", "2026-02-24"),
      // Into the National Day holiday (10-01 to 10-07): Sun 09-20 + 15 = Mon 10-05 → Thu 10-08.
      (.paymentOrder, "2026-09-20", "2026-10-08"),
      // Ending on Sat 02-28, a make-up working day (调休上班): it stays. 02-18 + 10 = 02-28.
      (.ruling, "2026-02-18", "2026-02-28"),
      // Ending on Sun 2026-01-04, a make-up working day too: 2025-12-20 + 15 = 01-04.
      (.summons, "2025-12-20", "2026-01-04"),
      // Ending on New Year's Day 2026 (01-01 to 01-03 off, then the working Sunday 01-04):
      // 2025-12-17 + 15 = Thu 01-01 → Sun 01-04.
      (.paymentOrder, "2025-12-17", "2026-01-04"),
      // A ruling's 10 days across a 28-day February: 02-20 + 10 = Mon 03-02.
      (.ruling, "2026-02-20", "2026-03-02"),
      // 30 days across a leap February: 2028-02-10 + 30 = Sat 03-11 → Mon 03-13.
      (.mediation, "2028-02-10", "2028-03-13"),
    ])
  func periods(kind: CourtEventKind, received: String, expected: String) {
    let event = CourtEvent(kind: kind, received: day(received))
    #expect(event.deadline(rules: .shipped) == day(expected))
  }

  @Test("small claims and enforcement have no period; their text says what to know")
  func noPeriod() {
    #expect(CourtEvent(kind: .smallClaims, received: day("2026-11-23")).deadline(rules: .shipped) == nil)
    #expect(CourtEvent(kind: .enforcement, received: day("2026-11-23")).deadline(rules: .shipped) == nil)
    #expect(CourtEventKind.smallClaims.action.en.contains("no appeal"))
    #expect(CourtEventKind.enforcement.action.en.contains("not for being unable"))
  }

  @Test("the China calendar: holidays and make-up working days, weekends only in a year without data")
  func chinaCalendar() {
    let c = CourtCalendar.china
    #expect(c.isRestDay(day("2026-10-01")) && c.isRestDay(day("2026-02-15")))
    #expect(!c.isRestDay(day("2026-10-10")) && !c.isRestDay(day("2026-02-14")))  // Saturdays worked
    #expect(c.isRestDay(day("2026-11-28")) && !c.isRestDay(day("2026-11-27")))
    // 2027 has no published data: 2027-10-01 (a Friday) is counted as a working day, and said so.
    #expect(!CourtCalendar.holidaysKnown(for: day("2027-10-01")))
    #expect(CourtCalendar.holidaysKnown(for: day("2026-10-01")))
    #expect(!c.isRestDay(day("2027-10-01")))
  }

  @Test("the holiday hook moves a deadline past a public holiday and the weekend after it")
  func holidayHook() {
    // Pretend Fri 2026-10-02 is a holiday: Thu 09-17 + 15 = 10-02 → Sat, Sun → Mon 10-05.
    let calendar = CourtCalendar { $0 == day("2026-10-02") }
    #expect(calendar.lastDay(received: day("2026-09-17"), days: 15) == day("2026-10-05"))
    #expect(CourtCalendar.weekendsOnly.lastDay(received: day("2026-09-17"), days: 15) == day("2026-10-02"))
  }

  @Test("an overridden period is used for the deadline")
  func overridden() {
    let rules = RuleBook.shipped.applying([.summonsAnswer: RuleOverride(value: "30")])
    // 2026-11-23 + 30 = Wed 12-23.
    #expect(
      CourtEvent(kind: .summons, received: day("2026-11-23")).deadline(rules: rules) == day("2026-12-23"))
  }
}

@Suite("Court notices in the day's reminders")
struct CourtReminderTests {
  func portfolio(_ event: CourtEvent) -> Portfolio {
    var p = Portfolio()
    p.add(makeDebt(start: "2026-01-15"))
    var file = p.caseFile(for: "d1")
    file.append(event)
    p.cases["d1"] = file
    return p
  }

  func court(_ p: Portfolio, _ today: String) -> [Reminder] {
    ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day(today))
      .filter { $0.kind == .courtDeadline || $0.kind == .hearing }
  }

  @Test("a payment order's countdown shows every day from receipt, one id, until marked done")
  func countdown() {
    var p = portfolio(CourtEvent(kind: .paymentOrder, received: day("2026-11-23")))
    #expect(court(p, "2026-11-22").isEmpty)
    var seen: Set<String> = []
    // Day by day: days left = 2026-12-08 minus today, counted independently.
    for offset in 0...20 {
      let today = day("2026-11-23").adding(days: offset)
      let shown = court(p, today.description)
      #expect(shown.count == 1)
      seen.formUnion(shown.map(\.id))
      let left = 15 - offset
      let text = shown.first?.message.en ?? ""
      if left > 0 {
        #expect(text.contains(left == 1 ? "1 day left" : "\(left) days left"), "\(text)")
      } else if left == 0 {
        #expect(text.contains("last day today"))
      } else {
        #expect(text.contains("the deadline was 2026-12-08") && text.contains("12348"))
      }
    }
    #expect(seen == ["court:d1:k1"])
    p.reminderStates["court:d1:k1"] = .done(on: day("2026-11-30"))
    #expect(court(p, "2026-12-01").isEmpty)
  }

  @Test("a hearing is announced from a week before until the day, and the summons' answer date too")
  func hearing() {
    let p = portfolio(
      CourtEvent(
        kind: .summons, received: day("2026-11-23"), caseNumber: "(2026)沪0115民初1号", hearing: day("2027-01-12")
      ))
    #expect(court(p, "2027-01-04").map(\.id) == ["court:d1:k1"])
    let week = court(p, "2027-01-05")
    #expect(Set(week.map(\.id)) == ["court:d1:k1", "hearing:d1:k1"])
    #expect(week.first { $0.kind == .hearing }?.message.en.contains("(2026)沪0115民初1号") == true)
    #expect(court(p, "2027-01-12").contains { $0.kind == .hearing })
    #expect(!court(p, "2027-01-13").contains { $0.kind == .hearing })
  }

  @Test("the brief cache keeps court events, so `today` shows them without the full history")
  func briefCache() throws {
    let p = portfolio(
      CourtEvent(kind: .summons, received: day("2026-11-23"), caseNumber: "a\tb", hearing: day("2026-12-20")))
    let snapshot = BriefSnapshot(p)
    let read = try BriefSnapshot(lines: Substring(snapshot.lines()))
    #expect(read.cases["d1"]?.courtEvents == p.cases["d1"]?.courtEvents)
  }
}
