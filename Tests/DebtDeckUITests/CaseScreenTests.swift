import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

@Suite("Case screen")
struct CaseScreenTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// The demo's 借呗 (d1, at M2) with its case open, at 20:30.
  func openCase(_ language: Language = .en) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    s.nowMinute = 20 * 60 + 30
    _ = press([.character("3"), .character("c")], &s)
    return s
  }

  @Test("c opens the case of the debt under the cursor; Esc goes back")
  func opens() {
    var s = openCase()
    #expect(s.caseDebt == "d1")
    #expect(s.caseSummary?.stage == .m2)
    #expect(s.keyContexts.first == .caseFile)
    _ = press([.escape], &s)
    #expect(s.caseDebt == nil && s.screen == .debts)
  }

  @Test(
    "space ticks a step with today's date, again unticks; x skips; d ticks too; u undoes; saved each time")
  func tickSteps() {
    var s = openCase()
    let first = s.caseSummary?.steps[0].id ?? ""
    var effects = press([.character(" ")], &s)
    #expect(s.portfolio.cases["d1"]?.guide[first] == GuideMark(.done, on: GoldenScreenTests.today))
    #expect(effects.contains { if case .save = $0 { return true } else { return false } })
    _ = press([.down, .character("x")], &s)
    let second = s.caseSummary?.steps[1].id ?? ""
    #expect(s.portfolio.cases["d1"]?.guide[second]?.state == .skipped)
    _ = press([.character("u")], &s)
    #expect(s.portfolio.cases["d1"]?.guide[second] == nil)
    _ = press([.up, .character(" ")], &s)
    #expect(s.portfolio.cases["d1"]?.guide[first] == nil)
    effects = press([.character(" ")], &s)
    #expect(!effects.isEmpty)
    // d is done too, as on Today: it unticks the step Space just ticked.
    _ = press([.character("d")], &s)
    #expect(s.portfolio.cases["d1"]?.guide[first] == nil)
  }

  @Test("record a call typed in Chinese at 22:30: appended, flagged, and undo leaves it in the log")
  func recordContact() {
    var s = openCase(.zhHans)
    _ = press([.character("l")], &s)
    guard case .contact(var dialog) = s.overlay else {
      Issue.record("no contact form")
      return
    }
    #expect(dialog.form.text(0) == "2026-11-23 20:30")
    dialog.form.fields[0].value = .text(TextField("2026-11-23 22:30"))
    s.overlay = .contact(dialog)
    _ = press(Array(repeating: Key.down, count: 7) + type("催收来电，态度恶劣") + [.enter], &s)
    let log = s.portfolio.cases["d1"]?.contacts ?? []
    #expect(log.count == 1)
    #expect(log.first?.summary == "催收来电，态度恶劣")
    #expect(log.first?.flags == [.outsideHours])
    #expect(log.first?.organisation == "重庆蚂蚁消费金融")
    #expect(s.overlay == nil)
    _ = press([.character("u")], &s)
    #expect(s.portfolio.cases["d1"]?.contacts.count == 1)
  }

  @Test("a contact without a summary is refused next to the form, nothing stored")
  func contactNeedsSummary() {
    var s = openCase()
    _ = press([.character("l"), .enter], &s)
    guard case .contact(let dialog) = s.overlay else {
      Issue.record("form closed")
      return
    }
    #expect(dialog.form.error != nil)
    #expect(s.portfolio.cases["d1"]?.contacts.isEmpty ?? true)
  }

  @Test("w drafts the negotiation letter, ←→ change the kind, Ctrl-S asks the shell to write it")
  func letters() {
    var s = openCase()
    _ = press([.character("w")], &s)
    guard case .letter(_, let kind, _) = s.overlay else {
      Issue.record("no letter")
      return
    }
    #expect(kind == .negotiation)
    _ = press([.right], &s)
    if case .letter(_, let next, _) = s.overlay { #expect(next == .hardship) }
    let effects = press([.control("s")], &s)
    guard case .writeLetter(let name, let text)? = effects.first else {
      Issue.record("no write effect")
      return
    }
    #expect(name == "d1-hardship-2026-11-23-en.md")
    #expect(text.hasPrefix("# Hardship statement"))
  }

  @Test("the offer calculator stores its inputs and the letters use them")
  func offer() {
    var s = openCase()
    _ = press([.character("o")], &s)
    _ = press(type("6500") + [.down] + type("4200") + [.enter], &s)
    #expect(s.portfolio.cases["d1"]?.offer == OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000))
    let letter = s.letter(.negotiation, debtID: "d1")?.render(.text) ?? ""
    #expect(!letter.contains("[amount per month]"))
  }

  @Test("golden: the case screen", arguments: GoldenScreenTests.sizes)
  func golden(width: Int, height: Int) throws {
    var s = openCase()
    _ = press([.character(" ")], &s)
    var entry = ContactEntry(
      at: LocalDateTime(date: GoldenScreenTests.today, hour: 22, minute: 10), direction: .inbound,
      channel: .call,
      summary: "Collector demanded full payment today")
    entry.phone = "021-5555 0100"
    s.portfolio.appendContact(entry, to: "d1")
    try GoldenScreenTests().check("case", s, width: width, height: height)
    var zh = openCase(.zhHans)
    _ = press([.down], &zh)
    try GoldenScreenTests().check("zh-case", zh, width: width, height: height)
    _ = press([.character("w")], &zh)
    try GoldenScreenTests().check("zh-letter", zh, width: width, height: height)
  }
}

