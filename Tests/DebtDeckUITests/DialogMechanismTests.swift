import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// One dialog mechanism: every dialog takes Tab/↑↓, typing, Enter and Esc the same way, keeps its
/// error inside itself in both languages, and the contact and the call share their fields.
@Suite("One dialog mechanism")
struct DialogMechanismTests {
  func press(_ keys: [Key], _ s: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &s, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// Each dialog, freshly opened (nothing typed), on the demo data.
  func opened(_ language: Language = .en) -> [(String, AppState)] {
    var out: [(String, AppState)] = []
    var today = GoldenScreenTests.demoState(language)
    today.clockSeconds = 20_415 * 86_400 + 14 * 3600 + 5 * 60
    var inCase = today
    inCase.screen = .debts
    inCase.caseDebt = "d1"
    let opens: [(String, AppState, Action)] = [
      ("pay", today, .pay), ("snooze", today, .snoozeUntil), ("contact", inCase, .recordContact),
      ("offer", inCase, .offerCalculator), ("agreement", inCase, .recordAgreement),
      ("call", inCase, .liveCall),
    ]
    for (name, base, action) in opens {
      var s = base
      _ = AppLogic.perform(action, state: &s)
      out.append((name, s))
    }
    var followUp = inCase
    followUp.overlay = .followUp(FollowUpDialog(debtID: "d1", today: today.today, text: "打电话"))
    out.append(("follow-up", followUp))
    return out
  }

  @Test("every dialog opens; Tab and ↓ move forward, Shift-Tab and ↑ back, around the ends")
  func moves() throws {
    for (name, s0) in opened() {
      var s = s0
      let count = try #require(s.overlay?.dialog, "\(name) did not open").form.fields.count
      _ = press([.tab], &s)
      #expect(s.overlay?.dialog?.form.focus == 1 % count, "\(name)")
      _ = press([.down], &s)
      #expect(s.overlay?.dialog?.form.focus == 2 % count, "\(name)")
      _ = press([.up, .backTab, .backTab], &s)
      #expect(s.overlay?.dialog?.form.focus == (count - 1) % count, "\(name)")
    }
  }

  @Test("typing goes into the field in focus, a paste too, in Chinese; a letter key runs nothing")
  func typing() throws {
    for (name, s0) in opened() {
      var s = s0
      var form = try #require(s.overlay?.dialog).form
      guard
        let row = form.fields.indices.first(where: {
          if case .text = form.fields[$0].value { true } else { false }
        })
      else { continue }
      form.focus = row
      var d = try #require(s.overlay?.dialog)
      d.form = form
      s.overlay = d.overlay
      let screen = s.screen
      _ = press([.control("u")] + type("q3") + [.paste("借呗\n还款")], &s)
      #expect(s.overlay?.dialog?.form.text(row) == "q3借呗 还款", "\(name)")
      #expect(s.screen == screen, "\(name)")
    }
  }

  @Test("Esc closes every dialog and records nothing; the call with notes asks once")
  func escape() throws {
    for (name, s0) in opened() {
      var s = s0
      let portfolio = s.portfolio
      if name == "call" {
        DialogStates.focus(LiveCallForm.Row.said.rawValue, &s)
        _ = press(type("对方要求今天还清") + [.escape], &s)
        #expect(s.overlay?.dialog != nil, "the first Esc lost the call notes")
        #expect(s.message?.0.zh.contains("再按 Esc") == true)
      }
      _ = press([.escape], &s)
      #expect(s.overlay == nil, "\(name) stayed open")
      #expect(s.portfolio == portfolio, "\(name) recorded something")
    }
  }

  @Test("Enter on what makes no sense keeps each dialog open with its error, in English and Chinese")
  func problems() throws {
    for (name, s0) in opened() {
      var s = s0
      let portfolio = s.portfolio
      // Every text field emptied, every amount or date made nonsense.
      let count = try #require(s.overlay?.dialog).form.fields.count
      for i in 0..<count {
        DialogStates.focus(i, &s)
        if case .text = s.overlay?.dialog?.form.fields[i].value {
          _ = press([.control("u")] + type("x?"), &s)
        }
      }
      _ = press([.enter], &s)
      let error = try #require(s.overlay?.dialog?.form.error, "\(name) closed on nonsense")
      #expect(!error.en.isEmpty && !error.zh.isEmpty && error.en != error.zh, "\(name): \(error)")
      #expect(s.portfolio == portfolio, "\(name) recorded nonsense")
      // The error is drawn inside the dialog, not on the status line.
      #expect(s.message == nil, "\(name): \(String(describing: s.message))")
      let text = AppView.render(s, keyMap: .standard, theme: .standard, width: 120, height: 40).text
      let flat = text.split(separator: "\n").map { $0.replacingOccurrences(of: "│", with: " ") }
        .joined(separator: " ").split(separator: " ").joined(separator: " ")
      let words = error.en.split(separator: " ").prefix(4).joined(separator: " ")
      #expect(flat.contains(words), "\(name): “\(words)” not on screen:\n\(text)")
    }
  }

  @Test("snooze-until says what is wrong with the date, in both languages, and snoozes a later one")
  func snoozeUntil() throws {
    var s = GoldenScreenTests.demoState()
    _ = AppLogic.perform(.snoozeUntil, state: &s)
    guard case .snoozeUntil(let opened) = s.overlay else {
      Issue.record("no snooze dialog")
      return
    }
    // Prefilled a week ahead.
    #expect(opened.form.text(0) == "2026-11-30")
    let cases: [(String, String, String)] = [
      ("2026-13-01", "“2026-13-01” is not a date", "不是日期"),
      ("下周五", "“下周五” is not a date; type a day after today", "“下周五”不是日期"),
      ("", "type the day it should come back", "请输入今天之后的日期"),
      ("2026-11-23", "2026-11-23 is not after today (2026-11-23)", "不晚于今天（2026-11-23）"),
      ("2026-11-01", "2026-11-01 is not after today", "2026-11-01 不晚于今天"),
    ]
    for (typed, en, zh) in cases {
      _ = press([.control("u")] + type(typed) + [.enter], &s)
      guard case .snoozeUntil(let d) = s.overlay, let error = d.form.error else {
        Issue.record("“\(typed)” was taken")
        return
      }
      #expect(error.en.contains(en), "\(error.en)")
      #expect(error.zh.contains(zh), "\(error.zh)")
      #expect(s.portfolio.reminderStates[opened.reminderID] == nil)
    }
    _ = press([.control("u")] + type("2026年12月5日") + [.enter], &s)
    #expect(s.overlay == nil)
    #expect(
      s.portfolio.reminderStates[opened.reminderID]
        == .snoozed(until: LocalDate(year: 2026, month: 12, day: 5)!))
  }

