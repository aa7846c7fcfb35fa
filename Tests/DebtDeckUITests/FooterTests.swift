import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Issue 14: the footer keeps `?` help and the place's main key at any width, and a hint that does
/// not fit is left out without hiding the ones after it.
@Suite("Footer")
struct FooterTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  /// Every place with a footer: the six screens, the detail, the case, a letter, a page, the
  /// rehearsal, the form, a dialog, the help.
  static func places(_ language: Language) -> [(String, AppState)] {
    let base = GoldenScreenTests.demoState(language)
    var out: [(String, AppState)] = []
    for screen in Screen.allCases {
      var s = base
      s.screen = screen
      out.append(("\(screen)", s))
    }
    func after(_ keys: [Key], from start: AppState = base) -> AppState {
      var s = start
      for key in keys { _ = AppLogic.handle(key, state: &s, keyMap: .standard) }
      return s
    }
    let caseFile = after([.character("3"), .character("c")])
    out += [
      ("detail", after([.character("3"), .enter])), ("case", caseFile),
      ("letter", after([.character("w")], from: caseFile)), ("page", after([.character("!")])),
      ("rehearsal", after([.character("r")], from: caseFile)), ("form", after([.character("a")])),
      ("pay", after([.character("p")])), ("help", after([.character("?")])),
    ]
    return out
  }

  /// What a binding's hint reads in the footer.
  static func hint(_ b: Binding, _ s: AppState) -> String {
    b.key.symbol + " " + (b.action == .door ? s.t(LocalizedText(en: "door", zh: "有人上门")) : s.t(b.help))
  }

  @Test(
    "at 80 and 50 columns, in both languages: ? help and the main key stay; nothing left out would have fit",
    arguments: [80, 50])
  func keepsEssentials(width: Int) throws {
    for language in [Language.en, .zhHans] {
      for (name, s) in FooterTests.places(language) {
        let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: width, height: 24)
        let row = try #require(screen.lines().last)
        let place = "\(name) \(language) \(width): “\(row)”"
        let contexts = s.keyContexts
        var seen: Set<Action> = []
        let hints = KeyMap.standard.footer(for: contexts).filter { seen.insert($0.action).inserted }
        // `?` opens the help wherever typing does not take it (forms and dialogs take text).
        if ![.form, .dialog, .help].contains(contexts[0]) {
          let help = try #require(hints.first { $0.action == .help }, "no help in \(place)")
          #expect(row.contains(FooterTests.hint(help, s)), "\(place)")
        }
        let main = try #require(Footer.mainAction[contexts[0]], "no main key for \(contexts[0])")
        let mainHint = try #require(hints.first { $0.action == main }, "main key not a footer key: \(place)")
        #expect(row.contains(FooterTests.hint(mainHint, s)), "\(place)")
        // Greedy: a hint left out is one that would not fit in what is left of the row.
        let used = row.replacingOccurrences(of: " +$", with: "", options: .regularExpression).displayWidth + 2
        for b in hints where !row.contains(FooterTests.hint(b, s)) {
          #expect(
            used + FooterTests.hint(b, s).displayWidth + 2 > width,
            "“\(FooterTests.hint(b, s))” would fit in \(place)")
        }
      }
    }
  }

  @Test("? in a letter opens the help with the letter's keys first; Esc goes back to the letter")
  func helpOverLetter() {
    var s = CaseScreenTests().openCase()
    press([.character("w")], &s)
    guard case .letter(_, let kind, _) = s.overlay else {
      Issue.record("no letter")
      return
    }
    press([.character("?")], &s)
    #expect(s.overlay == .help)
    #expect(s.help?.first.first == .letter, "\(s.help?.first ?? [])")
    let text = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
    #expect(text.contains("│ Letters"), "\(text)")
    press([.escape], &s)
    guard case .letter(_, let again, _) = s.overlay else {
      Issue.record("the letter did not come back: \(String(describing: s.overlay))")
      return
    }
    #expect(again == kind)
    // On the page and the rehearsal too.
    press([.escape, .character("r"), .character("?"), .character("q")], &s)
    guard case .rehearsal = s.overlay else {
      Issue.record("the rehearsal did not come back")
      return
    }
  }
}
