import Foundation
import Testing

/// FINDINGS: `add --name 借呗` twice made a later `pay 借呗` ambiguous without a word.
@Suite("Adding a second debt of the same name")
struct DuplicateNameCLITests {
  static let add = ["add", "--principal", "1000", "--rate", "0.05", "--term", "12", "--name"]

  @Test("is refused without --yes, in English and Chinese, and nothing is stored")
  func refused() throws {
    let cli = CLIRunner()
    #expect(try cli.run(DuplicateNameCLITests.add + ["借呗"]).status == 0)
    let before = try String(contentsOfFile: cli.dataDir + "/data/portfolio.json", encoding: .utf8)
    let en = try cli.run(DuplicateNameCLITests.add + ["借呗"])
    #expect(en.status == 64)
    #expect(en.stderr.contains("“借呗” already exists (d1)"), "\(en.stderr)")
    #expect(en.stderr.contains("--yes"))
    let zh = try cli.run(["--lang", "zh-Hans"] + DuplicateNameCLITests.add + ["借呗"])
    #expect(zh.status == 64)
    #expect(zh.stderr.contains("已有名为“借呗”的债务（d1）"), "\(zh.stderr)")
    // The same name in other letter case is the same name to `pay`.
    let upper = try cli.run(DuplicateNameCLITests.add + ["cmb"])
    #expect(upper.status == 0)
    #expect(try cli.run(DuplicateNameCLITests.add + ["CMB"]).status == 64)
    let after = try String(contentsOfFile: cli.dataDir + "/data/portfolio.json", encoding: .utf8)
    #expect(
      after.components(separatedBy: "\"name\"").count == before.components(separatedBy: "\"name\"").count + 1)
  }

  @Test("is added with --yes, and then `pay` by that name lists the ids to choose from")
  func withYes() throws {
    let cli = CLIRunner()
    #expect(try cli.run(DuplicateNameCLITests.add + ["借呗"]).status == 0)
    let second = try cli.run(DuplicateNameCLITests.add + ["借呗", "--yes"])
    #expect(second.status == 0)
    #expect(second.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "d2")
    let pay = try cli.run(["pay", "借呗", "100"])
    #expect(pay.status == 64)
    #expect(pay.stderr.contains("d1 借呗, d2 借呗"), "\(pay.stderr)")
  }
}
