import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Issue 14: a key that cannot act says why on the message line (never nothing at all), in both
/// languages, naming keys as the key table has them; the footer dims it.
@Suite("Why a key does nothing")
struct DisabledReasonTests {
  func press(_ keys: [Key], _ state: inout AppState, _ keyMap: KeyMap = .standard) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: keyMap) }
  }

  /// The Debts screen filtered down to no row: no debt under the cursor.
  func noRow(_ language: Language = .en) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    press([.character("3"), .character("/")] + "zzzz".map { Key.character($0) } + [.enter], &s)
    return s
  }

  func said(_ s: AppState) -> String { s.message.map { s.t($0.text) } ?? "" }

  @Test(
    "with no debt under the cursor, each debt key says so and changes nothing",
    arguments: ["p", "e", "D", "X", "c", "L", "Enter"])
  func noDebt(_ name: String) throws {
    let key = try #require(Key(name: name))
    for language in [Language.en, .zhHans] {
      var s = noRow(language)
      #expect(s.visibleDebts.isEmpty)
      let before = s.portfolio
      press([key], &s)
      let text = said(s)
      #expect(
        text.contains(language == .en ? "No debt under the cursor" : "光标处没有债务"), "\(name): “\(text)”")
      #expect(s.overlay == nil && s.form == nil && s.detail == nil && s.caseDebt == nil)
      #expect(s.portfolio == before)
    }
  }

  @Test("Today with nothing on it: d, x, z, Z and T say there is no reminder on the line")
  func noReminder() {
    for language in [Language.en, .zhHans] {
      var s = AppState(
        portfolio: Portfolio(), settings: Settings(), today: GoldenScreenTests.today, language: language)
      for name in ["d", "x", "z", "Z", "T"] {
        press([.character(Character(name))], &s)
        #expect(said(s).contains(language == .en ? "No reminder on this line" : "这一行没有提醒"), "\(name)")
        #expect(s.overlay == nil)
      }
    }
  }

  @Test("nothing to undo or redo is said; after a change, undo works and redo then has something")
  func undoRedo() {
    var s = GoldenScreenTests.demoState()
    press([.character("u")], &s)
    #expect(said(s) == "Nothing to undo.")
    press([.control("r")], &s)
    #expect(said(s) == "Nothing to redo.")
    #expect(AppLogic.unavailable(.undo, in: s) != nil)
    press([.character("d")], &s)
    #expect(AppLogic.unavailable(.undo, in: s) == nil && AppLogic.unavailable(.redo, in: s) != nil)
    press([.character("u")], &s)
    #expect(said(s) == "Undone. Ctrl-R to redo.")
    #expect(AppLogic.unavailable(.redo, in: s) == nil)
  }

  @Test("the reasons name the keys of the table: add re-bound to N says N, in both languages")
  func reboundKeyInReason() {
    var keyMap = KeyMap.standard
    #expect(
      keyMap.applyingOverrides([
        (action: "add", keys: ["N"], line: 1), (action: "redo", keys: ["R"], line: 2),
      ]).isEmpty)
    var s = noRow()
    press([.character("p")], &s, keyMap)
    #expect(said(s).contains("or add one (N)."), "\(said(s))")
    s.language = .zhHans
    #expect(said(s).contains("（按 N）"), "\(said(s))")
    var undo = GoldenScreenTests.demoState()
    press([.character("d"), .character("u")], &undo, keyMap)
    #expect(said(undo) == "Undone. R to redo.")
  }

  @Test("every reason exists in both languages, and an action that can act has none")
  func bilingual() {
    let states = [noRow(), GoldenScreenTests.demoState(), CaseScreenTests().openCase()]
    for s in states {
      for action in Action.allCases {
        guard let why = AppLogic.unavailable(action, in: s) else { continue }
        #expect(!why.en.isEmpty && why.zh.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(action)")
      }
    }
    // On the demo's first Today line (借呗, overdue, with its notice) every Today key can act.
    let today = GoldenScreenTests.demoState()
    for action in [Action.pay, .open, .openCase, .liveCall, .reminderDone, .dismissReminder, .snoozeDay] {
      #expect(AppLogic.unavailable(action, in: today) == nil, "\(action)")
    }
  }

  @Test("the footer dims a key that cannot act now, and not one that can")
  func footerDims() throws {
    let s = noRow()
    let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: 100, height: 24)
    let row = try #require(screen.lines().last)
    func style(of label: String) throws -> Style {
      let range = try #require(row.range(of: label), "“\(label)” not in “\(row)”")
      let x = String(row[..<range.lowerBound]).displayWidth
      return screen[x, screen.height - 1].style
    }
    #expect(try style(of: "p record a payment").dim)
    #expect(try style(of: "Enter open").dim)
    #expect(try !style(of: "/ filter").dim)
    #expect(try !style(of: "? help").dim)
  }
}
