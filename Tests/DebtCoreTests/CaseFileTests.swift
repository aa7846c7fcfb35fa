import Foundation
import Testing

@testable import DebtCore

@Suite("Case file: guide, contact log, agreements, cost of waiting")
struct CaseFileTests {
  func at(_ text: String) -> LocalDateTime {
    (try? LocalDateTime(parsing: text)) ?? LocalDateTime(date: LocalDate(ordinal: 0))
  }

  func call(_ time: String, from direction: ContactDirection = .inbound) -> ContactEntry {
    ContactEntry(at: at(time), direction: direction, channel: .call, summary: "call")
  }

  @Test("the guide adapts to the stage")
  func guidePerStage() {
    let grace = Guide.steps(for: .inGrace).map(\.id)
    #expect(grace.first == "pay-now")
    #expect(!grace.contains("door") && !grace.contains("legal"))
    let m1 = Guide.steps(for: .m1).map(\.id)
    #expect(m1.contains("contact-lender") && m1.contains("record") && m1.contains("rights"))
    #expect(m1.firstIndex(of: "contact-lender")! < m1.firstIndex(of: "propose")!)
    #expect(!m1.contains("door") && !m1.contains("legal") && !m1.contains("third-parties"))
    let m2 = Guide.steps(for: .m2).map(\.id)
    #expect(m2.contains("third-parties") && m2.contains("credit-report") && !m2.contains("pay-now"))
    let m3plus = Guide.steps(for: .m3Plus).map(\.id)
    #expect(m3plus.contains("door") && m3plus.contains("legal"))
    let agreement = Guide.steps(for: .agreementInForce).map(\.id)
    #expect(agreement.contains("keep-agreement") && !agreement.contains("contact-lender"))
    #expect(Guide.steps(for: .settled).map(\.id).contains("after-settled"))
    // Every step's text exists in both languages, and every action that drafts names a letter.
    for step in Guide.all {
      #expect(
        !step.title.en.isEmpty && !step.title.zh.isEmpty && !step.why.en.isEmpty && !step.why.zh.isEmpty)
      for item in step.checklist { #expect(!item.en.isEmpty && !item.zh.isEmpty) }
    }
    #expect(Set(Guide.all.map(\.id)).count == Guide.all.count)
  }

  @Test("contact from them at 22:00 is flagged, at 21:59 it is not; 08:00 ends the quiet hours")
  func quietHours() {
    var file = CaseFile(debt: "d1")
    #expect(!file.append(call("2026-11-20 21:59")).flags.contains(.outsideHours))
    #expect(file.append(call("2026-11-20 22:00")).flags.contains(.outsideHours))
    #expect(file.append(call("2026-11-21 07:59")).flags.contains(.outsideHours))
    #expect(!file.append(call("2026-11-21 08:00")).flags.contains(.outsideHours))
    // My own late call is not a breach by them.
    #expect(file.append(call("2026-11-21 23:30", from: .outbound)).flags.isEmpty)
    // The hours are a setting.
    var other = CaseFile(debt: "d1")
    let rules = ContactRules(quietStart: 21 * 60, quietEnd: 9 * 60, maxCallsPerDay: 6)
    #expect(other.append(call("2026-11-20 21:00"), rules: rules).flags.contains(.outsideHours))
  }

