import Foundation
import TerminalUI
import Testing

@testable import DebtDeckUI

/// Issue 18, item 7: no key file can take away the way out.
@Suite("Key file rules")
struct KeyFileRulesTests {
  static func apply(_ json: String) -> (KeyMap, [String]) {
    var map = KeyMap.standard
    let problems = map.applyFile("/keys.json", contents: Data(json.utf8))
    return (map, problems)
  }

  @Test(
    "an unknown key or an empty list leaves quit's default keys and says so",
    arguments: [#"{"quit": ["Hyper-Q"]}"#, #"{"quit": []}"#])
  func noKeyLeft(_ json: String) {
    let (map, problems) = KeyFileRulesTests.apply(json)
    #expect(map.action(for: .character("q"), in: [.global]) == .quit)
    #expect(map.action(for: .control("c"), in: [.global]) == .quit)
    #expect(problems.contains { $0.contains("would have no key") }, "\(problems)")
  }

  @Test("quit re-bound to Q: Q quits, Ctrl-C still quits")
  func ctrlCStays() {
    let (map, _) = KeyFileRulesTests.apply(#"{"quit": ["Q"]}"#)
    #expect(map.action(for: .character("Q"), in: [.global]) == .quit)
    #expect(map.action(for: .control("c"), in: [.global]) == .quit)
  }

  @Test("another action cannot take q or Ctrl-C, on any screen")
  func quitKeysNotTaken() {
    let (map, problems) = KeyFileRulesTests.apply(#"{"undo": ["q", "Ctrl-C"]}"#)
    // On every screen q and Ctrl-C do what they did before (quit, or close an overlay).
    for context in KeyContext.allCases {
      for key in [Key.character("q"), .control("c")] {
        #expect(
          map.action(for: key, in: [context, .global])
            == KeyMap.standard.action(for: key, in: [context, .global]),
          "\(context)")
      }
    }
    #expect(problems.contains { $0.contains("not taken") }, "\(problems)")
  }

  @Test("a key file with 100,000 entries is refused whole, at once")
  func huge() {
    let body = (0..<100_000).map { "\"a\($0)\": [\"x\"]" }.joined(separator: ",")
    let (map, problems) = KeyFileRulesTests.apply("{\(body)}")
    #expect(problems.count == 1 && problems[0].contains("100000 entries"), "\(problems.prefix(2))")
    #expect(map.bindings.count == KeyMap.standard.bindings.count)
  }
}

@Suite("Messages name the keys of the table")
struct MessageKeyNameTests {
  @Test("after undo is re-bound to U, the messages say U, in both languages")
  func reboundUndo() {
    var keyMap = KeyMap.standard
    #expect(keyMap.applyingOverrides([(action: "undo", keys: ["U"], line: 1)]).isEmpty)
    var s = GoldenScreenTests.demoState()
    _ = AppLogic.handle(.character("d"), state: &s, keyMap: keyMap)
    // The first line is the overdue 借呗: done acknowledges its reminder, the line stays until paid.
    #expect(
      s.message.map { s.t($0.text) }
        == "Done: acknowledged; the line stays until it is paid. U to undo.")
    s.language = .zhHans
    #expect(s.message.map { s.t($0.text) } == "已完成：提醒已确认，还清前仍会显示。按 U 撤销。")
    // With the standard table, u.
    var plain = GoldenScreenTests.demoState()
    _ = AppLogic.handle(.character("d"), state: &plain, keyMap: .standard)
    #expect(plain.message.map { plain.t($0.text) }?.hasSuffix("u to undo.") == true)
  }
}
