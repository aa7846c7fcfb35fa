import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Every dialog as drawn at 80×24 and 120×40, in English and Chinese, on long Chinese data
/// (`DialogStates`). `GoldenScreenTests.check` also fails on text cut without an ellipsis.
@Suite("Golden dialogs")
struct DialogGoldenTests {
  @Test("every dialog, both languages, 80×24 and 120×40", arguments: [Language.en, .zhHans])
  func dialogs(language: Language) throws {
    for (w, h) in GoldenScreenTests.sizes {
      for (name, state) in DialogStates.all(language) {
        var s = state
        s.contentWidth = w
        s.contentHeight = h - 4
        try GoldenScreenTests().check(
          (language == .zhHans ? "zh-" : "") + "dlg-" + name, s, width: w, height: h)
      }
    }
  }
}