extension CaseScreenTests {
  @Test("the selected step stays in view on a small screen")
  func scrollsToSelection() {
    var s = openCase()
    let steps = s.caseSummary?.steps ?? []
    _ = press(Array(repeating: Key.down, count: steps.count), &s)
    #expect(s.caseRow == steps.count - 1)
    let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
    #expect(screen.contains(steps.last?.title.en ?? "?"))
    #expect(screen.contains("Enter: " + (steps.last?.action.label.en ?? "?")))
  }
}

@Suite("First frame from the brief cache")
struct FirstFrameTests {
  @Test(
    "Today drawn from the brief cache is the very frame the whole file gives",
    arguments: [Language.en, .zhHans])
  func sameFrame(_ language: Language) throws {
    var p = DemoPortfolio.make(today: GoldenScreenTests.today)
    p.appendContact(
      ContactEntry(
        at: LocalDateTime(date: GoldenScreenTests.today.adding(days: -2), hour: 22, minute: 30),
        direction: .inbound,
        channel: .call, summary: "催收",
        promises: [ContactPromise(by: .me, due: GoldenScreenTests.today.adding(days: 2), amount: 100_000)]),
      to: "d1")
    p.reminderStates["due:d2:4:3"] = .done(on: GoldenScreenTests.today)
    let snapshot = try BriefSnapshot(lines: Substring(BriefSnapshot(p).lines()))
    let statuses = try #require(
      snapshot.statuses(asOf: GoldenScreenTests.today, dueSoonDays: 7, includeArchived: true))
    let full = AppState(
      portfolio: p, settings: Settings(), today: GoldenScreenTests.today, language: language)
    let early = AppState(
      portfolio: snapshot.portfolio, settings: Settings(), today: GoldenScreenTests.today, language: language,
      statuses: statuses)
    for (w, h) in [(80, 24), (120, 40)] {
      let a = AppView.render(full, keyMap: .standard, theme: .standard, width: w, height: h).text
      let b = AppView.render(early, keyMap: .standard, theme: .standard, width: w, height: h).text
      #expect(a == b, "\(w)×\(h):\n\(a)\n---\n\(b)")
      #expect(a.contains("promised") || a.contains("承诺"))
    }
  }
}

