import Foundation
import Testing

/// `debtdeck log DEBT` and the case screen's log section show one contact log: the same
/// entries, each with the same lines, in both languages (the screen lists the newest first).
@Suite("One contact log: the command line and the case screen", .serialized)
struct CaseLogParityTests {
  /// A log with every kind of line: organisation, person, staff id, phone, duration, outside the
  /// hours, a third party, a threat, evidence, both kinds of promise, verbal agreements confirmed,
  /// dropped and open, a filing, and a correction.
  static func record(_ cli: CLIRunner) throws {
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let recording = cli.dataDir + "/rec.m4a"
    try Data("recording".utf8).write(to: URL(fileURLWithPath: recording))
    let entries: [[String]] = [
      [
        "--channel", "call", "--summary", "催收来电，要求全部还清", "--at", "2026-11-20 22:30", "--org", "某催收公司",
        "--person", "王", "--staff", "1024", "--phone", "95188", "--duration", "12m", "--promise",
        "2026-12-01 1500 先还一部分", "--their-promise", "2026-11-30 send the plan", "--third-party", "--flag",
        "threat", "--evidence", recording, "--verbal-agreement", "分 12 期",
      ],
      [
        "--channel", "app", "--from", "me", "--at", "2026-11-21 10:00", "--summary", "confirmed",
        "--confirm-verbal",
      ],
      [
        "--channel", "call", "--at", "2026-11-21 11:00", "--summary", "offered", "--verbal-agreement",
        "3 months",
      ],
      ["--channel", "call", "--at", "2026-11-21 12:00", "--summary", "fell through", "--drop-verbal"],
      [
        "--channel", "email", "--from", "me", "--at", "2026-11-22 09:00", "--summary", "sent", "--filing",
        "complaint",
      ],
      [
        "--channel", "call", "--at", "2026-11-22 10:00", "--summary", "noted", "--corrects", "c1", "--agreed",
        "500",
      ],
      [
        "--channel", "sms", "--at", "2026-11-22 11:00", "--summary", "again", "--verbal-agreement",
        "half now",
      ],
    ]
    for entry in entries {
      let r = try cli.run(["log", "d1"] + entry)
      #expect(r.status == 0, "\(entry): \(r.stderr)")
    }
  }

  /// Lines grouped by entry: a head (`c3 2026-…`) and the lines below it, without indentation.
  static func entries(_ lines: [String]) -> [[String]] {
    var out: [[String]] = []
    for line in lines {
      let text = line.trimmingCharacters(in: .whitespaces)
      if text.range(of: #"^c[0-9]+ "#, options: .regularExpression) != nil {
        out.append([text])
      } else if !out.isEmpty, !text.isEmpty {
        out[out.count - 1].append(text)
      }
    }
    return out
  }

  /// The screen's log section: the rows below its title, from the title's column on.
  static func screenLog(_ screen: String, title: String) -> [String] {
    let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let at = rows.firstIndex(where: { $0.contains(title) }), let range = rows[at].range(of: title)
    else {
      return []
    }
    let column = columns(rows[at][..<range.lowerBound])
    var out: [String] = []
    for row in rows[(at + 1)...] {
      var width = 0
      var rest = Substring(row)
      while let c = rest.first, width < column {
        width += columns(Substring(String(c)))
        rest = rest.dropFirst()
      }
      let text = rest.trimmingCharacters(in: .whitespaces)
      if text.isEmpty { break }
      out.append(String(rest))
    }
    return out
  }

  @Test("the same entries with the same lines", arguments: ["en", "zh-Hans"])
  func sameLog(lang: String) throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try CaseLogParityTests.record(cli)
    let printed = try cli.run(["log", "d1", "--lang", lang])
    #expect(printed.status == 0, "\(printed.stderr)")
    let fromCLI = CaseLogParityTests.entries(printed.stdout.split(separator: "\n").map(String.init))
    #expect(fromCLI.count == 7)

    let tmux = try TmuxSession(
      cli: cli, width: 250, height: 100, command: [CLIRunner.binary, "--lang", lang])
    #expect(tmux.waitFor("借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("c")
    let title = lang == "en" ? "Contact log (7)" : "联系记录（7 条）"
    #expect(tmux.waitFor(title) != nil, "\(tmux.screen())")
    let screen = tmux.screen()
    try tmux.keys("q")
    _ = tmux.waitUntilExited()
    let onScreen = CaseLogParityTests.entries(CaseLogParityTests.screenLog(screen, title: title))
    #expect(onScreen == Array(fromCLI.reversed()), "\(screen)")

    // The facts typed are there, once each, in both.
    let all = fromCLI.flatMap { $0 }.joined(separator: "\n")
    for fact in [
      "某催收公司", "#1024", "95188", "先还一部分", "send the plan", "rec.m4a sha256:", "分 12 期", "half now",
      // A complaint is answered within 15 calendar days of 2026-11-22.
      "2026-12-07",
    ] {
      #expect(all.contains(fact), "\(lang): \(fact) in \(all)")
    }
    let facts: [(String, String)] =
      lang == "en"
      ? [
        ("12 min", "duration"), ("confirmed in writing on 2026-11-21 (c2)", "confirmed"),
        ("dropped on 2026-11-21", "dropped"), ("ask for it in writing", "open"),
        ("(corrects c1)", "correction"),
        ("(corrected later)", "corrected"), ("threat", "mark"),
        ("I promised 2026-12-01 ¥1,500.00", "promise"),
      ]
      : [
        ("12 分", "duration"), ("已于 2026-11-21 书面确认（c2）", "confirmed"), ("已于 2026-11-21 放弃", "dropped"),
        ("请对方书面确认", "open"), ("（更正 c1）", "correction"), ("（已被更正）", "corrected"),
        ("我承诺 2026-12-01 ¥1,500.00", "promise"),
      ]
    for (text, what) in facts { #expect(all.contains(text), "\(lang) \(what): \(text) in \(all)") }
  }

  @Test("the comparison sees a line missing on one side")
  func theCheckCanFail() {
    let cli = CaseLogParityTests.entries(["c1 2026-11-20 22:30 call · 12 min", "    said", "c2 x", "    y"])
    let screen = CaseLogParityTests.entries(["  c2 x", "    y", "  c1 2026-11-20 22:30 call", "    said"])
    #expect(cli.count == 2 && screen.count == 2)
    #expect(screen != Array(cli.reversed()))
    let title = "Contact log (1)"
    let rows = "left 征信 text   \(title)\n征信 more        c1 a\n                   b\n\nfooter"
    #expect(CaseLogParityTests.screenLog(rows, title: title) == ["c1 a", "  b"])
  }
}
