import Foundation
import Testing

@Suite("The app in a real terminal (tmux)", .serialized)
struct AppInTerminalTests {
  func listJSON(_ cli: CLIRunner) throws -> [[String: Any]] {
    let r = try cli.run(["list", "--json", "--all"])
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]] ?? []
  }

  @Test("demo data: walk every screen, add a debt in Chinese, pay, undo, resize, quit, and find it saved")
  func morningRoutine() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let paymentsBefore = try cli.run(["show", "d2", "--json"]).stdout.components(separatedBy: "\"amount\"")
      .count

    let tmux = try TmuxSession(cli: cli)
    #expect(
      tmux.waitFor("1 overdue · 1 for today · 1 due in the next 7 days") != nil,
      "Today did not open: \(tmux.screen())")
    #expect(tmux.screen().contains("借呗 应急"))

    try tmux.keys("2")
    #expect(tmux.waitFor("Total owed") != nil)
    try tmux.keys("3")
    #expect(tmux.waitFor("5 debts") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("To settle today") != nil)
    try tmux.keys("Escape", "4")
    #expect(tmux.waitFor("Due on 2026-11-23") != nil)
    try tmux.keys("5")
    #expect(tmux.waitFor("Balance over time") != nil)
    try tmux.keys("6")
    #expect(tmux.waitFor("Remind before a due date") != nil)
    try tmux.keys("?")
    #expect(tmux.waitFor("Everywhere") != nil)
    try tmux.keys("Escape", "!")
    #expect(tmux.waitFor("Someone is at the door") != nil)
    try tmux.keys("Escape", "1")

    // Add a debt whose name is typed in Chinese.
    try tmux.keys("a")
    #expect(tmux.waitFor("Add a debt") != nil)
    try tmux.type("朋友借款")
    try tmux.keys("Tab")
    try tmux.type("张三")
    try tmux.keys("Tab", "Tab")
    try tmux.type("5000")
    try tmux.keys("Tab")
    try tmux.type("0.05")
    #expect(tmux.waitFor("Preview: 12 installments") != nil, "\(tmux.screen())")
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Added 朋友借款") != nil, "\(tmux.screen())")

    // Record a payment on today's first item, then undo it.
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Recorded ¥1,917.22 paid to 借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("u")
    #expect(tmux.waitFor("Undone") != nil)

    // A payment recorded from another terminal shows up without restarting.
    #expect(try cli.run(["pay", "微粒贷", "100"]).status == 0)
    #expect(tmux.waitFor("Updated with changes saved by another DebtDeck") != nil, "\(tmux.screen())")

    try tmux.resize(30, 10)
    #expect(tmux.waitFor("Enlarge the window") != nil, "\(tmux.screen())")
    try tmux.resize(100, 30)
    #expect(tmux.waitFor("due in the next") != nil)

    try tmux.keys("q")
    #expect(tmux.waitUntilExited())

    let debts = try listJSON(cli)
    #expect(debts.count == 6)
    #expect(debts.contains { $0["name"] as? String == "朋友借款" && $0["principal"] as? Int == 500_000 })
    // The undone payment is gone; the one from the other terminal stayed.
    let d1 = debts.first { $0["id"] as? String == "d1" }
    #expect(d1?["stage"] as? String == "M2")
    let paymentsAfter = try cli.run(["show", "d2", "--json"]).stdout.components(separatedBy: "\"amount\"")
      .count
    #expect(paymentsAfter == paymentsBefore + 1)

    // Start again: the new debt is there.
    let again = try TmuxSession(cli: cli)
    try again.keys("3")
    #expect(again.waitFor("朋友借款") != nil)
    try again.keys("C-c")
    #expect(again.waitUntilExited())
  }

  @Test("reminders: snooze one, mark one done, quit, come back the next day")
  func reminderWorkflow() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("1 overdue · 1 for today · 1 due in the next 7 days") != nil, "\(tmux.screen())")
    // The rows: 借呗 overdue (with its notice), 微粒贷's 3-day notice under Today, 微粒贷 due.
    try tmux.keys("z")
    #expect(tmux.waitFor("Snoozed until 2026-11-24") != nil, "\(tmux.screen())")
    // Snoozing the notice never hides the late money.
    #expect(tmux.screen().contains("1 overdue") && tmux.screen().contains("借呗 应急"))
    try tmux.keys("j")
    try tmux.keys("d")
    #expect(tmux.waitFor("1 overdue · 0 for today · 1 due in the next 7 days") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("微粒贷"))  // still due: the agenda keeps it
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())

    cli.today = "2026-11-24"
    let next = try cli.run(["today", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(next.stdout.utf8)) as? [String: Any]
    let ids = (object?["reminders"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
    #expect(ids.contains("overdue:d1:3"), "\(ids)")  // snoozed until today: back, same id
    #expect(!ids.contains("due:d2:4:3"), "\(ids)")  // done: never again
    let upcoming = (object?["upcoming"] as? [[String: Any]] ?? []).compactMap { $0["debt"] as? String }
    #expect(upcoming.contains("d2"), "\(upcoming)")  // and still due on the 26th
    let again = try TmuxSession(cli: cli)
    #expect(again.waitFor("1 overdue · 0 for today · 1 due in the next 7 days") != nil, "\(again.screen())")
    #expect(again.screen().contains("微粒贷"))
    try again.keys("q")
    #expect(again.waitUntilExited())
  }

  @Test("stdin closed: the app exits instead of spinning")
  func stdinClosed() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    // Not a terminal at all: a clear message, no crash.
    let r = try cli.run([])
    #expect(r.status == 69)
    #expect(r.stderr.contains("must be a terminal"))
  }
}
