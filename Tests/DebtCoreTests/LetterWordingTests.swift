import Testing

@testable import DebtCore

/// FINDINGS, cosmetic: `my Jiebei 借呗`, `Re: 借呗 (Jiebei)`, `事由：借呗（借呗）`, `Waive the late
/// fees of ¥0.00.`, and a placeholder reason with a real-looking date.
@Suite("Letter wording")
struct LetterWordingTests {
  static let today = LetterTests.today

  static func text(_ kind: LetterKind, name: String, _ language: Language) throws -> String {
    var p = Portfolio()
    var debt = makeDebt(
      principal: 2_000_000, basis: .daily, percent: "0.05", method: .equalInstallment, term: 12,
      start: "2026-08-09", dueDay: 9, kind: .jiebei)
    debt.name = name
    let id = p.add(debt)
    let status = try #require(p.statuses(asOf: today)[id])
    #expect(status.daysPastDue > 0 && status.fees == 0 && status.penalty > 0)
    return LetterWriter(
      debt: try #require(p.debt(id: id)), status: status, caseFile: p.caseFile(for: id), offer: nil,
      today: today, language: language
    ).letter(kind).render(.text)
  }

  @Test("a debt named for its product is not named twice", arguments: LetterKind.allCases)
  func notTwice(_ kind: LetterKind) throws {
    let en = try LetterWordingTests.text(kind, name: "借呗", .en)
    #expect(!en.contains("Jiebei 借呗") && !en.contains("借呗 (Jiebei)"), "\(en)")
    let zh = try LetterWordingTests.text(kind, name: "借呗", .zhHans)
    #expect(!zh.contains("借呗（借呗）") && !zh.contains("借呗“借呗”"), "\(zh)")
  }

  @Test("a name that does not say the product gets it in brackets")
  func productAdded() throws {
    #expect(try LetterWordingTests.text(.negotiation, name: "应急", .en).contains("Re: 应急 (Jiebei),"))
    #expect(try LetterWordingTests.text(.negotiation, name: "应急", .zhHans).contains("事由：应急（借呗），"))
    #expect(try LetterWordingTests.text(.negotiation, name: "应急", .en).contains("my Jiebei 应急,"))
  }

  @Test("no ¥0.00 is asked to be waived; the placeholder reason has no real-looking date")
  func noZeroWaiver() throws {
    for language in [Language.en, .zhHans] {
      let waiver = try LetterWordingTests.text(.waiver, name: "借呗", language)
      #expect(!waiver.contains("¥0.00"), "\(waiver)")
      #expect(waiver.contains(language == .en ? "Waive the penalty interest of" : "减免罚息"))
      #expect(waiver.firstMatch(of: /20\d\d-09-30/) == nil)
    }
  }
}
