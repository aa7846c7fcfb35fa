import Testing

@testable import DebtCore

/// FINDINGS: the letter carousel offered every kind whatever the case held.
@Suite("Which letters a case offers")
struct LetterChoiceTests {
  static func debt(_ kind: ProductKind, reports: Bool) -> Debt {
    var d = makeDebt(
      principal: 1_000_000, basis: .daily, percent: "0.05", method: .equalInstallment, term: 12,
      start: "2026-08-09", dueDay: 9, kind: kind)
    d.id = "d1"
    d.reportsToCreditBureau = reports
    return d
  }

  static func contact(thirdParty: Bool) -> ContactEntry {
    ContactEntry(
      at: LocalDateTime(date: LetterTests.today, hour: 10), direction: .inbound, channel: .call,
      summary: "call", thirdParty: thirdParty)
  }

  @Test(
    "stop-third-party once a third party was contacted; credit-objection when reported; cards only for cards")
  func choice() {
    var file = CaseFile(debt: "d1")
    let quiet = LetterKind.available(for: LetterChoiceTests.debt(.jiebei, reports: false), caseFile: file)
    #expect(
      !quiet.contains(.stopThirdParty) && !quiet.contains(.creditObjection)
        && !quiet.contains(.cardInstallment))
    #expect(quiet.contains(.negotiation) && quiet.contains(.waiver) && quiet.contains(.complaint))
    file = CaseFile(debt: "d1", contacts: [LetterChoiceTests.contact(thirdParty: false)], agreements: [])
    #expect(
      !LetterKind.available(for: LetterChoiceTests.debt(.jiebei, reports: false), caseFile: file).contains(
        .stopThirdParty))
    file = CaseFile(
      debt: "d1",
      contacts: [LetterChoiceTests.contact(thirdParty: false), LetterChoiceTests.contact(thirdParty: true)],
      agreements: [])
    let card = LetterKind.available(for: LetterChoiceTests.debt(.creditCard, reports: true), caseFile: file)
    #expect(
      card.contains(.stopThirdParty) && card.contains(.creditObjection) && card.contains(.cardInstallment))
  }
}
