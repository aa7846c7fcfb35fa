import Foundation
import Testing

@Suite("The case file in a real terminal (tmux)", .serialized)
struct CaseInTerminalTests {
  @Test(
    "a debt at M2: open its case, tick two steps, record a call typed in Chinese, draft the letter, reopen")
  func missedPayment() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)

    var tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    // From Today, the overdue 借呗 (M2) is under the cursor: c opens its case.
    try tmux.keys("c")
    #expect(tmux.waitFor("Case: 借呗 应急 — M2 overdue") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("Waiting 1 more day costs"))
    try tmux.keys("Space")
    #expect(tmux.waitFor("[x] 1. Confirm the facts 2026-11-23") != nil, "\(tmux.screen())")
    // d is done too (as on Today).
    try tmux.keys("Down", "d")
    #expect(tmux.waitFor("[x] 2. Work out what you can really pay") != nil, "\(tmux.screen())")

    // Record a call: the summary typed in Chinese.
    try tmux.keys("l")
    #expect(tmux.waitFor("Record a contact") != nil, "\(tmux.screen())")
    for _ in 0..<7 { try tmux.keys("Down") }
    try tmux.type("客服同意先还一千，其余分十二期")
    #expect(tmux.waitFor("其余分十二期") != nil, "\(tmux.screen())")
    // The call recording, kept as evidence: named in the form, hashed when recorded.
    let recording = cli.dataDir + "/recording.m4a"
    try Data("recording".utf8).write(to: URL(fileURLWithPath: recording))
    // The evidence field is the last: 11 rows below what was said.
    for _ in 0..<11 { try tmux.keys("Down") }
    try tmux.type(recording)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Recorded c1") != nil, "\(tmux.screen())")

    // Draft the negotiation letter and save it beside the data.
    try tmux.keys("w")
    #expect(tmux.waitFor("Request to negotiate repayment (1/6)") != nil, "\(tmux.screen())")
    // Ctrl-S reaches the app (the terminal is raw: no XOFF) and saves it.
    try tmux.keys("C-s")
    #expect(tmux.waitFor("d1-negotiation-2026-11-23-en.md") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "Escape", "q")
    #expect(tmux.waitUntilExited())

    // Reopen: all there.
    tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil)
    try tmux.keys("c")
    #expect(tmux.waitFor("Case: 借呗 应急") != nil, "\(tmux.screen())")
    let screen = tmux.screen()
    #expect(screen.contains("[x] 1. Confirm the facts 2026-11-23"))
    #expect(screen.contains("[x] 2. Work out what you can really pay"))
    #expect(screen.contains("其余分十二期"), "\(screen)")
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())
    let letter = try String(
      contentsOfFile: cli.dataDir + "/data/letters/d1-negotiation-2026-11-23-en.md", encoding: .utf8)
    #expect(letter.hasPrefix("# Request to negotiate repayment"))
    let log = try cli.run(["log", "d1", "--json"]).stdout
    #expect(log.contains("客服同意先还一千，其余分十二期"))
    #expect(log.contains("3ebb153fb24e4411400e94a9a92b0ec458c3a8473e51e03cd37d4a34c99dfda6"))
  }
}

extension CaseInTerminalTests {
  @Test("a multi-line paste into the contact form is text: it submits nothing and runs no keys")
  func bracketedPaste() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let before = try cli.run(["case", "d1", "--json"]).stdout
    let tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try tmux.keys("c")
    #expect(tmux.waitFor("Case: 借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("l")
    #expect(tmux.waitFor("Record a contact") != nil, "\(tmux.screen())")
    for _ in 0..<7 { try tmux.keys("Down") }
    // As a terminal sends a paste: tmux wraps it in ESC[200~ … ESC[201~ since the app asked.
    _ = try tmux.tmux(["set-buffer", "Collector called about 借呗\nuser said: pay 500 today\nsaa\n"])
    _ = try tmux.tmux(["paste-buffer", "-p"])
    #expect(tmux.waitFor("user said: pay 500 today saa") != nil, "\(tmux.screen())")
    // Still the form: nothing submitted, no agreement form opened, no step skipped.
    #expect(tmux.screen().contains("Record a contact"), "\(tmux.screen())")
    try tmux.keys("Escape")
    try tmux.keys("y")
    try tmux.keys("q")
    if !tmux.waitUntilExited() { try tmux.keys("q") }
    #expect(tmux.waitUntilExited())
    #expect(try cli.run(["case", "d1", "--json"]).stdout == before, "the paste changed the case")
  }

  @Test("archive asks first, says what stops showing, and the late debt stays in the brief")
  func archiveAsks() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try tmux.keys("3")
    #expect(tmux.waitFor("借呗 应急") != nil, "\(tmux.screen())")
    // The cursor on the first row: find 借呗 应急 (the overdue one) by the filter.
    try tmux.keys("/")
    try tmux.type("应急")
    try tmux.keys("Enter")
    try tmux.keys("X")
    #expect(tmux.waitFor("still owed?") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("stays in the brief"), "\(tmux.screen())")
    try tmux.keys("n")
    #expect(try cli.run(["show", "d1", "--json"]).stdout.contains("\"archived\" : false"))
    try tmux.keys("X")
    #expect(tmux.waitFor("still owed?") != nil, "\(tmux.screen())")
    try tmux.keys("y")
    #expect(tmux.waitFor("Archived 借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("1")
    #expect(tmux.waitFor("1 overdue ·") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("借呗 应急"))
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())
    #expect(try cli.run(["today", "--fail-if-overdue"]).status == 1)
  }
}
