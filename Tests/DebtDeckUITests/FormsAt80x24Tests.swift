import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// The add/edit form and the dialogs at 80×24: whatever field has the focus is on screen, and the
/// preview below the fields is reached.
@Suite("Forms at 80×24")
struct FormsAt80x24Tests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  func screen(_ s: AppState, _ w: Int = 80, _ h: Int = 24) -> String {
    AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h).text
  }

  /// The add form with a 借呗 of ¥20,000 at 0.05 % a day typed in.
  func filledForm() -> AppState {
    var s = GoldenScreenTests.demoState()
    press([.character("3"), .character("a")], &s)
    press(
      type("借呗 周转") + [.tab] + type("重庆蚂蚁消费金融") + [.tab, .tab] + type("20000") + [.tab] + type("0.05"), &s)
    return s
  }

  @Test("every field of the add form is on screen when it has the focus, with its label")
  func everyFieldInView() {
    var s = filledForm()
    for field in DebtForm.Field.allCases {
      s.form?.focus = field
      let text = screen(s)
      let line = text.split(separator: "\n").first { $0.hasPrefix(" " + field.label.en) }
      #expect(line != nil, "\(field) not on screen:\n\(text)")
    }
  }

  @Test("golden: Tab to the last field (Notes) and the preview is in view", arguments: [(80, 24), (120, 40)])
  func lastFieldAndPreview(width: Int, height: Int) throws {
    var s = filledForm()
    // Tab from Rate to the end: the last field.
    let remaining = DebtForm.Field.allCases.count - 1 - DebtForm.Field.rate.rawValue
    press(Array(repeating: Key.tab, count: remaining) + type("先还利息"), &s)
    #expect(s.form?.focus == .notes)
    #expect(s.form?.notes.text == "先还利息")
    let text = screen(s, width, height)
    #expect(text.contains("Notes           先还利息"), "\(text)")
    #expect(text.contains("Preview: 12 installments"), "\(text)")
    #expect(text.contains("True APR:"), "\(text)")
    try GoldenScreenTests().check("form-last-field", s, width: width, height: height)
  }

  @Test("a message too long to stand beside its field goes under it, whole")
  func longErrorUnderField() {
    var s = filledForm()
    s.form?.focus = .dueDay
    press([.backspace, .backspace] + type("40") + [.enter], &s)
    let text = screen(s)
    #expect(text.contains("a day from 1 to 31"), "\(text)")
  }

  @Test("every field of the contact dialog is reached, and the hint is whole", arguments: ["en", "zh"])
  func contactDialog(language: String) {
    var s = GoldenScreenTests.demoState(language == "zh" ? .zhHans : .en)
    press([.character("3"), .character("c"), .character("l")], &s)
    guard case .contact(let dialog) = s.overlay else {
      Issue.record("no contact form")
      return
    }
    for i in dialog.form.fields.indices {
      guard case .contact(var d) = s.overlay else { return }
      d.form.focus = i
      s.overlay = .contact(d)
      let text = screen(s)
      #expect(text.contains(s.t(d.form.fields[i].label)), "field \(i) not on screen:\n\(text)")
      // The hint's last words: it wraps, it is never cut.
      #expect(text.contains(language == "zh" ? "Esc 取消" : "cancels"), "\(text)")
    }
  }
}

@Suite("The Debts table when narrow")
struct NarrowDebtsTests {
  @Test("Name is the first column and shows the names at 50, 60 and 70 columns", arguments: [50, 60, 70, 80])
  func namesReadable(width: Int) {
    var s = GoldenScreenTests.demoState()
    s.screen = .debts
    let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: width, height: 12)
    let lines = screen.lines()
    let header = lines.first { $0.hasPrefix("Name") }
    #expect(header != nil, "\(screen.text)")
    // Every demo debt's name, whole (they are short), on its row.
    for debt in s.portfolio.debts {
      #expect(lines.contains { $0.hasPrefix(debt.name) }, "\(debt.name) at \(width):\n\(screen.text)")
    }
  }
}
