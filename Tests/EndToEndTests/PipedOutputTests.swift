import Foundation
import Testing

/// Output piped to a file is never cut without saying so: a long name (CJK and English) is
/// shown whole or ends in `…`, and every reminder's message appears whole in the brief, at
/// COLUMNS=80 and 40, in both languages.
@Suite("Piped output: nothing cut without an ellipsis", .serialized)
struct PipedOutputTests {
  static let name = "长名字测试债务 Emergency consolidation loan borrowed from a lender 额外备注"
  static let lender = "某某某某网络小额贷款有限公司 Very Long Lender Name Limited"

  @Test("list, show, case, plan, today and letter at 80 and 40 columns, English and Chinese")
  func nothingCutSilently() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let add = try cli.run([
      "add", "--name", PipedOutputTests.name, "--lender", PipedOutputTests.lender, "--kind", "jiebei",
      "--principal", "5000", "--rate", "0.05", "--term", "6", "--start", "2026-08-03", "--due-day", "3",
    ])
    #expect(add.status == 0, "\(add.stderr)")
    let id = add.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    let commands: [[String]] = [
      ["list"], ["show", id], ["case", id], ["plan", "--budget", "8000"], ["today"],
      ["today", "--days", "30"],
      ["letter", "negotiation", id],
    ]
    for lang in ["en", "zh-Hans"] {
      for width in ["80", "40"] {
        cli.extraEnvironment = ["COLUMNS": width]
        for command in commands {
          let r = try cli.run(command + ["--lang", lang])
          #expect(r.status == 0 || r.status == 1, "\(command): \(r.stderr)")
          for whole in [PipedOutputTests.name, PipedOutputTests.lender] {
            let start = String(whole.prefix(6))
            for line in r.stdout.split(separator: "\n") where line.contains(start) && !line.contains(whole) {
              #expect(line.contains("…"), "\(command) \(lang) \(width): cut without an ellipsis: \(line)")
            }
          }
        }
        // Every overdue row ends as the JSON says it should: with its overdue amount and its
        // penalty, after the whole name (a message cut short would lose them).
        let json = try cli.run(["today", "--days", "30", "--json", "--lang", lang]).stdout
        let plain = try cli.run(["today", "--days", "30", "--lang", lang]).stdout
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let overdue = object?["overdue"] as? [[String: Any]] ?? []
        #expect(overdue.count == 2)
        for item in overdue {
          let name = item["name"] as? String ?? "?"
          let line = plain.split(separator: "\n").first {
            $0.contains(name) && $0.contains(item["date"] as? String ?? "?")
          }
          let expected = ["overdueAmount", "penalty"].map { PipedOutputTests.yuan(item[$0] as? Int ?? -1) }
          for e in expected {
            #expect(
              line?.contains(e) == true,
              "\(lang) \(width): \(e) missing from the row of \(name): \(line ?? "none")")
          }
        }
      }
    }
  }

  /// ¥1,234.56 from minor units, written out here rather than with the app's formatter.
  static func yuan(_ minor: Int) -> String {
    let major = String(minor / 100)
    var grouped = ""
    for (i, c) in major.reversed().enumerated() {
      if i > 0 && i % 3 == 0 { grouped.append(",") }
      grouped.append(c)
    }
    return "¥" + String(grouped.reversed()) + "." + String(format: "%02d", minor % 100)
  }
}
