import Foundation
import Testing

/// The observations of "one truth about what is owed and due", replayed from the command line.
@Suite("One truth from the command line")
struct OneTruthCLITests {
  func json(_ text: String) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]) ?? [:]
  }

  func noticeIDs(_ cli: CLIRunner) throws -> [String] {
    let object = json(try cli.run(["today", "--json"]).stdout)
    return (object["reminders"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
  }

  @Test("1–3: acknowledging the week-ahead notice leaves the due day; every printed id is accepted")
  func leadNotices() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    cli.today = "2026-02-10"
    let add = try cli.run([
      "add", "--name", "微粒贷", "--kind", "weilidai", "--principal", "6000", "--rate", "0.05", "--term", "6",
      "--start", "2026-02-10", "--due-day", "10",
    ])
    #expect(add.status == 0, "\(add.stderr)")
    cli.today = "2026-03-03"
    let week = try cli.run(["today", "--ids"])
    // Due on 03-10, 7 days away: the 7-day notice under Today, the installment under Coming up.
    #expect(week.stdout.contains("due:d1:1:7"), "\(week.stdout)")
    #expect(week.stdout.contains("Coming up (7 days)"))
    #expect(try cli.run(["remind", "done", "due:d1:1:7"]).status == 0)
    // Every id printed on every day is accepted, and a done one never returns.
    var acknowledged: Set<String> = ["due:d1:1:7"]
    for date in ["2026-03-05", "2026-03-07", "2026-03-09", "2026-03-10", "2026-03-12", "2026-03-20"] {
      cli.today = date
      let ids = try noticeIDs(cli)
      #expect(acknowledged.isDisjoint(with: ids), "\(date): \(ids) brought back a done notice")
      for id in ids {
        let r = try cli.run(["remind", "done", id])
        #expect(r.status == 0, "\(date): remind done \(id): \(r.stderr)")
        acknowledged.insert(id)
      }
      let text = try cli.run(["today"]).stdout
      if date == "2026-03-10" {
        // The due day: every notice acknowledged, and still the installment is due today.
        #expect(text.contains("1 for today"), "\(text)")
        #expect(text.contains("微粒贷: ¥1,053.90 due today"), "\(text)")
        #expect(!text.contains("nothing"), "\(text)")
      }
      if date >= "2026-03-12" {
        #expect(text.contains("1 overdue"), "\(text)")
        let status = try cli.run(["today", "--fail-if-overdue"]).status
        #expect(status == 1)
      }
    }
  }

  @Test("4: a waiver without a schedule never hides a late debt; list, today and the exit agree")
  func waiver() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let agreed = try cli.run([
      "agree", "d1", "--kind", "penalty-waiver", "--confirmed", "writing", "--summary", "罚息减免",
    ])
    #expect(agreed.status == 0, "\(agreed.stderr)")
    cli.today = "2027-03-01"
    let list = json(try cli.run(["list", "--json"]).stdout)
    let debts =
      list["debts"] as? [[String: Any]]
      ?? (try? JSONSerialization.jsonObject(
        with: Data(try cli.run(["list", "--json"]).stdout.utf8)) as? [[String: Any]]) ?? []
    let jiebei = debts.first {
      ($0["id"] as? String ?? ($0["debt"] as? [String: Any])?["id"] as? String) == "d1"
    }
    #expect(jiebei != nil)
    let text = try cli.run(["today"]).stdout
    #expect(text.contains("借呗 应急"), "\(text)")
    let brief = json(try cli.run(["today", "--json"]).stdout)
    let overdue = brief["overdue"] as? [[String: Any]] ?? []
    #expect(overdue.contains { $0["debt"] as? String == "d1" })
    #expect(try cli.run(["today", "--fail-if-overdue"]).status == 1)
  }

  @Test("6: an extra digit, a date before the start, the same payment twice — refused without --yes")
  func plausibility() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let before = try cli.run(["show", "d1", "--json"]).stdout
    let huge = try cli.run(["pay", "d1", "99999999"])
    #expect(huge.status == 64 && huge.stderr.contains("more than settles the debt"), "\(huge.stderr)")
    #expect(huge.stderr.contains("--yes"))
    let early = try cli.run(["pay", "d1", "100", "--date", "2020-01-01"])
    #expect(early.status == 64 && early.stderr.contains("before the debt started"), "\(early.stderr)")
    #expect(try cli.run(["show", "d1", "--json"]).stdout == before, "a refused payment changed the data")
    #expect(try cli.run(["pay", "d1", "100"]).status == 0)
    let twice = try cli.run(["pay", "d1", "100"])
    #expect(twice.status == 64 && twice.stderr.contains("same amount on the same day"), "\(twice.stderr)")
    #expect(try cli.run(["pay", "d1", "100", "--yes"]).status == 0)
    let zh = try cli.run(["pay", "d1", "99999999", "--lang", "zh-Hans"])
    #expect(zh.stderr.contains("结清所需"), "\(zh.stderr)")
    // A daily rate a hundred times too high.
    let rate = try cli.run([
      "add", "--name", "借呗", "--kind", "jiebei", "--principal", "20000", "--rate", "5", "--term", "12",
    ])
    #expect(rate.status == 64 && rate.stderr.contains("1825 % a year"), "\(rate.stderr)")
    #expect(
      try cli.run([
        "add", "--name", "借呗2", "--kind", "jiebei", "--principal", "20000", "--rate", "5", "--term", "12",
        "--yes",
      ]).status == 0)
  }

  @Test("8: dismissing the overdue notice: the text and the exit status still say overdue")
  func exitAndText() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(try cli.run(["remind", "dismiss", "overdue:d1:3"]).status == 0)
    let r = try cli.run(["today", "--fail-if-overdue"])
    #expect(r.status == 1)
    #expect(r.stdout.contains("1 overdue") && r.stdout.contains("借呗 应急"), "\(r.stdout)")
    // And the notice stays quiet: its id is not printed.
    #expect(try !cli.run(["today", "--ids"]).stdout.contains("overdue:d1:3"))
  }
}
