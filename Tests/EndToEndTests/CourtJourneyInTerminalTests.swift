import Foundation
import Testing

@Suite("A payment order on a debt at M3+, in a real terminal (tmux)", .serialized)
struct CourtJourneyInTerminalTests {
  @Test(
    "支付令 on an M3+ debt: the case counts down 15 days, the guide drafts the objection, today repeats it daily until done; a 安全账户 call is flagged"
  )
  func paymentOrder() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    // ¥20,000 from 2026-05-05, nothing paid: 171 days late on 2026-11-23 (M3+).
    #expect(
      try cli.run([
        "add", "--name", "借呗", "--kind", "jiebei", "--lender", "重庆蚂蚁消费金融有限公司", "--principal", "20000",
        "--rate", "0.05", "--term", "12", "--start", "2026-05-05", "--due-day", "5",
      ]).status == 0)
    #expect(try cli.run(["list", "--lang", "en"]).stdout.contains("M3+"))
    let court = try cli.run([
      "court", "借呗", "--event", "payment-order", "--received", "2026-11-23", "--case-no", "(2026)渝0112民督123号",
      "--court", "重庆市渝北区人民法院", "--lang", "en",
    ])
    // 2026-11-23 + 15 days, counted from the next day: Tue 2026-12-08 (DOMAIN §7's example).
    #expect(court.status == 0 && court.stdout.contains("deadline 2026-12-08 (15 days left)"), "\(court)")
    let logged = try cli.run([
      "log", "借呗", "--channel", "call", "--phone", "0571-1234567", "--summary", "自称法院工作人员，让我把钱转到安全账户",
      "--at", "2026-11-23 10:00", "--lang", "en",
    ])
    #expect(logged.stderr.contains("possible scam"), "\(logged)")

    var tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("1 in court") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("in court · penalty"))
    try tmux.keys("c")
    #expect(tmux.waitFor("Case: 借呗 — in court") != nil, "\(tmux.screen())")
    var screen = tmux.screen()
    // The guide's first step is the paper's, with its countdown; the ladder goes on past legal action.
    #expect(screen.contains("[ ] 1. payment order (支付令) — 15 days left"), "\(screen)")
    #expect(screen.contains("▶ In court"), "\(screen)")
    #expect(screen.contains("1 contact to verify before you act"), "\(screen)")
    // The log section (Shift-Tab from the guide) shows the flag on the call itself.
    try tmux.keys("BTab")
    #expect(tmux.waitFor("⚠ possible scam: asks for a transfer") != nil, "\(tmux.screen())")
    try tmux.keys("Tab")
    // Enter drafts the objection, filled from the case.
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Objection to a payment order (") != nil, "\(tmux.screen())")
    screen = tmux.screen()
    #expect(screen.contains("Last day to file: 2026-12-08 (15 days left)"), "\(screen)")
    #expect(screen.contains("(2026)渝0112民督123号"), "\(screen)")
    try tmux.keys("C-s")
    #expect(tmux.waitFor("d1-payment-order-objection-2026-11-23-en.md") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "q")
    #expect(tmux.waitUntilExited())
    let saved = try String(
      contentsOfFile: cli.dataDir + "/data/letters/d1-payment-order-objection-2026-11-23-en.md",
      encoding: .utf8)
    #expect(saved.contains("not legal advice") && saved.contains("rule book checked 2026-11-23"))

    // `today` says it every day, counting down, until the step is marked done.
    let first = try #require(LocalDateFormat.parse("2026-11-23"))
    for offset in 0...16 {
      let day = LocalDateFormat.add(days: offset, to: first)
      cli.today = day
      let brief = try cli.run(["today", "--lang", "en"]).stdout
      let left = 15 - offset
      let expected =
        left > 1 ? "\(left) days left" : left == 1 ? "1 day left" : left == 0 ? "last day today" : "12348"
      #expect(brief.contains("payment order") && brief.contains(expected), "\(day): \(brief)")
    }

    // On 12-01 the objection is filed: Space on the step marks it done, and the countdown stops.
    cli.today = "2026-12-01"
    tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("1 in court") != nil, "\(tmux.screen())")
    try tmux.keys("c")
    #expect(tmux.waitFor("7 days left") != nil, "\(tmux.screen())")
    try tmux.keys("Space")
    #expect(tmux.waitFor("[x] 1. payment order") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "q")
    #expect(tmux.waitUntilExited())
    for day in ["2026-12-01", "2026-12-02", "2026-12-09"] {
      cli.today = day
      #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("payment order")), "\(day)")
    }
    // Still in court: the stage stays until a judgment or settlement is recorded.
    #expect(try cli.run(["today", "--lang", "en"]).stdout.contains("in court"))
  }
}

/// Dates for the test's own day-by-day loop, counted without the app's code.
enum LocalDateFormat {
  static func parse(_ s: String) -> (Int, Int, Int)? {
    let p = s.split(separator: "-").compactMap { Int($0) }
    return p.count == 3 ? (p[0], p[1], p[2]) : nil
  }

  static func add(days: Int, to start: (Int, Int, Int)) -> String {
    var (y, m, d) = start
    let lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    for _ in 0..<days {
      let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
      let length = m == 2 && leap ? 29 : lengths[m - 1]
      d += 1
      if d > length {
        d = 1
        m += 1
        if m > 12 {
          m = 1
          y += 1
        }
      }
    }
    return String(format: "%04d-%02d-%02d", y, m, d)
  }
}
