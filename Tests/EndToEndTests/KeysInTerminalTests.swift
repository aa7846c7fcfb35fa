import Foundation
import Testing

/// Issue 14's keys in a real terminal at 80×24: one meaning per key, a key that cannot act says
/// why, `?` over a letter comes back to it, and Ctrl-S reaches the app (the tty is raw: no XOFF).
@Suite("Keys in a real terminal (tmux)", .serialized)
struct KeysInTerminalTests {
  @Test("no debt under the cursor is said; d and x in the case; ? over a letter; Ctrl-S saves; Chinese too")
  func keys() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(cli: cli, width: 80, height: 24)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("? help  q quit  ! door"), "\(tmux.screen())")

    // Debts filtered down to nothing: p and D say why they do nothing.
    try tmux.keys("3", "/")
    try tmux.type("zzzz")
    try tmux.keys("Enter", "p")
    #expect(tmux.waitFor("No debt under the cursor") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "u")
    #expect(tmux.waitFor("Nothing to undo.") != nil, "\(tmux.screen())")

    // The case: d ticks the first step, x skips the second.
    try tmux.keys("c")
    #expect(tmux.waitFor("Case: 借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("d")
    #expect(tmux.waitFor("[x] 1. Confirm the facts 2026-11-23") != nil, "\(tmux.screen())")
    try tmux.keys("Down", "x")
    #expect(tmux.waitFor("[-] 2. Work out what you can really pay") != nil, "\(tmux.screen())")

    // A letter: its footer has ? help; the help opens on the letter's keys and Esc comes back.
    try tmux.keys("w")
    #expect(tmux.waitFor("(1/6)") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("? help"), "\(tmux.screen())")
    try tmux.keys("?")
    #expect(tmux.waitFor("│ Letters") != nil, "\(tmux.screen())")
    try tmux.keys("Escape")
    #expect(tmux.waitFor("(1/6)") != nil, "\(tmux.screen())")
    try tmux.keys("C-s")
    #expect(tmux.waitFor("d1-negotiation-2026-11-23-en.md") != nil, "\(tmux.screen())")
    // Still answering after Ctrl-S (a terminal with flow control would have stopped here).
    try tmux.keys("Escape", "Escape", "q")
    #expect(tmux.waitUntilExited(), "\(tmux.screen())")

    // In Chinese, the reason and the footer.
    let zh = try TmuxSession(
      cli: cli, width: 80, height: 24, command: [CLIRunner.binary, "--lang", "zh-Hans"])
    #expect(zh.waitFor("? 帮助") != nil, "\(zh.screen())")
    try zh.keys("3", "/")
    try zh.type("zzzz")
    try zh.keys("Enter", "X")
    #expect(zh.waitFor("光标处没有债务") != nil, "\(zh.screen())")
    try zh.keys("q")
    #expect(zh.waitUntilExited(), "\(zh.screen())")
  }
}
