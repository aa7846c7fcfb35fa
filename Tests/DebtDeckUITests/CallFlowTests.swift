import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Before, during and after a call in the app: `r` opens the rehearsal, `L` the live-call card,
/// Enter records the call with its start and duration, and the next steps follow.
@Suite("Call rehearsal, live-call card and follow-through")
struct CallFlowTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// The demo's 借呗 (d1, at M2) with its case open; the clock at 14:05:00 local on the day.
  func openCase(_ language: Language = .en) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    s.clockSeconds = 20_415 * 86_400 + 14 * 3600 + 5 * 60
    _ = press([.character("3"), .character("c")], &s)
    return s
  }

  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")

  func golden(_ name: String, _ state: AppState, width: Int = 80, height: Int = 24) throws {
    let screen = AppView.render(state, keyMap: .standard, theme: .standard, width: width, height: height)
    for line in screen.lines() { #expect(line.displayWidth == width) }
    let text = screen.text + "\n"
    let file = CallFlowTests.directory.appendingPathComponent("\(name)-\(width)x\(height).txt")
    if ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" {
      try text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: file, encoding: .utf8)
    #expect(expected != nil, "missing golden file \(file.lastPathComponent)")
    #expect(text == expected, "\(file.lastPathComponent) differs:\n\(text)")
  }

  @Test("r opens the rehearsal; it scrolls to its end and back; L starts the card from it")
  func rehearsalPage() throws {
    var s = openCase(.zhHans)
    _ = press([.character("r")], &s)
    guard case .rehearsal("d1", 0) = s.overlay else {
      Issue.record("no rehearsal: \(String(describing: s.overlay))")
      return
    }
    try golden("zh-rehearsal", s)
    _ = press([.character("G")], &s)
    guard case .rehearsal(_, let last) = s.overlay else { return }
    #expect(last > 0)
    // The end is the end: one more line down changes nothing, and the last line is on screen.
    _ = press([.down], &s)
    guard case .rehearsal(_, let after) = s.overlay else { return }
    #expect(after == last)
    let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
    #expect(screen.contains("一般性信息，不构成法律意见"))
    _ = press([.character("g")], &s)
    guard case .rehearsal(_, 0) = s.overlay else {
      Issue.record("g did not go to the top")
      return
    }
    _ = press([.pageDown], &s)
    guard case .rehearsal(_, let paged) = s.overlay else { return }
    #expect(paged > 1)
    let saved = press([.control("s")], &s)
    #expect(
      saved.contains {
        if case .writeLetter(let name, _) = $0 { return name.contains("rehearsal") } else { return false }
      })
    _ = press([.character("L")], &s)
    guard case .liveCall(let card) = s.overlay else {
      Issue.record("L did not open the card")
      return
    }
    #expect(card.debtID == "d1")
    #expect(card.startedAt == LocalDateTime(date: GoldenScreenTests.today, hour: 14, minute: 5))
  }

  @Test("the live-call card: Chinese typing, the timer, Enter records a call with start and duration")
  func liveCall() throws {
    var s = openCase(.zhHans)
    _ = press([.character("L")], &s)
    try golden("zh-live-call", s)
    // Tab to the person; the organisation keeps the lender.
    _ = press([.tab, .tab], &s)
    _ = press(type("王经理") + [.tab] + type("A1024") + [.tab, .tab], &s)
    _ = press(type("催收员同意分期") + [.tab] + type("每月还 900，分 22 期"), &s)
    s.clockSeconds = (s.clockSeconds ?? 0) + 7 * 60 + 5
    let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
    #expect(screen.contains("● 07:05"))
    #expect(screen.contains("每月还 900，分 22 期"))
    let effects = press([.enter], &s)
    #expect(effects.contains { if case .save = $0 { return true } else { return false } })
    let entry = try #require(s.portfolio.cases["d1"]?.contacts.last)
    #expect(entry.person == "王经理" && entry.staffID == "A1024" && entry.channel == .call)
    #expect(entry.direction == .outbound)
    #expect(entry.at == LocalDateTime(date: GoldenScreenTests.today, hour: 14, minute: 5))
    #expect(entry.durationSeconds == 425)
    #expect(entry.verbalAgreement && entry.agreed == "每月还 900，分 22 期")
    // Next: the written confirmation first.
    guard case .followThrough(let next) = s.overlay else {
      Issue.record("no next steps: \(String(describing: s.overlay))")
      return
    }
    #expect(next.steps.first == .confirmationLetter)
    try golden("zh-follow-through", s)
    _ = press([.enter], &s)
    guard case .letter("d1", .confirmation, _) = s.overlay else {
      Issue.record("Enter did not open the confirmation letter")
      return
    }
    let letter = try #require(s.letter(.confirmation, debtID: "d1")).render(.text)
    #expect(letter.contains("王经理") && letter.contains("A1024") && letter.contains("每月还 900，分 22 期"))
    #expect(letter.contains("7 分 05 秒"))
    // Today keeps it until it is confirmed: d there marks it confirmed, u brings it back.
    _ = press([.escape, .escape, .character("1")], &s)
    let index = try #require(s.todayRows.firstIndex { $0.notice?.kind == .verbalAgreement })
    #expect(s.t(s.todayRows[index].message).contains("口头约定——请对方书面确认"))
    s.selection[.today] = index
    _ = press([.character("d")], &s)
    #expect(!s.todayRows.contains { $0.notice?.kind == .verbalAgreement })
    #expect(s.portfolio.cases["d1"]?.verbalResolutions[entry.id]?.state == .confirmed)
    _ = press([.character("u")], &s)
    #expect(s.todayRows.contains { $0.notice?.kind == .verbalAgreement })
  }

  @Test("a call with a promise offers its reminder and a follow-up call before it falls due")
  func promiseSteps() throws {
    var s = openCase()
    _ = press([.character("L")], &s)
    for _ in 0..<5 { _ = press([.tab], &s) }
    _ = press(type("asked when I can pay") + [.tab, .tab] + type("2026-11-30") + [.tab] + type("500"), &s)
    _ = press([.enter], &s)
    guard case .followThrough(let next) = s.overlay else {
      Issue.record("no next steps")
      return
    }
    #expect(
      next.steps == [
        .promiseReminder(due: day("2026-11-30"), amount: 50_000), .followUpCall(on: day("2026-11-26")),
      ])
    // 2 opens the follow-up form on that day.
    _ = press([.character("2")], &s)
    guard case .followUp(let form) = s.overlay else {
      Issue.record("no follow-up form")
      return
    }
    #expect(form.form.text(0) == "2026-11-26")
  }

  @Test("Esc with notes asks once; nothing said or agreed is refused; a call with neither skips the steps")
  func escapeAndErrors() {
    var s = openCase()
    _ = press([.character("L"), .tab, .tab] + type("李"), &s)
    _ = press([.escape], &s)
    guard case .liveCall = s.overlay else {
      Issue.record("one Esc closed the card with notes in it")
      return
    }
    _ = press([.enter], &s)
    guard case .liveCall(let card) = s.overlay else { return }
    #expect(card.form.error != nil)
    #expect(s.portfolio.cases["d1"]?.contacts.isEmpty ?? true)
    _ = press([.escape, .escape], &s)
    #expect(s.overlay == nil)
    // L on Today, on a row of a debt.
    _ = press([.escape, .character("1"), .character("L")], &s)
    guard case .liveCall(let today) = s.overlay else {
      Issue.record("L on Today")
      return
    }
    #expect(today.debtID == "d1")
  }

  @Test("a scam sign in what they said is said at once, and the entry carries it like any other")
  func scamSign() throws {
    var s = openCase()
    _ = press([.character("L")] + Array(repeating: Key.tab, count: 5) + type("对方让我把钱转到安全账户") + [.enter], &s)
    let entry = try #require(s.portfolio.cases["d1"]?.contacts.last)
    #expect(s.portfolio.caseFile(for: "d1").warnings(for: entry).scam == [.transferToPersonalAccount])
    #expect(s.message?.kind == .error)
    #expect(s.message.map { s.t($0.text) }?.contains("possible scam") == true)
  }

  @Test("the card fits 80×24 in both languages and scrolls its fields to the focus; tiny sizes do not crash")
  func sizes() throws {
    for language in Language.allCases {
      var s = openCase(language)
      _ = press([.character("L")], &s)
      for _ in 0..<8 { _ = press([.tab], &s) }
      let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: 80, height: 24).text
      #expect(screen.contains(language == .en ? "…the amount" : "承诺金额"))
      for (w, h) in [(50, 12), (1, 1), (200, 60)] {
        _ = AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h)
      }
      _ = press([.escape, .escape, .character("r")], &s)
      for (w, h) in [(50, 12), (1, 1), (200, 60)] {
        _ = AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h)
      }
    }
  }
}
