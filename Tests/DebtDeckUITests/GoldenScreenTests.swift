import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Whole screens rendered in memory and compared with text files in Golden/. To accept a change
/// on purpose: `DEBTDECK_RECORD_GOLDEN=1 swift test --filter GoldenScreenTests`, then review the diff.
/// A missing golden file fails (it is never written silently in CI).
@Suite("Golden screens")
struct GoldenScreenTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
    "Golden")
  static let today = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(ordinal: 0)

  static func demoState(_ language: Language = .en) -> AppState {
    AppState(
      portfolio: DemoPortfolio.make(today: today), settings: Settings(), today: today, language: language)
  }

  func check(_ name: String, _ state: AppState, width: Int, height: Int) throws {
    let screen = AppView.render(state, keyMap: .standard, theme: .standard, width: width, height: height)
    let text = screen.text + "\n"
    let file = GoldenScreenTests.directory.appendingPathComponent("\(name)-\(width)x\(height).txt")
    if ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" {
      try text.write(to: file, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: file, encoding: .utf8)
    #expect(expected != nil, "missing golden file \(file.lastPathComponent)")
    #expect(
      text == expected, "\(name) at \(width)×\(height) differs from \(file.lastPathComponent):\n\(text)")
    // Whatever the content, nothing is drawn outside the screen and every row is full width.
    for line in screen.lines() { #expect(line.displayWidth == width) }
    // And no text loses its end at an edge without an ellipsis.
    for cut in screen.cuts {
      Issue.record("\(name) at \(width)×\(height): cut without an ellipsis at \(cut)")
    }
  }

  static let sizes = [(80, 24), (120, 40)]

  @Test("every screen on the demo data", arguments: sizes)
  func screens(width: Int, height: Int) throws {
    var state = GoldenScreenTests.demoState()
    for screen in Screen.allCases {
      state.screen = screen
      try check("\(screen)", state, width: width, height: height)
    }
    state.screen = .debts
    state.detail = "d1"
    try check("detail", state, width: width, height: height)
    state.detail = nil
    state.form = DebtForm(today: GoldenScreenTests.today)
    try check("form", state, width: width, height: height)
    state.form = nil
    state.overlay = .help
    try check("help", state, width: width, height: height)
    _ = AppLogic.perform(.door, state: &state)
    try check("door", state, width: width, height: height)
    state.screen = .today
    _ = AppLogic.perform(.pay, state: &state)
    try check("pay", state, width: width, height: height)
  }

  @Test("the Planner comparison at 100×30, with and without a shortfall and a what-if")
  func planner() throws {
    var state = GoldenScreenTests.demoState()
    state.screen = .plan
    try check("plan", state, width: 100, height: 30)
    state.planBudget = 500_000
    try check("plan-shortfall", state, width: 100, height: 30)
    state.planBudget = 1_500_000
    state.planWhatIf = true
    try check("plan-what-if", state, width: 100, height: 30)
  }

  @Test("Chinese interface", arguments: sizes)
  func chinese(width: Int, height: Int) throws {
    var state = GoldenScreenTests.demoState(.zhHans)
    for screen in Screen.allCases {
      state.screen = screen
      try check("zh-\(screen)", state, width: width, height: height)
    }
  }

  @Test("empty state, a long name cut at a column boundary, and a window too small")
  func edgeCases() throws {
    var state = AppState(
      portfolio: Portfolio(), settings: Settings(), today: GoldenScreenTests.today, language: .en)
    try check("empty-today", state, width: 80, height: 24)
    var p = DemoPortfolio.make(today: GoldenScreenTests.today)
    p.debts[1].name = "微粒贷" + String(repeating: "很长的名字", count: 20)
    p.debts[2].name = "evil\u{1B}[31m\r\u{202E}name"
    state = AppState(portfolio: p, settings: Settings(), today: GoldenScreenTests.today, language: .en)
    state.screen = .debts
    try check("long-names", state, width: 80, height: 24)
    try check("too-small", state, width: 30, height: 10)
    for (w, h) in [(1, 1), (0, 0), (2, 50), (49, 11), (50, 12)] {
      let b = AppView.render(state, keyMap: .standard, theme: .standard, width: w, height: h)
      #expect(b.lines().count == h)
    }
  }
}
