import Testing

@testable import DebtCore

@Suite("Reminders from the case file")
struct CaseReminderTests {
  /// One installment of 1,010.00 due on 2026-03-01 (a bullet loan), unpaid.
  func portfolio() -> Portfolio {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-02-01",
        dueDay: 1))
    return p
  }

  func reminders(_ p: Portfolio, _ today: String) -> [Reminder] {
    ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day(today))
  }

  func entry(_ time: String, promise: ContactPromise? = nil, filing: Filing? = nil) -> ContactEntry {
    ContactEntry(
      at: (try? LocalDateTime(parsing: time)) ?? LocalDateTime(date: day("2026-03-10")), direction: .outbound,
      channel: .call, summary: "call", promises: promise.map { [$0] } ?? [], filing: filing)
  }

  @Test("a promise to pay becomes a reminder at the lead times, turns urgent when missed, and ends when paid")
  func promiseToPay() {
    var p = portfolio()
    p.appendContact(
      entry("2026-03-10 10:00", promise: ContactPromise(by: .me, due: day("2026-03-20"), amount: 50_000)),
      to: "d1")
    #expect(!reminders(p, "2026-03-12").contains { $0.kind == .promise })
    let week = reminders(p, "2026-03-13").filter { $0.kind == .promise }
    #expect(week.map(\.id) == ["promise:d1:c1:0"])
    #expect(week.first?.amount == 50_000 && week.first?.severity == .info)
    let missed = reminders(p, "2026-03-21").filter { $0.kind == .promise }
    #expect(missed.first?.severity == .danger)
    #expect(missed.first?.message.en.contains("you promised") == true)
    // A payment after the promise covering it keeps the promise: no reminder.
    p.record(Payment(id: "", debt: "d1", date: day("2026-03-19"), amount: 50_000))
    #expect(!reminders(p, "2026-03-21").contains { $0.kind == .promise })
    // Their promises are not payment reminders.
    var q = portfolio()
    q.appendContact(
      entry("2026-03-10 10:00", promise: ContactPromise(by: .them, due: day("2026-03-12"))), to: "d1")
    #expect(!reminders(q, "2026-03-12").contains { $0.kind == .promise })
  }

  @Test("an agreement in force replaces the overdue reminders with its own payments")
  func agreementReminders() {
    var p = portfolio()
    #expect(reminders(p, "2026-03-11").contains { $0.kind == .overdue })
    p.appendAgreement(
      Agreement(
        madeOn: day("2026-03-10"), kind: .installments, confirmed: .writing,
        schedule: [
          .init(date: day("2026-03-25"), amount: 50_000), .init(date: day("2026-04-25"), amount: 51_100),
        ]),
      to: "d1")
    let inForce = reminders(p, "2026-03-18")
    #expect(!inForce.contains { $0.kind == .overdue })
    #expect(inForce.map(\.id) == ["agreed:d1:a1:1:7"])
    // Missed: a danger reminder, and the original overdue ones return (the agreement is broken).
    let broken = reminders(p, "2026-03-26")
    #expect(broken.contains { $0.id == "agreed-missed:d1:a1:1" && $0.severity == .danger })
    #expect(broken.contains { $0.kind == .overdue })
    // Paid: the next agreed payment is announced in its turn.
    p.record(Payment(id: "", debt: "d1", date: day("2026-03-25"), amount: 50_000))
    #expect(reminders(p, "2026-04-18").map(\.id) == ["agreed:d1:a1:2:7"])
    // A proposal alone changes nothing in the reminders.
    var q = portfolio()
    q.appendAgreement(
      Agreement(madeOn: day("2026-03-10"), kind: .installments, confirmed: .proposed), to: "d1")
    #expect(reminders(q, "2026-03-11").contains { $0.kind == .overdue })
  }

  @Test("complaint decisions are due in 15 calendar days, objection answers in 20 days")
  func replyDeadlines() {
    var p = portfolio()
    p.appendContact(entry("2026-03-02 10:00", filing: .complaint), to: "d1")
    p.appendContact(entry("2026-03-02 11:00", filing: .creditObjection), to: "d1")
    // 2026-03-02 + 15 days = 2026-03-17; + 20 days = 2026-03-22. Each shows the day before.
    #expect(!reminders(p, "2026-03-15").contains { $0.kind == .replyDue })
    #expect(reminders(p, "2026-03-16").filter { $0.kind == .replyDue }.map(\.id) == ["reply:d1:c1"])
    let due = reminders(p, "2026-03-22").filter { $0.kind == .replyDue }
    #expect(Set(due.map(\.id)) == ["reply:d1:c1", "reply:d1:c2"])
    #expect(due.first { $0.id == "reply:d1:c1" }?.eventDate == day("2026-03-17"))
    #expect(due.first { $0.id == "reply:d1:c2" }?.eventDate == day("2026-03-22"))
    // Marking it done is stored by id like every reminder.
    p.reminderStates["reply:d1:c1"] = .done(on: day("2026-03-22"))
    #expect(reminders(p, "2026-03-25").filter { $0.kind == .replyDue }.map(\.id) == ["reply:d1:c2"])
  }
}
