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
    // Paid the installment late on day 5: the payment pays the penalty first, so 2.49 of the
    // installment stays unpaid and keeps the debt late.
    let paidLate = Payment(id: "p1", debt: "d1", date: day("2026-03-06"), amount: total)
    let after = DebtStatus(debt: debt, payments: [paidLate], asOf: day("2026-03-06"))
    #expect(after.paidPenalty == 249)  // 5 days: 249.04
    #expect(after.firstUnpaid?.remaining == 249)
    #expect(after.stage == .m1)
    // Paying installment and penalty settles it, and the penalty stops.
    let inFull = Payment(id: "p1", debt: "d1", date: day("2026-03-06"), amount: total + 249)
    let settled = DebtStatus(debt: debt, payments: [inFull], asOf: day("2026-04-30"))
    #expect(settled.stage == .settled)
    #expect(settled.penaltyAccrued == 249)
    #expect(settled.payoffAmount == 0)
  }

  @Test("penalty follows partial payments")
  func penaltyPartial() {
    let debt = bullet(grace: 0)
    let half = Payment(id: "p1", debt: "d1", date: day("2026-03-11"), amount: 50_500)
    let status = DebtStatus(debt: debt, payments: [half], asOf: day("2026-03-21"))
    // 10 days on 101,000 at 18%/365 = 498.0822 (498 shown, paid first by the payment, which
    // clears it), then 10 days on what the rest of the payment left unpaid:
    // 101,000 − (50,500 − 498) = 50,998 → 251.4970. Accrued, rounded once: 749.5792 → 750.
    #expect(status.paidPenalty == 498)
    #expect(status.penalty == 251)
    #expect(status.penaltyAccrued == 750)
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

  @Test("payments reconcile to the fen: principal + interest + penalty + fees + overpaid = paid")
  func reconciles() {
    var debt = makeDebt(principal: 1_234_567, basis: .daily, percent: "0.05", term: 6, grace: 3)
    debt.lateFeePercent = 5
    let schedule = Schedule(for: debt)
    for order in [Debt.defaultAllocationOrder, [.principal, .interest, .penalty, .fees]] as [[AllocationPart]]
    {
      debt.allocationOrder = order
      let payments = [
        Payment(id: "p1", debt: "d1", date: day("2026-03-01"), amount: 150_000),
        Payment(id: "p2", debt: "d1", date: day("2026-05-20"), amount: 77_777),
        Payment(id: "p3", debt: "d1", date: day("2026-09-30"), amount: schedule.total),
      ]
      for asOf in ["2026-02-15", "2026-03-20", "2026-06-01", "2026-10-01"] {
        let s = DebtStatus(debt: debt, payments: payments, asOf: day(asOf))
        #expect(s.paidPrincipal + s.paidInterest + s.paidPenalty + s.paidFees + s.overpaid == s.paidTotal)
        #expect(s.penaltyAccrued == s.penalty + s.paidPenalty)
        #expect(s.remainingPrincipal >= 0 && s.penalty >= 0 && s.fees >= 0)
      }
    }
  }

  @Test("a late fee is charged once per installment still unpaid after grace, and earns no interest")
  func lateFee() {
    var debt = bullet(grace: 3)
    debt.lateFeePercent = 5
    let s = DebtStatus(debt: debt, payments: [], asOf: day("2026-06-01"))
    #expect(s.fees == 5_050)  // 5% of 101,000
    let inGrace = DebtStatus(debt: debt, payments: [], asOf: day("2026-03-04"))
    #expect(inGrace.fees == 0)
    // The fee is not part of the penalty base: the penalty equals the one without a fee.
    #expect(s.penalty == DebtStatus(debt: bullet(grace: 3), payments: [], asOf: day("2026-06-01")).penalty)
  }

  @Test("the allocation order decides what a payment pays")
  func allocationOrder() {
    var debt = bullet(grace: 0)
    let pay = Payment(id: "p1", debt: "d1", date: day("2026-03-11"), amount: 1_000)
    let penaltyFirst = DebtStatus(debt: debt, payments: [pay], asOf: day("2026-03-11"))
    #expect(penaltyFirst.paidPenalty == 498)
    debt.allocationOrder = [.principal, .interest, .penalty, .fees]
    let principalFirst = DebtStatus(debt: debt, payments: [pay], asOf: day("2026-03-11"))
    #expect(principalFirst.paidPenalty == 0)
    #expect(principalFirst.paidPrincipal == 1_000)
  }

  @Test("penalty runs on unchanged across a grace end and a bucket change (day 30 → 31)")
  func penaltyAcrossBucket() {
    let debt = bullet(grace: 3)
    let due = day("2026-03-01")
    let rate = debt.penaltyDailyRate
    for d in [3, 4, 30, 31, 60, 61] {
      let s = DebtStatus(debt: debt, payments: [], asOf: due.adding(days: d))
      // Inside grace nothing; after it, d days on the whole installment, from the due date.
      #expect(s.penalty == (d <= 3 ? 0 : rate.of(101_000 * Int64(d))), "day \(d)")
    }
    #expect(DebtStatus(debt: debt, payments: [], asOf: due.adding(days: 30)).stage == .m1)
    #expect(DebtStatus(debt: debt, payments: [], asOf: due.adding(days: 31)).stage == .m2)
  }
}
