import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// The app's dialogs do what `debtdeck log`, `offer` and `agree` do, and say what will change.
@Suite("Dialogs as complete as the command line")
struct DialogParityTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  func screen(_ s: AppState, _ w: Int = 120, _ h: Int = 40) -> String {
    AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h).text
  }

  /// The screen's text without line breaks and frames (what a dialog wraps reads as one line).
  func flat(_ s: AppState) -> String {
    screen(s).split(separator: "\n").map {
      $0.replacingOccurrences(of: "│", with: "").trimmingCharacters(in: " ")
    }.joined(separator: " ")
  }

  /// Moves the contact form's focus to a row.
  func focus(_ row: ContactForm.Row, _ s: inout AppState) {
    guard case .contact(var d) = s.overlay else { return }
    d.form.focus = row.rawValue
    s.overlay = .contact(d)
  }

  @Test("a contact with two marks and a complaint filed, then a correction of it; a wrong id is refused")
  func marksFilingCorrection() {
    var s = CaseScreenTests().openCase()
    press([.character("l")], &s)
    focus(.summary, &s)
    press(type("They threatened me and insulted my family"), &s)
    focus(.threat, &s)
    press([.right], &s)
    focus(.insult, &s)
    press([.right], &s)
    focus(.filing, &s)
    press([.right], &s)
    press([.enter], &s)
    let first = s.portfolio.cases["d1"]?.contacts.last
    #expect(first?.flags.contains(.threat) == true && first?.flags.contains(.insult) == true)
    #expect(first?.flags.contains(.impersonation) == false)
    #expect(first?.filing == .complaint)
    // A correction must name an entry of the log.
    press([.character("l")], &s)
    focus(.summary, &s)
    press(type("Correction: it was the collection agency"), &s)
    focus(.corrects, &s)
    press(type("c9") + [.enter], &s)
    guard case .contact(let refused) = s.overlay else {
      Issue.record("a correction of a missing entry was recorded")
      return
    }
    #expect(refused.form.error?.en.contains("no c9") == true)
    #expect(s.portfolio.cases["d1"]?.contacts.count == 1)
    press([.backspace, .backspace] + type(first?.id ?? "c1") + [.enter], &s)
    let log = s.portfolio.cases["d1"]?.contacts ?? []
    #expect(log.count == 2)
    #expect(log.last?.corrects == first?.id)
    // The first entry is untouched (the log is append-only) and the case says it was corrected.
    #expect(log.first == first)
    s.caseSection = .log
    #expect(screen(s).contains("(corrected later)"), "\(screen(s))")
  }

  @Test("the offer dialog shows the sum and both scenarios as typed, the same lines as `debtdeck offer`")
  func offerBreakdown() {
    var s = CaseScreenTests().openCase()
    press(
      [.character("o")] + type("6500") + [.down] + type("4200") + [.down, .control("u")] + type("300"), &s)
    let inputs = OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000)
    let offer = Offer.make(
      inputs: inputs, debtID: "d1", portfolio: s.portfolio, statuses: s.statuses, today: s.today)
    let lines = offer?.lines(money: { Money.format($0, .cny) }).map(\.en) ?? []
    #expect(lines.count == 4)
    // The dialog shows the very lines of `Offer.lines` (the command line prints them too), each
    // beginning on a row of its own.
    guard let overlay = s.overlay else { return }
    #expect(DialogPreview.lines(overlay, s, .standard).map(\.0) == lines)
    let text = screen(s)
    for line in lines { #expect(text.contains(String(line.prefix(50))), "“\(line)” not in:\n\(text)") }
    // The sum is income − essentials − reserve − the other debts' month and arrears.
    if let o = offer {
      #expect(o.available == 650_000 - 420_000 - 30_000 - o.otherMinimums - o.otherArrears)
    }
  }

  @Test("the agreement dialog says what it records and what it changes, before Enter")
  func agreementSaysWhatChanges() {
    var s = CaseScreenTests().openCase()
    press([.character("A"), .down, .down] + type("1600"), &s)
    let text = screen(s)
    #expect(flat(s).contains("Enter records 12 payments of ¥1,600.00"), "\(text)")
    #expect(flat(s).contains("agreement in force"), "\(text)")
    press([.enter], &s)
    press([.character("A"), .down, .down] + type("1000"), &s)
    #expect(flat(s).contains("It replaces agreement a1"), "\(screen(s))")
  }

  @Test("archiving always asks and says what changes; y archives, u undoes; restoring does not ask")
  func archiveAsks() {
    var s = GoldenScreenTests.demoState()
    press([.character("3")], &s)
    let id = s.visibleDebts[0].id
    press([.character("X")], &s)
    guard case .confirmArchive = s.overlay else {
      Issue.record("archive did not ask")
      return
    }
    #expect(flat(s).contains("It leaves the totals"), "\(screen(s))")
    press([.character("n")], &s)
    #expect(s.portfolio.debt(id: id)?.archived == false)
    press([.character("X"), .character("y")], &s)
    #expect(s.portfolio.debt(id: id)?.archived == true)
    press([.character("u")], &s)
    #expect(s.portfolio.debt(id: id)?.archived == false)
  }
}

extension DialogParityTests {
  @Test(
    "golden: the offer, agreement and contact dialogs at 80×24, English and Chinese", arguments: ["en", "zh"])
  func goldenDialogs(language: String) throws {
    let prefix = language == "zh" ? "zh-" : ""
    var s = CaseScreenTests().openCase(language == "zh" ? .zhHans : .en)
    s.contentWidth = 80
    s.contentHeight = 20
    var offer = s
    press(
      [.character("o")] + type("6500") + [.down] + type("4200") + [.down, .control("u")] + type("300"), &offer
    )
    try GoldenScreenTests().check(prefix + "dialog-offer", offer, width: 80, height: 24)
    var agreement = s
    press([.character("A"), .down, .down] + type("1600"), &agreement)
    try GoldenScreenTests().check(prefix + "dialog-agreement", agreement, width: 80, height: 24)
    var contact = s
    press([.character("l"), .backTab], &contact)
    try GoldenScreenTests().check(prefix + "dialog-contact-last", contact, width: 80, height: 24)
  }
}