extension CaseScreenTests {
  @Test("a guide step's follow-up: Enter asks for the date and what to do, and the reminder comes that day")
  func followUp() throws {
    var s = openCase()
    let steps = s.caseSummary?.steps ?? []
    let index = try #require(steps.firstIndex { $0.action == .followUp })
    _ = press(Array(repeating: Key.down, count: index) + [.enter], &s)
    guard case .followUp(let dialog) = s.overlay else {
      Issue.record("no follow-up dialog")
      return
    }
    #expect(dialog.form.text(0) == "2026-11-30")
    _ = press([.enter], &s)
    #expect(s.overlay == nil)
    let followUp = try #require(s.portfolio.followUps.last)
    #expect(followUp.debt == "d1" && followUp.date == day("2026-11-30"))
    let later = ReminderEngine.reminders(
      portfolio: s.portfolio, settings: Settings(), today: day("2026-11-30"))
    #expect(later.contains { $0.id == "follow:\(followUp.id)" })
    _ = press([.character("u")], &s)
    #expect(s.portfolio.followUps.isEmpty)
  }
}

func day(_ s: String) -> LocalDate { (try? LocalDate(iso: s)) ?? LocalDate(ordinal: 0) }

extension CaseScreenTests {
  @Test("A records an agreement: its schedule puts the debt in force and becomes the reminders")
  func agreement() throws {
    var s = openCase()
    _ = press([.character("A")], &s)
    guard case .agreement = s.overlay else {
      Issue.record("no agreement form")
      return
    }
    // Kind: installments; confirmed: in writing (the first choices). Amount, 13 payments.
    _ = press([.down, .down] + type("1500") + [.down, .backspace, .backspace] + type("13") + [.enter], &s)
    #expect(s.overlay == nil, "\(String(describing: s.message))")
    let agreement = try #require(s.portfolio.cases["d1"]?.agreements.last)
    #expect(agreement.schedule.count == 13 && agreement.schedule.first?.amount == 150_000)
    #expect(agreement.schedule.first?.date == day("2026-12-01"))
    #expect(s.statuses["d1"]?.stage == .agreementInForce)
    // Its payments replace the original schedule's: the next payment is the agreement's, and the
    // late installments it covers leave the brief while it is kept.
    #expect(
      s.statuses["d1"]?.nextPayment == DuePayment(date: day("2026-12-01"), amount: 150_000, installment: nil))
    #expect(!s.brief.overdue.contains { $0.debt.id == "d1" })
    #expect(!s.reminders.contains { $0.kind == .overdue && $0.debtID == "d1" })
    // Append-only: undo does not take it back.
    _ = press([.character("u")], &s)
    #expect(s.portfolio.cases["d1"]?.agreements.count == 1)
  }
}

extension CaseScreenTests {
  @Test("an evidence file named in the contact form is hashed by the shell, then recorded with it")
  func evidence() {
    var s = openCase()
    _ = press([.character("l")] + Array(repeating: Key.down, count: 7) + type("录音"), &s)
    // From the summary (row 7) down to the threat mark (row 12); then the evidence file, the last (18).
    _ = press(
      Array(repeating: Key.down, count: 5) + [.right] + Array(repeating: Key.down, count: 6)
        + type("/tmp/rec.m4a"),
      &s)
    let effects = press([.enter], &s)
    #expect(effects == [.hashEvidence(path: "/tmp/rec.m4a")])
    #expect(s.portfolio.cases["d1"]?.contacts.isEmpty ?? true)
    // The file could not be read: said in the form, nothing stored, what was typed kept.
    _ = AppLogic.evidenceReady(.failure(LocalizedText(en: "no such file", zh: "没有此文件")), state: &s)
    guard case .contact(let dialog) = s.overlay else {
      Issue.record("the form closed")
      return
    }
    #expect(dialog.form.error?.en == "no such file" && dialog.evidencePath == "/tmp/rec.m4a")
    let record = Evidence(path: "/tmp/rec.m4a", sha256: String(repeating: "0", count: 64), bytes: 3)
    let saved = AppLogic.evidenceReady(.success(record), state: &s)
    #expect(saved.contains { if case .save = $0 { return true } else { return false } })
    #expect(s.overlay == nil)
    #expect(s.portfolio.cases["d1"]?.contacts.first?.evidence == [record])
    #expect(s.portfolio.cases["d1"]?.contacts.first?.summary == "录音")
    #expect(s.portfolio.cases["d1"]?.contacts.first?.flags.contains(.threat) == true)
  }
}