  @Test("the contact and the call share one list of capture fields (the call says “What they said”)")
  func sharedCaptureFields() throws {
    let s = GoldenScreenTests.demoState()
    let debt = try #require(s.portfolio.debt(id: "d1"))
    let now = LocalDateTime(date: s.today, hour: 9, minute: 0)
    let contact = ContactDialog(debt: debt, now: now).form.fields
    let call = LiveCallForm(debt: debt, startedAt: now, startSeconds: nil, phone: "95188").form.fields
    let shared = [
      "Organisation", "Person", "Staff number", "Phone", nil, "What was agreed", "I promised, by",
      "…the amount",
    ]
    let c0 = ContactDialog.Row.organisation.rawValue
    let l0 = LiveCallForm.Row.organisation.rawValue
    for (k, label) in shared.enumerated() {
      if let label {
        #expect(contact[c0 + k].label.en == label && call[l0 + k].label.en == label, "row \(k)")
        #expect(contact[c0 + k].label.zh == call[l0 + k].label.zh)
      }
    }
    #expect(contact[ContactDialog.Row.summary.rawValue].label.en == "What was said")
    #expect(call[LiveCallForm.Row.said.rawValue].label.en == "What they said")
    #expect(call[LiveCallForm.Row.phone.rawValue].value == .text(TextField("95188", maximumLength: 40)))
    #expect(
      contact[ContactDialog.Row.organisation.rawValue].value
        == .text(TextField(debt.lender, maximumLength: 80)))
  }
}

extension DialogMechanismTests {
  @Test("the payment dialog names the field that is wrong, in both languages")
  func payNamesTheField() throws {
    var s = GoldenScreenTests.demoState()
    _ = AppLogic.perform(.pay, state: &s)
    _ = press([.tab, .control("u")] + type("2026-12-30") + [.enter], &s)
    let late = try #require(s.overlay?.dialog?.form.error)
    #expect(late.en.hasPrefix("Date: 2026-12-30 is after today (2026-11-23)"), "\(late.en)")
    #expect(late.zh.hasPrefix("日期：2026-12-30 晚于今天（2026-11-23）"), "\(late.zh)")
    _ = press([.control("u")] + type("2026-02-30") + [.enter], &s)
    let noDay = try #require(s.overlay?.dialog?.form.error)
    #expect(noDay.en.contains("“2026-02-30” is not a date") && noDay.zh.contains("日历上没有这一天"), "\(noDay)")
    _ = press([.backTab, .control("u")] + type("一千") + [.enter], &s)
    let amount = try #require(s.overlay?.dialog?.form.error)
    #expect(amount.en.hasPrefix("Amount: “一千”") && amount.zh.hasPrefix("金额：“一千”"), "\(amount)")
  }
}
