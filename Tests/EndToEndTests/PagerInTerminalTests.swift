import Foundation
import Testing

/// The one pager in a real terminal of 80×24: the plan month by month to its last month, a guide
/// step in full and a search in it, the notes, the debt detail scrolled to its end — and 借呗
/// searched in the Chinese month-by-month page.
@Suite("Long text in the pager at 80×24 in a real terminal (tmux)", .serialized)
struct PagerInTerminalTests {
  /// Whether the screen's rows come to satisfy `ok` before the deadline (row 0 is the top bar,
  /// row 2 the first line of text in a page).
  func waitUntil(_ tmux: TmuxSession, seconds: Double = 10, _ ok: ([Substring]) -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if ok(tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)) { return true }
      Thread.sleep(forTimeInterval: 0.05)
    }
    return false
  }

  func waitForRow(_ tmux: TmuxSession, _ row: Int, _ text: String) -> Bool {
    waitUntil(tmux) { $0.count > row && $0[row].contains(text) }
  }

  @Test(
    "m on Plan and G reach the last month; v opens a guide step and / finds 12378 in it; End ends the detail")
  func english() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(cli: cli, width: 80, height: 24)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")

    // The plan month by month, to its last month: the status line says the end is shown.
    try tmux.keys("5")
    #expect(tmux.waitFor("★ month by month: m") != nil, "\(tmux.screen())")
    try tmux.keys("m")
    #expect(tmux.waitFor("Month by month — Avalanche") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("■ 2026-11 · paid ¥10,700.00"))
    try tmux.keys("G")
    #expect(tmux.waitFor("■ 2027-09") != nil, "\(tmux.screen())")
    let end = tmux.screen()
    #expect(end.contains("paid off"), "\(end)")
    #expect(end.range(of: #"(\d+)–(\d+)/\2 "#, options: .regularExpression) != nil, "\(end)")
    try tmux.keys("Escape")

    // The case of the overdue 借呗: the guide step on the collectors' rules, in full.
    try tmux.keys("1", "c")
    #expect(tmux.waitFor("Case: 借呗 应急 — M2 overdue") != nil, "\(tmux.screen())")
    for _ in 0..<8 { try tmux.keys("Down") }
    #expect(tmux.waitFor("9. Know your rights") != nil, "\(tmux.screen())")
    try tmux.keys("v")
    #expect(tmux.waitFor("Guide step 9 of 11") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("Have ready"))
    try tmux.keys("/")
    #expect(tmux.waitFor("Search: ") != nil, "\(tmux.screen())")
    try tmux.type("12378")
    try tmux.keys("Enter")
    // The page scrolls to the match (here as far as its end lets it: the match stays in view).
    #expect(waitUntil(tmux) { !$0.joined().contains("1–18/") && $0.contains { $0.contains("12378") } })
    #expect(!tmux.screen().contains("Not found"), "\(tmux.screen())")
    try tmux.keys("/")
    try tmux.keys("C-u")
    try tmux.type("no such words")
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Not found") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "Escape")

    // The detail of the 借呗, to its end (the shell keeps how far the frame could scroll).
    try tmux.keys("3", "Enter")
    #expect(tmux.waitFor("Lender          重庆蚂蚁消费金融") != nil, "\(tmux.screen())")
    try tmux.keys("End")
    #expect(tmux.waitFor("Payments (1)") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("2026-09-09     ¥1,835.98"))
    try tmux.keys("Up")
    try tmux.keys("Escape", "q")
    #expect(tmux.waitUntilExited())
  }

  @Test("in Chinese: the month-by-month page finds 借呗 with /, and n goes to the next month")
  func chinese() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(
      cli: cli, width: 80, height: 24, command: [CLIRunner.binary, "--lang", "zh-Hans"])
    #expect(tmux.waitFor("逾期 1 笔") != nil, "\(tmux.screen())")
    try tmux.keys("5", "m")
    #expect(tmux.waitFor("逐月明细 — 雪崩法") != nil, "\(tmux.screen())")
    try tmux.keys("/")
    #expect(tmux.waitFor("查找：") != nil, "\(tmux.screen())")
    try tmux.type("借呗")
    try tmux.keys("Enter")
    // The first 借呗 line comes to the top of the box (the first month's), then the next month's.
    #expect(waitForRow(tmux, 2, "借呗 应急   还款"), "\(tmux.screen())")
    let first = tmux.screen().split(separator: "\n")[2]
    try tmux.keys("n")
    #expect(
      waitUntil(tmux) { $0.count > 2 && $0[2].contains("借呗 应急   还款") && $0[2] != first }, "\(tmux.screen())")
    try tmux.keys("N")
    #expect(waitUntil(tmux) { $0.count > 2 && $0[2] == first }, "\(tmux.screen())")
    try tmux.keys("Escape", "q")
    #expect(tmux.waitUntilExited())
  }
}