/// The case at 80×24: Tab reaches every section, each scrolls to its end; a letter to its last line.
@Suite("Case sections at 80×24")
struct CaseSectionTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  func screen(_ s: AppState) -> String {
    AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
  }

  /// The demo's 借呗 with eight calls in its log and an agreement, its case open at 80×24.
  func busyCase() -> AppState {
    var s = CaseScreenTests().openCase()
    s.contentWidth = 80
    s.contentHeight = 20
    for i in 1...8 {
      let entry = ContactEntry(
        at: LocalDateTime(date: GoldenScreenTests.today.adding(days: i - 9), hour: 10, minute: i),
        direction: .inbound, channel: .call, summary: "Call number \(i) from the collection staff")
      s.portfolio.appendContact(entry, to: "d1")
    }
    s.portfolio.appendAgreement(
      Agreement(
        madeOn: GoldenScreenTests.today, kind: .installments, confirmed: .writing, summary: "12 × ¥1,600",
        schedule: (0..<12).map {
          Agreement.Payment(date: GoldenScreenTests.today.adding(months: $0 + 1), amount: 160_000)
        }), to: "d1")
    return s
  }

  @Test("Tab goes guide → ladder → agreement → log → guide, each on screen with the bar naming it")
  func tabThroughSections() {
    var s = busyCase()
    #expect(s.caseSection == .guide)
    press([.tab], &s)
    #expect(s.caseSection == .ladder)
    #expect(screen(s).contains("Legal action"), "\(screen(s))")
    press([.tab], &s)
    #expect(s.caseSection == .agreement)
    #expect(screen(s).contains("paid ¥0.00 of ¥19,200.00"), "\(screen(s))")
    press([.tab], &s)
    #expect(s.caseSection == .log)
    #expect(screen(s).contains("Call number 8 from the collection staff"), "\(screen(s))")
    press([.tab], &s)
    #expect(s.caseSection == .guide)
    press([.backTab], &s)
    #expect(s.caseSection == .log)
  }

  @Test("golden: the log scrolled to its end shows the first call; Home goes back to the ladder")
  func logToTheEnd() throws {
    var s = busyCase()
    press([.tab, .tab, .tab, .end], &s)
    let text = screen(s)
    #expect(text.contains("Call number 1 from the collection staff"), "\(text)")
    #expect(s.caseSection == .log)
    try GoldenScreenTests().check("case-log-end", s, width: 80, height: 24)
    press([.home], &s)
    #expect(s.caseSection == .ladder)
    #expect(s.caseScroll == 0)
  }

  @Test(
    "the complaint dossier scrolls to its last line: the demands and the signature", arguments: ["G", "End"])
  func complaintToItsEnd(key: String) throws {
    var s = busyCase()
    s.overlay = .letter(
      debtID: "d1", kind: .complaint, pager: PagerOverlay.letter(s, .complaint, debtID: "d1"))
    // The last demand and the signature, far below the first screen.
    let ends = ["A decision within 15 days of receiving this complaint, in writing.", "Yours sincerely,"]
    #expect(!ends.contains { screen(s).contains($0) })
    press([try #require(Key(name: key))], &s)
    for line in ends { #expect(screen(s).contains(line), "\(screen(s))") }
    // Page by page from the top reaches it too.
    press([.home], &s)
    for _ in 0..<40 { press([.pageDown], &s) }
    for line in ends { #expect(screen(s).contains(line), "\(screen(s))") }
  }

  @Test("/ searches a letter, n finds the next match, Esc then closes it")
  func searchLetter() {
    var s = busyCase()
    press([.character("w")], &s)
    press([.character("/")] + "penalty".map { Key.character($0) } + [.enter], &s)
    guard case .letter(_, _, let pager) = s.overlay else {
      Issue.record("no letter")
      return
    }
    let first = pager.scroll
    #expect(first > 0)
    press([.character("n")], &s)
    if case .letter(_, _, let again) = s.overlay { #expect(again.scroll != first) }
    press([.escape], &s)
    #expect(s.overlay == nil)
  }
}
