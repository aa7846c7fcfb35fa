import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// What the app asks before it records a likely slip, and what a paste may never do.
@Suite("Ask before recording")
struct AskBeforeRecordingTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  @Test("an extra digit: the payment dialog shows the overpayment and records only when submitted again")
  func overpayment() throws {
    var s = GoldenScreenTests.demoState()
    let before = s.portfolio.payments.count
    _ = press([.character("p"), .control("u")] + type("99999999") + [.enter], &s)
    guard case .pay(let dialog) = s.overlay else {
      Issue.record("the dialog closed without asking")
      return
    }
    let error = try #require(dialog.form.error)
    let settles = try #require(s.statuses["d1"]).payoffAmount
    #expect(error.en.contains("more than settles the debt (\(Money.format(settles, .cny)))"), "\(error.en)")
    #expect(error.en.contains(Money.format(99_999_999_00 - settles, .cny)), "\(error.en)")
    #expect(!error.zh.isEmpty && error.zh != error.en)
    #expect(s.portfolio.payments.count == before)
    // Changing the amount clears the question; the same amount submitted twice is recorded.
    _ = press([.backspace] + type("9") + [.enter], &s)
    #expect(s.portfolio.payments.count == before)
    _ = press([.enter], &s)
    #expect(s.overlay == nil)
    #expect(s.portfolio.payments.count == before + 1)
  }

  @Test("a daily rate a hundred times too high is questioned once in the form")
  func rate() {
    var s = GoldenScreenTests.demoState()
    let debts = s.portfolio.debts.count
    _ = press(
      [.character("a")] + type("借呗") + [.tab, .tab, .tab] + type("20000") + [.tab, .control("u")] + type("5"),
      &s)
    _ = press([.enter], &s)
    #expect(s.form != nil && s.form?.errors[.rate] != nil)
    #expect(s.portfolio.debts.count == debts)
    _ = press([.enter], &s)
    #expect(s.form == nil)
    #expect(s.portfolio.debts.count == debts + 1)
  }

  @Test("a paste is text in the focused field, and runs no keys anywhere")
  func paste() {
    var s = GoldenScreenTests.demoState()
    let screen = s.screen
    _ = press([.paste("3\nq\n")], &s)
    #expect(s.screen == screen && s.overlay == nil && s.form == nil)
    _ = press([.character("a"), .paste("朋友\n借款\tA")], &s)
    #expect(s.form?.text(.name).text == "朋友 借款 A")
    #expect(s.form != nil)
  }
}
