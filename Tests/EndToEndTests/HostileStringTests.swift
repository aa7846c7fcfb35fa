import Foundation
import Testing

/// Issue 18, item 6: a data file full of hostile strings (escape sequences, a C1 CSI, DEL, a bidi
/// override, a line separator, BEL, a bare CR) and every command run on a pseudo-terminal: not
/// one raw control character reaches the terminal.
@Suite("Hostile strings on a terminal", .serialized)
struct HostileStringTests {
  static let hostile = "X\u{1B}[2J\u{9B}31m\u{7F}\u{202E}evil\u{2028}y\u{7}z\rw\u{1B}]0;title\u{7}"

  /// A demo data dir with a contact, a promise and an agreement, then every text field a user
  /// could have typed (or an import brought) replaced by `hostile`.
  static func prepare(_ cli: CLIRunner) throws {
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(
      try cli.run([
        "log", "d1", "--channel", "call", "--summary", "s", "--person", "p", "--org", "o",
        "--promise", "2026-12-01 500",
      ]).status == 0)
    #expect(
      try cli.run([
        "agree", "d1", "--kind", "installments", "--confirmed", "writing", "--payment", "2026-12-05 800",
      ])
      .status == 0)
    // Court papers, so the court letters have a court name and a case number to escape.
    for event in ["payment-order", "summons", "judgment", "enforcement"] {
      #expect(
        try cli.run([
          "court", "d1", "--event", event, "--received", "2026-11-20", "--case-no", "n", "--court", "c",
        ]).status == 0)
    }
    let url = URL(fileURLWithPath: cli.dataDir + "/data/portfolio.json")
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    func poison(_ value: Any, key: String?) -> Any {
      if let d = value as? [String: Any] {
        return Dictionary(uniqueKeysWithValues: d.map { ($0.key, poison($0.value, key: $0.key)) })
      }
      if let a = value as? [Any] { return a.map { poison($0, key: key) } }
      let text: Set<String> = [
        "name", "lender", "notes", "note", "summary", "person", "organisation", "text", "agreed",
        "caseNumber",
        "court",
      ]
      if value is String, let key, text.contains(key) { return HostileStringTests.hostile + key }
      return value
    }
    object = poison(object, key: nil) as? [String: Any] ?? object
    try JSONSerialization.data(withJSONObject: object).write(to: url)
    try? FileManager.default.removeItem(atPath: cli.dataDir + "/data/brief-cache")
  }

  /// Runs the binary on a pseudo-terminal (util-linux `script`) and returns what the terminal got.
  static func onTerminal(_ cli: CLIRunner, _ arguments: [String]) throws -> CLIRunner.Result {
    let quoted = arguments.map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(
      separator: " ")
    return try cli.shell("script -q -e -c \"timeout 30 \\\"$DEBTDECK\\\" \(quoted)\" /dev/null")
  }

  /// The raw control characters in `output`: everything the escaping rule names, except the
  /// terminal's own line ends (CR LF).
  static func rawControls(_ output: String) -> [String] {
    var found: [String] = []
    let scalars = Array(output.unicodeScalars)
    for (i, s) in scalars.enumerated() {
      let v = s.value
      if v == 0x0A { continue }
      if v == 0x0D, i + 1 < scalars.count, scalars[i + 1] == "\n" { continue }
      let bad =
        v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
        || (0x2066...0x2069).contains(v)
        || v == 0x2028 || v == 0x2029
      if bad {
        let context = String(String.UnicodeScalarView(scalars[max(0, i - 12)..<i]))
        found.append("U+\(String(v, radix: 16, uppercase: true)) after “\(context)”")
      }
    }
    return found
  }

  static let commands: [[String]] =
    [
      ["list"], ["today"], ["today", "--json"], ["today", "--ids"], ["show", "d1"], ["show", "d2"],
      ["case", "d1"],
      ["case", "d1", "--json"], ["plan", "--budget", "100"], ["plan", "--budget", "100", "--json"],
      ["plan", "--budget", "100000", "--compare"], ["list", "--json"], ["doctor"],
      ["export", "--format", "csv"], ["export", "--format", "csv", "--kind", "payments"],
      ["export", "--format", "json"], ["export", "--format", "ics"], ["export", "--format", "hledger"],
      ["log", "d1", "--channel", "call", "--summary", "x", "--corrects", "c99\u{1B}[2J"],
      ["show", "no\u{1B}[2Jsuch\u{202E}"], ["pay", "\u{9B}31mnobody", "1"],
    ]
    + [
      "negotiation", "hardship", "card-installment", "waiver", "stop-third-party", "credit-objection",
      "complaint", "payment-order-objection", "defence", "court-fee-relief", "enforcement-settlement",
    ]
    .flatMap { [["letter", $0, "d1"], ["letter", $0, "d1", "--format", "markdown"]] }

  @Test("every command on a terminal: no raw control character from the data")
  func everyCommand() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try HostileStringTests.prepare(cli)
    var cliNoColor = cli
    cliNoColor.extraEnvironment["NO_COLOR"] = "1"
    let list = try HostileStringTests.onTerminal(cliNoColor, ["list"])
    #expect(list.stdout.contains("^[[2J"), "the hostile name is shown escaped: \(list.stdout)")
    for command in HostileStringTests.commands {
      let r = try HostileStringTests.onTerminal(cliNoColor, command)
      // Each command shows some of the data (doctor only counts it).
      #expect(r.stdout.contains("evil") || r.status != 0 || command == ["doctor"], "\(command): \(r.stdout)")
      let raw = HostileStringTests.rawControls(r.stdout)
      #expect(raw.isEmpty, "\(command.joined(separator: " ")): \(raw.prefix(3))")
    }
  }

  @Test("JSON output writes DEL, C1 controls, bidi overrides and U+2028 as \\u escapes, and still parses")
  func jsonEscapes() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try HostileStringTests.prepare(cli)
    for command in [["list", "--json"], ["export", "--format", "json"], ["case", "d1", "--json"]] {
      let r = try cli.run(command)
      #expect(r.status == 0, "\(command): \(r.stderr)")
      #expect(HostileStringTests.rawControls(r.stdout).isEmpty, "\(command)")
      #expect(r.stdout.contains("\\u009B") && r.stdout.contains("\\u202E") && r.stdout.contains("\\u2028"))
      #expect(r.stdout.contains("\\u007F"))
      let parsed = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8))
      #expect("\(parsed)".contains("evil"))
    }
  }

  @Test("a CSV import error quoting a hostile cell reaches the terminal escaped")
  func csvErrors() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let csv = "debt,date,amount\n\u{1B}[2Jd1,2026-01-01,1\nd1,\u{9B}2J,1\nd1,2026-01-01,\u{202E}1\n"
    try Data(csv.utf8).write(to: URL(fileURLWithPath: cli.dataDir + "/bad.csv"))
    cli.extraEnvironment["NO_COLOR"] = "1"
    let r = try HostileStringTests.onTerminal(
      cli, ["import", "--format", "csv", "--kind", "payments", cli.dataDir + "/bad.csv"])
    #expect(r.stdout.contains("^[[2J"), "\(r.stdout)")
    #expect(HostileStringTests.rawControls(r.stdout).isEmpty, "\(HostileStringTests.rawControls(r.stdout))")
  }
}
