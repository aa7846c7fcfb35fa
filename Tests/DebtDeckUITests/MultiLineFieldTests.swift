import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Notes, what was said and the text of an agreement are text of several lines: Enter starts a
/// new line there, Ctrl-S finishes the form, a paste keeps its line breaks, Ctrl-O hands the text
/// to $EDITOR.
@Suite("Multi-line fields")
struct MultiLineFieldTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  static let said =
    "10月9日下午三点，催收员王女士（工号 A1234）来电，说如果本周不还清就要“上门”。\n我说明了失业的情况，提出每月还 800 元、分 12 期。\n\n"
    + "She asked for it in writing; 她说三天内回电话。"

  /// The demo's 借呗 case with the contact form open, at "What was said".
  func contactAtSummary(_ language: Language = .en) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    s.nowMinute = 14 * 60 + 5
    _ = press([.character("3"), .character("c"), .character("l")] + Array(repeating: Key.down, count: 7), &s)
    return s
  }

  func contactForm(_ s: AppState) -> FieldForm? {
    if case .contact(let d) = s.overlay { return d.form }
    return nil
  }

  @Test("in “What was said” Enter starts a new line and Ctrl-S records the contact with its lines")
  func contactLines() throws {
    var s = contactAtSummary()
    _ = press(type("催收来电") + [.enter] + type("态度恶劣") + [.paste("\r\n第三行\r\n第四行")], &s)
    #expect(contactForm(s)?.text(7) == "催收来电\n态度恶劣\n第三行\n第四行")
    #expect(s.overlay != nil)
    _ = press([.control("s")], &s)
    let entry = try #require(s.portfolio.cases["d1"]?.contacts.last)
    #expect(entry.summary == "催收来电\n态度恶劣\n第三行\n第四行")
    #expect(s.overlay == nil)
  }

  @Test("Enter still records from a one-line field; Tab leaves the text area")
  func enterOnOneLineField() throws {
    var s = contactAtSummary()
    _ = press(type("第一行") + [.enter] + type("第二行") + [.tab] + type("约定") + [.enter], &s)
    let entry = try #require(s.portfolio.cases["d1"]?.contacts.last)
    #expect(entry.summary == "第一行\n第二行")
    #expect(entry.agreed == "约定")
  }

  @Test("↑ on the first line goes to the field above, ↓ moves inside the text, then out")
  func arrowsAtEdges() {
    var s = contactAtSummary()
    s.contentWidth = 80
    _ = press(type("一") + [.enter] + type("二"), &s)
    _ = press([.up], &s)
    #expect(contactForm(s)?.focus == 7)
    _ = press([.up], &s)
    #expect(contactForm(s)?.focus == 6)
    _ = press([.down], &s)
    #expect(contactForm(s)?.focus == 7)
    // Back in the text where its cursor was (the first line): ↓ goes to the second line, ↓ out.
    _ = press([.down], &s)
    #expect(contactForm(s)?.focus == 7)
    _ = press([.down], &s)
    #expect(contactForm(s)?.focus == 8)
  }

  @Test("the add form's notes keep their line breaks in the debt")
  func debtNotes() throws {
    var s = GoldenScreenTests.demoState()
    _ = press([.character("3"), .character("a")], &s)
    _ = press(type("借呗 周转") + [.tab] + type("蚂蚁") + [.tab, .tab] + type("20000") + [.tab] + type("0.05"), &s)
    s.form?.focus = .notes
    _ = press(type("先还利息") + [.enter] + type("第二行"), &s)
    #expect(s.form?.notes.text == "先还利息\n第二行")
    _ = press([.control("s")], &s)
    #expect(s.form == nil)
    let debt = try #require(s.portfolio.debts.last)
    #expect(debt.notes == "先还利息\n第二行")
  }

  @Test("the footer names the keys of a text area in focus")
  func footer() {
    let s = contactAtSummary()
    let text = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
    let last = text.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
    #expect(last.contains("Enter new line") && last.contains("Ctrl-S finish"), "\(last)")
    #expect(s.keyContexts.first == .textArea)
  }

  @Test("Ctrl-O asks the shell for the editor with the text; its answer replaces it, a failure keeps it")
  func editor() {
    var s = contactAtSummary()
    _ = press(type("旧的"), &s)
    let effects = press([.control("o")], &s)
    #expect(effects == [.editInEditor(text: "旧的")])
    _ = AppLogic.editorFinished(.success("新的\n第二行"), state: &s)
    #expect(contactForm(s)?.text(7) == "新的\n第二行")
    _ = AppLogic.editorFinished(
      .failure(LocalizedText(en: "the editor ended with status 1", zh: "编辑器以状态 1 结束")), state: &s)
    #expect(contactForm(s)?.text(7) == "新的\n第二行")
    #expect(s.message?.kind == .error)
    // A one-line field takes the editor's lines as spaces.
    _ = press([.up, .up], &s)
    #expect(press([.control("o")], &s) == [.editInEditor(text: "")])
    _ = AppLogic.editorFinished(.success("王\n女士"), state: &s)
    #expect(contactForm(s)?.focus == 6)
    #expect(contactForm(s)?.text(6) == "王 女士")
    // A choice has no text: it says so and asks for nothing.
    _ = press([.up, .up, .up, .up], &s)
    #expect(contactForm(s)?.focus == 2)
    #expect(press([.control("o")], &s).isEmpty)
    #expect(s.message?.kind == .info)
  }

  @Test("text past the maximum length is left out and the form says so")
  func tooLong() {
    var s = contactAtSummary()
    _ = press([.paste(String(repeating: "长", count: 2100))], &s)
    #expect(contactForm(s)?.text(7).count == 2000)
    #expect(contactForm(s)?.error.map { $0.en.contains("100 were left out") } == true)
  }

  @Test(
    "golden: the contact form's “What was said” with long Chinese lines",
    arguments: [Language.en, .zhHans], GoldenScreenTests.sizes)
  func contactGolden(language: Language, size: (Int, Int)) throws {
    var s = contactAtSummary(language)
    _ = press([.paste(MultiLineFieldTests.said)], &s)
    let text = AppView.render(s, keyMap: .standard, theme: .standard, width: size.0, height: size.1).text
    #expect(text.contains("我说明了失业的情况"), "\(text)")
    try GoldenScreenTests().check(
      "contact-said-\(language == .en ? "en" : "zh")", s, width: size.0, height: size.1)
  }

  @Test(
    "golden: the add form's notes with long Chinese lines", arguments: [Language.en, .zhHans],
    GoldenScreenTests.sizes)
  func notesGolden(language: Language, size: (Int, Int)) throws {
    var s = GoldenScreenTests.demoState(language)
    _ = press([.character("3"), .character("a")], &s)
    _ = press(type("借呗 周转") + [.tab] + type("蚂蚁") + [.tab, .tab] + type("20000") + [.tab] + type("0.05"), &s)
    s.form?.focus = .notes
    _ = press([.paste(MultiLineFieldTests.said)], &s)
    try GoldenScreenTests().check(
      "notes-area-\(language == .en ? "en" : "zh")", s, width: size.0, height: size.1)
  }
}
