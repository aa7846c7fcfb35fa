import Testing

@testable import DebtCore

@Suite("The credit report: kept 5 years from the end of the default")
struct CreditRecordTests {
  /// ¥1,000 bullet at 12% due 2026-03-01, reported to 征信.
  func debt(reports: Bool = true) -> Debt {
    var d = makeDebt(
      principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-02-01", dueDay: 1
    )
    d.reportsToCreditBureau = reports
    return d
  }

  func outlook(_ d: Debt, _ payments: [Payment], _ today: String) -> CreditRecordOutlook {
    let status = DebtStatus(debt: d, payments: payments, asOf: day(today))
    return CreditRecordOutlook(debt: d, status: status, payments: payments, rules: .shipped)
  }

  @Test("while overdue, the earliest deletion is five years from today, and moves every day")
  func moves() {
    let d = debt()
    guard case .open(_, let a) = outlook(d, [], "2026-04-10"),
      case .open(_, let b) = outlook(d, [], "2026-04-11")
    else {
      Issue.record("expected an open default")
      return
    }
    #expect(a == day("2031-04-10") && b == day("2031-04-11"))
  }

  @Test("once settled late, the date is fixed: five years from the settling payment")
  func settled() {
    let d = debt()
    let owed = DebtStatus(debt: d, payments: [], asOf: day("2026-04-15")).payoffAmount
    let paid = [Payment(id: "p1", debt: "d1", date: day("2026-04-15"), amount: owed)]
    for today in ["2026-05-01", "2027-01-01", "2030-12-31"] {
      #expect(outlook(d, paid, today) == .ended(endedOn: day("2026-04-15"), deletion: day("2031-04-15")))
    }
    // Settled on a 29 February: the anniversary five years on is 28 February.
    let leap = makeDebt(
      principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2028-01-01", dueDay: 1
    )
    let leapOwed = DebtStatus(debt: leap, payments: [], asOf: day("2028-02-29")).payoffAmount
    let leapPaid = [Payment(id: "p1", debt: "d1", date: day("2028-02-29"), amount: leapOwed)]
    #expect(
      CreditRecordOutlook(
        debt: leap, status: DebtStatus(debt: leap, payments: leapPaid, asOf: day("2028-06-01")),
        payments: leapPaid,
        rules: .shipped) == .ended(endedOn: day("2028-02-29"), deletion: day("2033-02-28")))
  }

  @Test("paid on time: no negative record; a lender that does not report: nothing")
  func none() {
    let d = debt()
    let onTime = [Payment(id: "p1", debt: "d1", date: day("2026-03-01"), amount: 200_000)]
    #expect(outlook(d, onTime, "2026-06-01") == .noNegative)
    #expect(outlook(debt(reports: false), [], "2026-06-01") == .notReported)
  }

  @Test("an overridden retention period is used")
  func overridden() {
    let d = debt()
    let rules = RuleBook.shipped.applying([.creditRetention: RuleOverride(value: "3")])
    let status = DebtStatus(debt: d, payments: [], asOf: day("2026-04-10"))
    #expect(
      CreditRecordOutlook(debt: d, status: status, payments: [], rules: rules)
        == .open(since: status.lateSince ?? day("2026-03-01"), earliestDeletion: day("2029-04-10")))
  }
}
