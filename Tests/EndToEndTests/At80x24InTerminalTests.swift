import Foundation
import Testing

/// The whole app within reach in a terminal of 80×24, as most open: every key in the help, the
/// add form to its last field with the preview, the case's log and agreement, a letter to its end.
@Suite("The app at 80×24 in a real terminal (tmux)", .serialized)
struct At80x24InTerminalTests {
  @Test(
    "help scrolls to its last key; the add form to Notes shows the preview; the case's sections and a letter's end"
  )
  func everythingInReach() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(cli: cli, width: 80, height: 24)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")

    // ? and PgDn to the end: the counter reaches its total, and a key of every context is seen.
    try tmux.keys("?")
    #expect(tmux.waitFor("type to filter") != nil, "\(tmux.screen())")
    var seen = tmux.screen()
    var atEnd = false
    for _ in 0..<30 where !atEnd {
      try tmux.keys("PgDn")
      Thread.sleep(forTimeInterval: 0.15)
      let screen = tmux.screen()
      seen += "\n" + screen
      // "110–124 / 124": the last row shown is the last key.
      if let range = screen.range(of: #"–(\d+) / (\d+)"#, options: .regularExpression) {
        let parts = screen[range].dropFirst().split(separator: " / ")
        atEnd = parts.count == 2 && parts[0] == parts[1]
      }
    }
    #expect(atEnd, "the help never reached its end:\n\(tmux.screen())")
    for label in [
      "someone is at the door", "snooze until a date", "reverse the sort", "next section", "skip the step",
      "save as Markdown", "search", "next match", "budget +¥1,000", "previous month", "next value",
      "next field",
      "yes",
    ] {
      #expect(seen.contains(label), "“\(label)” never shown in the help")
    }
    try tmux.keys("Escape")

    // The add form: fill it, Tab to the last field, type there; the preview is on screen with it.
    try tmux.keys("3", "a")
    #expect(tmux.waitFor("Add a debt") != nil, "\(tmux.screen())")
    try tmux.type("借呗 周转")
    try tmux.keys("Tab")
    try tmux.type("蚂蚁")
    try tmux.keys("Tab", "Tab")
    try tmux.type("20000")
    try tmux.keys("Tab")
    try tmux.type("0.05")
    for _ in 0..<16 { try tmux.keys("Tab") }
    try tmux.type("先还利息")
    #expect(tmux.waitFor("Notes           先还利息") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("Preview: 12 installments"), "\(tmux.screen())")
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Added 借呗 周转") != nil, "\(tmux.screen())")

    // The overdue 借呗's case: Tab through the ladder, the agreement and the log.
    try tmux.keys("1", "c")
    #expect(tmux.waitFor("Case: 借呗 应急 — M2 overdue") != nil, "\(tmux.screen())")
    try tmux.keys("Tab")
    #expect(tmux.waitFor("Legal action") != nil, "\(tmux.screen())")
    try tmux.keys("Tab")
    #expect(tmux.waitFor("No agreement yet") != nil, "\(tmux.screen())")
    try tmux.keys("Tab")
    #expect(tmux.waitFor("Contact log (0), newest first") != nil, "\(tmux.screen())")
    // Record an agreement: the dialog says what it changes; then the section shows it.
    try tmux.keys("A", "Down", "Down")
    try tmux.type("1600")
    #expect(tmux.waitFor("Enter records 12 payments of ¥1,600.00") != nil, "\(tmux.screen())")
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Agreement recorded") != nil, "\(tmux.screen())")
    try tmux.keys("Tab", "Tab", "Tab")
    #expect(tmux.waitFor("paid ¥0.00 of ¥19,200.00") != nil, "\(tmux.screen())")

    // A letter, to its last line with G.
    try tmux.keys("w")
    #expect(tmux.waitFor("(1/6)") != nil, "\(tmux.screen())")
    #expect(!tmux.screen().contains("Yours sincerely,"))
    try tmux.keys("G")
    #expect(tmux.waitFor("Yours sincerely,") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "Escape", "q")
    #expect(tmux.waitUntilExited())
  }
}
