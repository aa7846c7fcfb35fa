import Testing

@testable import DebtCore

@Suite("Status and stages")
struct StageTests {
  /// One installment due on 2026-03-01 (a bullet loan started 2026-02-01).
  func bullet(grace: Int) -> Debt {
    makeDebt(
      principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-02-01",
      dueDay: 1, grace: grace)
  }

  func stage(_ debt: Debt, _ asOf: String, payments: [Payment] = []) -> Stage {
    DebtStatus(debt: debt, payments: payments, asOf: day(asOf)).stage
  }

  @Test(
    "buckets with a 3-day grace period",
    arguments: [
      ("2026-02-21", Stage.current), ("2026-02-22", .dueSoon), ("2026-03-01", .dueToday),
      ("2026-03-02", .inGrace), ("2026-03-04", .inGrace), ("2026-03-05", .m1), ("2026-03-31", .m1),
      ("2026-04-01", .m2), ("2026-04-30", .m2), ("2026-05-01", .m3), ("2026-05-30", .m3),
      ("2026-05-31", .m3Plus), ("2027-01-01", .m3Plus),
    ])
  func buckets(asOf: String, expected: Stage) {
    #expect(stage(bullet(grace: 3), asOf) == expected)
  }

  @Test("days past due: day 30 is M1, 31 M2, 60 M2, 61 M3, 90 M3, 91 M3+")
  func bucketEdges() {
    let due = day("2026-03-01")
    for (d, expected) in [
      (1, Stage.m1), (30, .m1), (31, .m2), (60, .m2), (61, .m3), (90, .m3), (91, .m3Plus),
    ] {
      let status = DebtStatus(debt: bullet(grace: 0), payments: [], asOf: due.adding(days: d))
      #expect(status.daysPastDue == d)
      #expect(status.stage == expected, "day \(d)")
    }
  }

  @Test("paying in full settles; paying part leaves it late")
  func payments() {
    let debt = bullet(grace: 0)
    let total = Schedule(for: debt).total
    let full = Payment(id: "p1", debt: "d1", date: day("2026-03-01"), amount: total)
    #expect(stage(debt, "2026-03-10", payments: [full]) == .settled)
    let part = Payment(id: "p1", debt: "d1", date: day("2026-03-01"), amount: total - 1)
    let status = DebtStatus(debt: debt, payments: [part], asOf: day("2026-03-10"))
    #expect(status.stage == .m1)
    #expect(status.overdueAmount == 1)
    // A payment after `asOf` does not count yet.
    #expect(stage(debt, "2026-02-28", payments: [full]) == .dueSoon)
  }

  @Test("penalty: none when paid inside grace; counted from the due date after it")
  func penaltyAndGrace() {
    let debt = bullet(grace: 3)
    let total = Schedule(for: debt).total  // 1,000 + 10 interest = 101,000 fen
    #expect(total == 101_000)
    let inGrace = Payment(id: "p1", debt: "d1", date: day("2026-03-04"), amount: total)
    #expect(DebtStatus(debt: debt, payments: [inGrace], asOf: day("2026-03-20")).penalty == 0)
    // Unpaid on day 10: 101,000 × (12%/365 × 1.5) × 10 days = 498.08 fen → 498.
    let late = DebtStatus(debt: debt, payments: [], asOf: day("2026-03-11"))
    #expect(late.penalty == 498)
    #expect(late.stage == .m1)
    // Still inside grace today: no penalty yet.
    #expect(DebtStatus(debt: debt, payments: [], asOf: day("2026-03-03")).penalty == 0)
    // Paid late on day 5: penalty stops there.
    let paidLate = Payment(id: "p1", debt: "d1", date: day("2026-03-06"), amount: total)
    let after = DebtStatus(debt: debt, payments: [paidLate], asOf: day("2026-04-30"))
    #expect(after.penalty == 249)  // 5 days: 249.04
    #expect(after.stage == .settled)
  }

  @Test("penalty follows partial payments")
  func penaltyPartial() {
    let debt = bullet(grace: 0)
    let half = Payment(id: "p1", debt: "d1", date: day("2026-03-11"), amount: 50_500)
    let status = DebtStatus(debt: debt, payments: [half], asOf: day("2026-03-21"))
    // 10 days on 101,000 and 10 days on 50,500 at 0.049315%/day.
    #expect(status.penalty == 498 + 249)
  }

  @Test("compounding makes penalty grow faster, never slower")
  func compounding() {
    let simple = DebtStatus(debt: bullet(grace: 0), payments: [], asOf: day("2026-09-01")).penalty
    var debt = bullet(grace: 0)
    debt.compoundPenalty = true
    let compound = DebtStatus(debt: debt, payments: [], asOf: day("2026-09-01")).penalty
    #expect(compound > simple)
  }

  @Test("revolving paid in full by the due date owes no interest")
  func revolvingInFull() {
    let card = makeDebt(
      principal: 500_000, basis: .daily, percent: "0.05", method: .revolving, term: 1,
      start: "2026-02-05", dueDay: 5, kind: .creditCard)
    let pay = Payment(id: "p1", debt: "d1", date: day("2026-03-05"), amount: 500_000)
    let s = DebtStatus(debt: card, payments: [pay], asOf: day("2026-03-06"))
    #expect(s.stage == .settled)
    #expect(s.payoffAmount == 0)
    let minimum = Payment(id: "p1", debt: "d1", date: day("2026-03-05"), amount: 50_000)
    #expect(DebtStatus(debt: card, payments: [minimum], asOf: day("2026-03-06")).stage == .current)
  }
}
