import Foundation
import Testing

@testable import DebtCore

@Suite("The credit report: the pre-report notice, the free reports, the check after settling")
struct CreditReminderTests {
  static func portfolio(notice: PreReportNotice?, paid: Payment? = nil) -> Portfolio {
    var p = Portfolio()
    var debt = makeDebt(start: "2026-05-15")
    debt.reportsToCreditBureau = true
    p.add(debt)
    if let paid { p.payments.append(paid) }
    var file = p.caseFile(for: "d1")
    file.preReportNotice = notice
    p.cases["d1"] = file
    return p
  }

  func credit(_ p: Portfolio, _ today: String) -> [Reminder] {
    ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day(today))
      .filter { $0.kind == .creditReport }
  }

  @Test("nothing until the credit report is followed (a pre-report notice recorded)")
  func quietWithoutNotice() {
    #expect(credit(CreditReminderTests.portfolio(notice: nil), "2026-11-23").isEmpty)
  }

  @Test("two free reports a year: one notice per half, from January 1 and July 1, until done")
  func twiceAYear() {
    var p = CreditReminderTests.portfolio(notice: PreReportNotice(given: .no, on: day("2026-11-20")))
    let h2 = credit(p, "2026-11-23")
    #expect(h2.map(\.id) == ["credit-report:2026-h2"])
    #expect(h2.first?.date == day("2026-07-01") && h2.first?.message.en.contains("2 free a year") == true)
    #expect(credit(p, "2026-06-30").map(\.id) == ["credit-report:2026-h1"])
    #expect(credit(p, "2026-07-01").map(\.id) == ["credit-report:2026-h2"])
    p.reminderStates["credit-report:2026-h2"] = .done(on: day("2026-11-23"))
    #expect(credit(p, "2026-12-31").isEmpty)
    #expect(credit(p, "2027-01-01").map(\.id) == ["credit-report:2027-h1"])
  }

  @Test("a month after settling, check the report shows 结清: from that day, for a year, one id")
  func afterSettling() {
    // Far more than owed, on 2026-09-10: settled that day.
    let p = CreditReminderTests.portfolio(
      notice: PreReportNotice(given: .yes, on: day("2026-07-01")),
      paid: Payment(id: "p1", debt: "d1", date: day("2026-09-10"), amount: 5_000_000))
    func check(_ today: String) -> [Reminder] { credit(p, today).filter { $0.id.hasPrefix("credit-check:") } }
    #expect(check("2026-10-09").isEmpty)
    #expect(check("2026-10-10").map(\.id) == ["credit-check:d1"])
    #expect(check("2026-10-10").first?.message.en.contains("settled on 2026-09-10") == true)
    #expect(check("2027-09-09").map(\.id) == ["credit-check:d1"])
    #expect(check("2027-09-10").isEmpty)
  }

  @Test("the brief cache keeps the notice: `today` from the cache has the same credit reminders")
  func briefCache() throws {
    let p = CreditReminderTests.portfolio(
      notice: PreReportNotice(given: .unknown, on: nil),
      paid: Payment(id: "p1", debt: "d1", date: day("2026-09-10"), amount: 5_000_000))
    let read = try BriefSnapshot(lines: Substring(BriefSnapshot(p).lines()))
    #expect(read.cases["d1"]?.preReportNotice == p.cases["d1"]?.preReportNotice)
    let today = day("2026-11-23")
    let statuses = try #require(read.statuses(asOf: today, dueSoonDays: 7))
    let cached = ReminderEngine.reminders(
      portfolio: read.portfolio, settings: Settings(), today: today, statuses: statuses
    ).filter { $0.kind == .creditReport }
    #expect(cached.map(\.id) == credit(p, "2026-11-23").map(\.id))
    #expect(Set(cached.map(\.id)) == ["credit-report:2026-h2", "credit-check:d1"])
  }

  @Test("the notice is kept in the data file and says what it means")
  func codable() throws {
    var file = CaseFile(debt: "d1")
    file.preReportNotice = PreReportNotice(given: .no, on: day("2026-11-20"))
    let again = try JSONDecoder().decode(CaseFile.self, from: JSONEncoder().encode(file))
    #expect(again.preReportNotice == file.preReportNotice && !again.isEmpty)
    #expect(file.preReportNotice?.text(rules: .shipped).en.contains("art. 15") == true)
    #expect(file.preReportNotice?.text(rules: .shipped).zh.contains("第十五条") == true)
  }

  @Test("a settled debt's guide is the close-out checklist: the 结清证明, then the report shows 结清")
  func closeOut() {
    let ids = Guide.steps(for: .settled).map(\.id)
    #expect(ids.starts(with: []) && ids.contains("after-settled") && ids.contains("check-report-settled"))
    let check = Guide.step(id: "check-report-settled")
    #expect(check?.action == .letter(.creditObjection))
    #expect(check?.checklist.contains { $0.zh.contains("结清") } == true)
    #expect(Guide.step(id: "after-settled")?.title.zh.contains("结清证明") == true)
  }
}
