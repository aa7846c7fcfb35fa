import Testing

@testable import DebtCore

@Suite("Reminders")
struct ReminderEngineTests {
  /// One installment of 1,010.00 due on 2026-03-01 (a bullet loan).
  func portfolio(grace: Int = 0, dueDay: Int = 1, start: String = "2026-02-01") -> Portfolio {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: start,
        dueDay: dueDay,
        grace: grace))
    return p
  }

  func ids(_ p: Portfolio, _ today: String) -> [String] {
    ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day(today)).map(\.id)
  }

  @Test("each lead time in turn: 7, 3, 1 days before and the due day; nothing earlier")
  func leadTimes() {
    let p = portfolio()
    #expect(ids(p, "2026-02-21") == [])
    #expect(ids(p, "2026-02-22") == ["due:d1:1:7"])
    #expect(ids(p, "2026-02-24") == ["due:d1:1:7"])  // catch-up: the 7-day one, 2 days late
    #expect(ids(p, "2026-02-26") == ["due:d1:1:3"])
    #expect(ids(p, "2026-02-28") == ["due:d1:1:1"])
    #expect(ids(p, "2026-03-01") == ["due:d1:1:0"])
  }

  @Test("lead times come from the settings")
  func customLeads() {
    var settings = Settings()
    settings.reminderLeadDays = [14, 0]
    let r = ReminderEngine.reminders(portfolio: portfolio(), settings: settings, today: day("2026-02-16"))
    #expect(r.map(\.id) == ["due:d1:1:14"])
  }

  @Test("done never returns; a snoozed one comes back on its date; dismissed stays away")
  func userState() {
    var p = portfolio()
    p.reminderStates["due:d1:1:7"] = .done(on: day("2026-02-22"))
    #expect(ids(p, "2026-02-23") == [])
    #expect(ids(p, "2026-02-26") == ["due:d1:1:3"])  // the next lead time is a reminder of its own
    p.reminderStates["due:d1:1:3"] = .snoozed(until: day("2026-02-28"))
    #expect(ids(p, "2026-02-27") == [])
    p.reminderStates["due:d1:1:1"] = .dismissed(on: day("2026-02-28"))
    #expect(ids(p, "2026-02-28") == [])
    p.reminderStates["due:d1:1:1"] = nil
    #expect(ids(p, "2026-02-28") == ["due:d1:1:1"])
  }

  @Test("overdue: one id per installment while unpaid; done quiets the notice, the brief keeps the debt")
  func overdueStable() {
    var p = portfolio()
    let r = ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day("2026-03-11"))
    #expect(r.map(\.id) == ["overdue:d1:1"])
    #expect(r[0].severity == .danger)
    #expect(r[0].message.en.contains("10 days overdue"))
    #expect(r[0].message.en.contains("penalty ¥4.98"))
    #expect(r[0].amount == Int64(101_498))
    #expect(ids(p, "2026-03-12") == ["overdue:d1:1"])
    p.reminderStates["overdue:d1:1"] = .done(on: day("2026-03-11"))
    #expect(ids(p, "2026-03-11") == [])
    #expect(ids(p, "2026-03-20") == [])
    // The notice is quiet; the money is still late in the brief, with the same amount and days.
    let brief = DailyBrief(portfolio: p, today: day("2026-03-20"))
    #expect(brief.overdue.map(\.debt.id) == ["d1"])
    #expect(brief.overdue[0].daysPastDue == 19)
    #expect(brief.hasOverdue)
  }

  @Test("another installment missed after the overdue notice was done: a new notice")
  func worseAfterDone() {
    var p = Portfolio()
    p.add(
      makeDebt(principal: 600_000, basis: .daily, percent: "0.05", term: 6, start: "2026-01-10", dueDay: 10))
    #expect(ids(p, "2026-02-12") == ["overdue:d1:1"])
    p.reminderStates["overdue:d1:1"] = .done(on: day("2026-02-12"))
    #expect(ids(p, "2026-03-05").filter { $0.hasPrefix("overdue:") } == [])
    // 03-10 passes unpaid: two installments late now, and a notice says so.
    #expect(ids(p, "2026-03-11").contains("overdue:d1:2"))
    #expect(DailyBrief(portfolio: p, today: day("2026-03-11")).overdue.first?.daysPastDue == 29)
  }

  @Test("a due date inside the National Day holiday: the brief says to pay by the last working day")
  func holidayDue() {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-09-03",
        dueDay: 3))
    let brief = DailyBrief(portfolio: p, today: day("2026-09-28"))
    let item = brief.upcoming.first
    #expect(item?.date == day("2026-10-03"))
    #expect(
      item?.message.en.contains("National Day holiday, transfers may not post: pay by 2026-09-30") == true)
    #expect(item?.message.zh.contains("国庆节假期内") == true)
    // Outside a holiday block, no warning.
    let plain = DailyBrief(portfolio: p, today: day("2026-09-28").adding(days: -30))
    #expect(plain.upcoming.allSatisfy { $0.holidayWarning == nil })
  }

  @Test("stored states of the old day-stamped overdue ids carry over to the stable id")
  func migration() {
    let old: [String: ReminderState] = [
      "overdue:d1:2:2026-11-20": .done(on: day("2026-11-20")),
      "overdue:d1:2:2026-11-23": .dismissed(on: day("2026-11-23")),
      "due:d2:4:3": .done(on: day("2026-11-23")),
    ]
    let new = ReminderEngine.migrated(old)
    #expect(
      new == ["overdue:d1:2": .dismissed(on: day("2026-11-23")), "due:d2:4:3": .done(on: day("2026-11-23"))])
    #expect(ReminderEngine.migrated(new) == new)
  }

  @Test("the day before the next bucket, and the last grace day, warn of their own")
  func escalationWarnings() {
    let p = portfolio(grace: 3)
    #expect(ids(p, "2026-03-04").contains("grace:d1:1"))
    #expect(!ids(p, "2026-03-05").contains("grace:d1:1"))
    #expect(ids(p, "2026-03-31").contains("bucket:d1:1:M2"))  // day 30: M2 tomorrow
    #expect(!ids(p, "2026-03-30").contains { $0.hasPrefix("bucket:") })
    #expect(ids(p, "2026-04-30").contains("bucket:d1:1:M3"))
    #expect(ids(p, "2026-05-30").contains("bucket:d1:1:M3+"))
  }

  @Test("a paid installment reminds no more")
  func paid() {
    var p = portfolio()
    p.record(Payment(id: "", debt: "d1", date: day("2026-02-20"), amount: 101_000))
    #expect(ids(p, "2026-02-28") == [])
    #expect(ids(p, "2026-03-10") == [])
  }

  @Test("due day 31 in February: reminders count back from the 28th")
  func monthEnd() {
    let p = portfolio(dueDay: 31, start: "2026-01-31")
    #expect(ids(p, "2026-02-20") == [])
    #expect(ids(p, "2026-02-21") == ["due:d1:1:7"])
    #expect(ids(p, "2026-02-28") == ["due:d1:1:0"])
  }

  @Test("cards: the statement day, and the eve of the interest-free period's end")
  func cards() {
    var p = Portfolio()
    var card = makeDebt(
      principal: 500_000, basis: .daily, percent: "0.05", method: .revolving, term: 1, start: "2026-02-05",
      dueDay: 25, kind: .creditCard)
    card.statementDay = 7
    p.add(card)
    let r = ids(p, "2026-03-07")
    #expect(r.contains("statement:d1:2026-03-07"))
    #expect(ids(p, "2026-03-24").contains("free:d1:2026-03-25"))
    #expect(!ids(p, "2026-03-23").contains("free:d1:2026-03-25"))
  }

  @Test("follow-ups show from their date until done")
  func followUps() {
    var p = portfolio()
    p.followUps = [FollowUp(id: "f1", debt: "d1", date: day("2026-02-10"), text: "回电 微众银行")]
    #expect(ids(p, "2026-02-09") == [])
    #expect(ids(p, "2026-02-12") == ["follow:f1"])
    p.reminderStates["follow:f1"] = .done(on: day("2026-02-12"))
    #expect(ids(p, "2026-02-13") == [])
  }

  @Test("ids are the same on every run; the demo's are stable")
  func stableIDs() {
    let today = day("2026-11-23")
    let a = ReminderEngine.reminders(
      portfolio: DemoPortfolio.make(today: today), settings: Settings(), today: today)
    let b = ReminderEngine.reminders(
      portfolio: DemoPortfolio.make(today: today), settings: Settings(), today: today)
    #expect(a.map(\.id) == b.map(\.id))
    #expect(a.map(\.id) == ["overdue:d1:3", "due:d2:4:3"])
    // Every reminder has both languages.
    for r in a { #expect(!r.message.en.isEmpty && !r.message.zh.isEmpty && r.message.en != r.message.zh) }
  }
}
