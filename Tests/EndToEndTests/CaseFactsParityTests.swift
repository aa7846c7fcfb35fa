import DebtCore
import DebtStore
import Foundation
import Testing

@testable import DebtDeckUI

/// The case screen and `debtdeck case` show one case: the same facts, the same ladder and the same
/// agreement, in both languages (they were laid out twice and had drifted: the screen showed the
/// next agreed payment after today, not the missed one that is still owed).
@Suite("Case facts: the screen and the command line agree")
struct CaseFactsParityTests {
  @Test("facts, ladder and a broken agreement: the same on the case screen and in `debtdeck case`")
  func sameFacts() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    // Agreed on 25 Oct: ¥500 on 1 Nov (not paid: the demo records no payment since) and ¥500 on 20 Dec.
    let agreed = try cli.run([
      "agree", "d1", "--kind", "installments", "--confirmed", "writing", "--on", "2026-10-25",
      "--payment", "2026-11-01 500", "--payment", "2026-12-20 500", "--summary", "分两期还款",
    ])
    #expect(agreed.status == 0, "\(agreed.stderr)")
    let loaded = try PortfolioStore(
      location: DataLocation(dataDirectory: cli.dataDir + "/data", configDirectory: cli.dataDir + "/config")
    ).load()
    for language in [Language.en, .zhHans] {
      let code = language == .en ? "en" : "zh-Hans"
      let printed = try cli.run(["case", "d1", "--lang", code])
      #expect(printed.status == 0, "\(printed.stderr)")
      var state = AppState(
        portfolio: loaded.portfolio, settings: Settings(),
        today: LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(ordinal: 0),
        language: language)
      state.caseDebt = "d1"
      let summary = try #require(state.caseSummary)
      let header = CaseScreen.headerLines(state, summary, width: 10_000, .mono).map(\.0).joined(
        separator: "\n")
      let details = CaseScreen.detailLines(state, summary, width: 10_000, .mono).lines.map(\.0)
        .joined(separator: "\n")
      let t = { (text: LocalizedText) in language == .en ? text.en : text.zh }

      let facts = CaseFacts.facts(summary)
      #expect(facts.count >= 8)
      for fact in facts {
        #expect(
          printed.stdout.contains(t(fact.label)) && printed.stdout.contains(t(fact.value)), "\(t(fact.label))"
        )
        #expect(header.contains(t(fact.label)) && header.contains(t(fact.value)), "\(t(fact.label))")
      }
      for rung in CaseFacts.ladder(summary, today: state.today) {
        #expect(printed.stdout.contains(t(rung.title)) && details.contains(t(rung.title)), "\(t(rung.title))")
      }
      // The agreement, worked out here: ¥0 of ¥1,000 paid, ¥500 behind, the next one owed is the
      // missed 1 November payment.
      let next = language == .en ? "next: ¥500.00 on 2026-11-01" : "下一期：2026-11-01 ¥500.00"
      let progress =
        language == .en ? "paid ¥0.00 of ¥1,000.00, behind ¥500.00" : "已还 ¥0.00 / ¥1,000.00，落后 ¥500.00"
      for text in [printed.stdout, details] {
        #expect(text.contains(next), "\(code): \(text)")
        #expect(text.contains(progress), "\(code): \(text)")
        #expect(text.contains("分两期还款"))
      }
    }
  }
}
