import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

@Suite("Help")
struct HelpOverlayTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  func screen(_ s: AppState, _ w: Int = 80, _ h: Int = 24) -> String {
    AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h).text
  }

  @Test("at 80×24 every key in the table is reached by scrolling, the current screen's first")
  func reachEveryKey() {
    var s = GoldenScreenTests.demoState()
    s.contentHeight = 24 - 4
    press([.character("3"), .character("?")], &s)
    let first = screen(s)
    // Opened on Debts: its keys come before the rest.
    let lines = first.split(separator: "\n").map(String.init)
    let debtsHeading = lines.firstIndex { $0.contains("│ Debts") } ?? 99
    let todayHeading = lines.firstIndex { $0.contains("│ Today") } ?? 99
    #expect(debtsHeading < todayHeading, "\(first)")
    var seen = Set<String>()
    for _ in 0..<100 {
      for line in screen(s).split(separator: "\n") { seen.insert(String(line)) }
      press([.pageDown], &s)
    }
    let text = seen.joined(separator: "\n")
    for binding in KeyMap.standard.bindings {
      #expect(text.contains(binding.help.en), "“\(binding.help.en)” (\(binding.key.name)) never shown")
    }
    #expect(s.overlay == .help)
    press([.escape], &s)
    #expect(s.overlay == nil)
  }

  @Test("typing filters the help, in English and in Chinese; Esc clears the filter, then closes")
  func filter() {
    var s = GoldenScreenTests.demoState()
    press([.character("?")] + "undo".map { Key.character($0) }, &s)
    var text = screen(s)
    #expect(text.contains("undo") && !text.contains("someone is at the door"), "\(text)")
    press([.escape], &s)
    #expect(s.overlay == .help)
    s.language = .zhHans
    press([.paste("撤销")], &s)
    text = screen(s)
    #expect(text.contains("撤销") && !text.contains("有人上门"), "\(text)")
    press([.escape, .escape], &s)
    #expect(s.overlay == nil)
  }
}

extension HelpOverlayTests {
  @Test("every context has a heading of its own in both languages")
  func headings() {
    for context in KeyContext.allCases {
      let name = HelpOverlay.contextNames[context]
      #expect(name != nil && name?.en != context.rawValue, "\(context) has no heading")
    }
  }
}
