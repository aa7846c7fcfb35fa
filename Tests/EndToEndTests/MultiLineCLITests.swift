import Foundation
import Testing

/// Notes and what was said may hold line breaks (the forms' text areas, `--notes`, `--summary`):
/// they are kept in the data, shown as lines of their own, and every export stays valid.
@Suite("Text of several lines from the command line")
struct MultiLineCLITests {
  static let notes = "第一行：先还利息\n\nsecond line, with \"quotes\""

  @Test("notes of several lines: kept in JSON, a row each in show, one quoted CSV cell, not in hledger")
  func notes() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let added = try cli.run([
      "add", "--name", "借呗 周转", "--principal", "1000", "--rate", "0.05", "--notes", MultiLineCLITests.notes,
    ])
    #expect(added.status == 0, "\(added)")
    let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let data = try #require(FileManager.default.contents(atPath: cli.dataDir + "/data/portfolio.json"))
    let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    let debts = try #require(json["debts"] as? [[String: Any]])
    #expect(debts.first?["notes"] as? String == MultiLineCLITests.notes)

    let shown = try cli.run(["show", id, "--lang", "en"]).stdout.split(separator: "\n").map(String.init)
    let at = try #require(shown.firstIndex { $0.hasPrefix("Notes") && $0.hasSuffix("第一行：先还利息") })
    // The next two rows carry the rest under an empty label, at the same column.
    let column = shown[at].count - "第一行：先还利息".count
    #expect(shown[at + 1].trimmingCharacters(in: .whitespaces).isEmpty)
    #expect(shown[at + 2] == String(repeating: " ", count: column) + "second line, with \"quotes\"")
    #expect(!shown.joined().contains("^J"))

    let csv = try cli.run(["export", "--format", "csv", "--kind", "debts"]).stdout
    // Written by hand: RFC 4180 quotes the cell and doubles its quotes; its line breaks stay.
    #expect(csv.contains(",\"第一行：先还利息\n\nsecond line, with \"\"quotes\"\"\"\r\n"), "\(csv)")
    #expect(csv.components(separatedBy: "\r\n").count == 3)

    let journal = try cli.run(["export", "--format", "hledger"]).stdout
    #expect(!journal.contains("第一行"))
  }

  @Test("what was said of several lines: `log` and `case` show each line indented, never ^J")
  func summary() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let logged = try cli.run([
      "log", "d1", "--channel", "call", "--at", "2026-11-22 10:00", "--summary", "催收来电\n要求三天内还清",
    ])
    #expect(logged.status == 0, "\(logged)")
    for command in [["log", "d1"], ["case", "d1"]] {
      let out = try cli.run(command + ["--lang", "en"]).stdout
      // Each line of the summary is a line of its own, both at the entry's indent.
      let lines = out.split(separator: "\n").map(String.init)
      let at = try #require(lines.firstIndex { $0.hasSuffix(" 催收来电") }, "\(command): \(out)")
      let indent = lines[at].prefix { $0 == " " }
      #expect(indent.count >= 4 && lines[at + 1] == indent + "要求三天内还清", "\(command): \(out)")
      #expect(!out.contains("^J"))
    }
    // A control character other than a line break is still refused.
    let bad = try cli.run(["log", "d1", "--channel", "call", "--summary", "a\u{1B}[31mb"])
    #expect(bad.status != 0)
  }
}
