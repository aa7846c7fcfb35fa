import Foundation
import Testing

/// FINDINGS: "1 rows with problems", "passed 1 days ago", and `pay CMB 100` paying "CMB card".
@Suite("Command-line wording: one day, one row; a name means the closest debt")
struct CLIWordingTests {
  static let add = ["add", "--principal", "1000", "--rate", "0.05", "--term", "12", "--name"]

  /// "1 days", "1 rows", "1 debts" …: a count of one with a plural noun.
  static func pluralOne(_ text: String) -> String? {
    text.range(of: #"(^|[^0-9.,])1 (days|rows|debts|payments)\b"#, options: .regularExpression).map {
      String(text[$0])
    }
  }

  @Test("the check finds “1 days” and accepts “11 days” and “1 day”")
  func theCheckCanFail() {
    #expect(CLIWordingTests.pluralOne("(passed 1 days ago)") != nil)
    #expect(CLIWordingTests.pluralOne("1 rows with problems") != nil)
    #expect(CLIWordingTests.pluralOne("passed 11 days ago; 1 day left; ¥1.1 days") == nil)
  }

  @Test("a CSV with one bad row says “1 row”, in both outcomes")
  func oneRow() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let csv = cli.dataDir + "/one-bad.csv"
    try Data("name,principal,start\nA,1000,2026-01-01\nB,abc,2026-01-01\n".utf8).write(
      to: URL(fileURLWithPath: csv))
    let refused = try cli.run(["import", "--format", "csv", "--kind", "debts", csv])
    #expect(refused.status != 0)
    #expect(refused.stderr.contains("1 row has problems"), "\(refused.stderr)")
    let dry = try cli.run([
      "import", "--format", "csv", "--kind", "debts", csv, "--skip-bad-rows", "--dry-run",
    ])
    #expect(dry.stdout.contains("Would add 1 debt; 1 row with problems left out"), "\(dry.stdout)")
    for text in [refused.stderr, dry.stdout, dry.stderr] {
      #expect(CLIWordingTests.pluralOne(text) == nil, "\(text)")
    }
  }

  @Test("a court deadline one day away or one day past says “1 day”")
  func courtDays() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(CLIWordingTests.add + ["借呗"]).status == 0)
    // A payment order is answered within 15 days of receipt, moved off weekends and holidays:
    // received 2026-11-08, the last day is Monday 2026-11-23.
    #expect(try cli.run(["court", "d1", "--event", "payment-order", "--received", "2026-11-08"]).status == 0)
    var seen: [String] = []
    for today in ["2026-11-22", "2026-11-24"] {
      cli.today = today
      let out = try cli.run(["court", "d1"]).stdout
      #expect(CLIWordingTests.pluralOne(out) == nil, "\(today): \(out)")
      seen.append(out)
    }
    #expect(seen[0].contains("(1 day left)"), "\(seen[0])")
    #expect(seen[1].contains("(passed 1 day ago)"), "\(seen[1])")
  }

  @Test("pay CMB pays the debt named CMB, not “CMB card”; a part of several names says which")
  func closestName() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    for name in ["CMB card", "CMB", "My CMB loan"] {
      #expect(try cli.run(CLIWordingTests.add + [name]).status == 0)
    }
    #expect(try cli.run(["pay", "CMB", "100"]).status == 0)
    let show = try cli.run(["show", "d2", "--json"]).stdout
    #expect(show.contains("\"amount\" : 10000") || show.contains("\"amount\":10000"), "\(show)")
    let other = try cli.run(["show", "d1", "--json"]).stdout
    #expect(!other.contains("\"amount\" : 10000"), "\(other)")
    // Only one name starts with “My”: it is that debt.
    #expect(try cli.run(["pay", "My", "1"]).status == 0)
    let ambiguous = try cli.run(["pay", "CM", "1"])
    #expect(ambiguous.status == 64)
    #expect(ambiguous.stderr.contains("d1 CMB card, d2 CMB"), "\(ambiguous.stderr)")
    let zh = try cli.run(["pay", "CM", "1", "--lang", "zh-Hans"])
    #expect(zh.stderr.contains("d1 CMB card、d2 CMB"), "\(zh.stderr)")
  }
}