  @Test("the 7th call attempt of a day is flagged, not the 6th; a new day starts again")
  func callLimit() {
    var file = CaseFile(debt: "d1")
    for minute in 0..<6 {
      #expect(!file.append(call("2026-11-20 10:0\(minute)")).flags.contains(.tooManyCalls))
    }
    #expect(file.append(call("2026-11-20 10:06")).flags.contains(.tooManyCalls))
    #expect(!file.append(call("2026-11-21 10:00")).flags.contains(.tooManyCalls))
    // SMS and my own calls do not count as call attempts from them.
    var other = CaseFile(debt: "d1")
    for minute in 0..<6 { other.append(call("2026-11-20 11:0\(minute)")) }
    #expect(
      !other.append(
        ContactEntry(at: at("2026-11-20 12:00"), direction: .inbound, channel: .sms, summary: "x")
      )
      .flags.contains(.tooManyCalls))
    #expect(!other.append(call("2026-11-20 12:01", from: .outbound)).flags.contains(.tooManyCalls))
  }

  @Test("third-party contact and visits are flagged; the user cannot set or clear automatic flags")
  func otherFlags() {
    var file = CaseFile(debt: "d1")
    let third = ContactEntry(
      at: at("2026-11-20 10:00"), direction: .inbound, channel: .call, summary: "called my employer",
      thirdParty: true, userFlags: [.threat, .outsideHours])
    let stored = file.append(third)
    #expect(stored.flags == [.thirdParty, .threat])
    let visit = file.append(
      ContactEntry(at: at("2026-11-20 15:00"), direction: .inbound, channel: .visit, summary: "v"))
    #expect(visit.flags == [.visit])
  }

  @Test("the log is append-only: ids in order, a correction is a new entry, the old one stays")
  func appendOnly() throws {
    var portfolio = Portfolio(debts: [makeDebt()])
    let first = portfolio.appendContact(call("2026-11-20 10:00"), to: "d1")
    var fix = call("2026-11-20 10:00")
    fix.summary = "it was 10:30, not 10:00"
    fix.corrects = first.id
    let second = portfolio.appendContact(fix, to: "d1")
    #expect([first.id, second.id] == ["c1", "c2"])
    let file = portfolio.caseFile(for: "d1")
    #expect(file.contacts[0] == first)
    #expect(file.correctedIDs == ["c1"])
    // It survives the file format unchanged, and a decoded log keeps numbering after it.
    let data = try JSONEncoder().encode(portfolio)
    var decoded = try JSONDecoder().decode(Portfolio.self, from: data)
    #expect(decoded.cases == portfolio.cases)
    #expect(decoded.appendContact(call("2026-11-21 09:00"), to: "d1").id == "c3")
    // Deleting the debt keeps its log (it is evidence).
    decoded.delete(debtID: "d1")
    #expect(decoded.cases["d1"]?.contacts.count == 3)
  }

  /// A ¥10,000 bullet loan at 0.05 % a day, due 2026-11-15, no grace, penalty 1.5×: unpaid on
  /// 2026-11-23 (8 days late). Interest 10,000 × 0.0005 × 31 days = 155.00, so ¥10,155.00 is
  /// overdue; penalty 0.075 % a day on it = 7.61625 a day, kept exact and rounded once:
  /// 8 × 7.61625 = 60.93. Waiting a day costs 7.61625 → 7.62, every day the overdue amount stays;
  /// a week 7 × 7.61625 = 53.31375 → 53.31.
  @Test("cost of waiting a day and a week, hand-checked")
  func costOfWaiting() {
    let debt = makeDebt(
      principal: 1_000_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-10-15")
    let summary = CaseSummary(debt: debt, payments: [], caseFile: nil, today: day("2026-11-23"))
    #expect(summary.status.overdueAmount == 1_015_500)
    #expect(summary.status.daysPastDue == 8)
    #expect(summary.status.penaltyAccrued == 6_093)
    #expect(summary.costOfWaitingDay == 762)
    #expect(summary.costOfWaitingWeek == 5_331)
    let later = CaseSummary(debt: debt, payments: [], caseFile: nil, today: day("2026-12-20"))
    #expect(later.costOfWaitingDay == 762)
    #expect(summary.stage == .m1)
    // Paid in full: waiting costs nothing.
    let paid = CaseSummary(
      debt: debt, payments: [Payment(id: "p1", debt: "d1", date: day("2026-11-23"), amount: 1_021_593)],
      caseFile: nil, today: day("2026-11-23"))
    #expect(paid.costOfWaitingDay == 0 && paid.costOfWaitingWeek == 0)
  }

  @Test("an agreement drives the stage: proposed → negotiating, kept → in force, broken → overdue again")
  func agreementStage() {
    let debt = makeDebt(
      principal: 1_000_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-10-15")
    var file = CaseFile(debt: "d1")
    let today = day("2026-11-23")
    file.append(Agreement(madeOn: today, kind: .installments, confirmed: .proposed))
    #expect(CaseSummary(debt: debt, payments: [], caseFile: file, today: today).stage == .negotiating)
    file.append(
      Agreement(
        madeOn: today, kind: .installments, confirmed: .writing,
        schedule: [
          .init(date: day("2026-12-05"), amount: 500_000), .init(date: day("2027-01-05"), amount: 521_593),
        ]))
    #expect(CaseSummary(debt: debt, payments: [], caseFile: file, today: today).stage == .agreementInForce)
    // The first agreed payment missed: the debt is overdue again.
    let missed = CaseSummary(debt: debt, payments: [], caseFile: file, today: day("2026-12-06"))
    #expect(missed.stage.isDelinquent)
    #expect(missed.agreementProgress?.missedSince == day("2026-12-05"))
    // Kept to the end: settled.
    let payments = [
      Payment(id: "p1", debt: "d1", date: day("2026-12-05"), amount: 500_000),
      Payment(id: "p2", debt: "d1", date: day("2027-01-05"), amount: 521_593),
    ]
    #expect(
      CaseSummary(debt: debt, payments: payments, caseFile: file, today: day("2026-12-20")).stage
        == .agreementInForce)
    #expect(
      CaseSummary(debt: debt, payments: payments, caseFile: file, today: day("2027-01-06")).stage == .settled)
  }

  @Test("offer: what is left after essentials, reserve and the other debts, and for how long")
  func offer() {
    let debt = makeDebt(
      principal: 1_000_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-10-15")
    let status = DebtStatus(debt: debt, payments: [], asOf: day("2026-11-23"))
    let offer = Offer(
      inputs: OfferInputs(monthlyIncome: 800_000, essentialSpending: 500_000, reserve: 50_000),
      status: status,
      otherMinimums: 100_000)
    #expect(offer.available == 150_000)
    #expect(offer.monthly == 150_000)
    // 10,155.00 without the penalty: 68 months of 1,500 → 7 (6.77 rounded up).
    #expect(offer.owedIfWaived == 1_015_500)
    #expect(offer.monthsIfWaived == 7)
    #expect(offer.months == 7)
    let none = Offer(
      inputs: OfferInputs(monthlyIncome: 500_000, essentialSpending: 500_000), status: status,
      otherMinimums: 0)
    #expect(none.isShortfall && none.months == nil)
  }

  @Test("a complaint is decided within 15 calendar days, a credit-report objection answered within 20")
  func replyDeadlines() {
    #expect(Filing.complaint.replyDue(after: day("2026-11-23")) == day("2026-12-08"))
    #expect(Filing.creditObjection.replyDue(after: day("2026-11-23")) == day("2026-12-13"))
    #expect(day("2026-11-27").addingWorkingDays(1) == day("2026-11-30"))
  }

  @Test("times parse as people write them and refuse what is not a time")
  func times() throws {
    #expect(try LocalDateTime(parsing: "2026-11-23 22:00").minuteOfDay == 22 * 60)
    #expect(try LocalDateTime(parsing: "2026/11/23T9:05").description == "2026-11-23 09:05")
    #expect(try LocalDateTime(parsing: "2026-11-23").minuteOfDay == 0)
    for bad in ["2026-11-23 24:00", "2026-11-23 9:5", "2026-11-23 x", "22:00"] {
      #expect(throws: DateParseError.self) { try LocalDateTime(parsing: bad) }
    }
  }

  @Test("SHA-256 matches the FIPS 180-4 examples")
  func sha256() {
    #expect(
      SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    #expect(
      SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
        == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    var streamed = SHA256()
    for _ in 0..<1000 { streamed.update(Array(repeating: UInt8(ascii: "a"), count: 1000)) }
    #expect(streamed.finalizeHex() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
  }
}
