import Foundation
import Testing

@Suite("Case file from the command line")
struct CaseFileCLITests {
  func caseJSON(_ cli: CLIRunner, _ debt: String) throws -> [String: Any] {
    let r = try cli.run(["case", debt, "--json"])
    return try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any] ?? [:]
  }

  @Test("log: flags at 22:00 and on the 7th call, promise becomes a reminder, corrections point back")
  func log() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let late = try cli.run([
      "log", "借呗", "--channel", "call", "--at", "2026-11-22 22:00", "--summary", "催收来电",
      "--promise", "2026-11-28 1000 先还一部分",
    ])
    #expect(late.status == 0 && late.stdout == "c1\n")
    #expect(late.stderr.contains("outside allowed hours") || late.stderr.contains("非允许时段"))
    let early = try cli.run(["log", "d1", "--channel", "call", "--at", "2026-11-22 21:59", "--summary", "x"])
    #expect(early.stderr.isEmpty)
    for minute in 0..<5 {
      _ = try cli.run([
        "log", "d1", "--channel", "call", "--at", "2026-11-22 10:0\(minute)", "--summary", "call",
      ])
    }
    let seventh = try cli.run([
      "log", "d1", "--channel", "call", "--at", "2026-11-22 11:00", "--summary", "7th",
    ])
    #expect(seventh.stderr.contains("should not exceed"), "\(seventh)")
    let fix = try cli.run([
      "log", "d1", "--channel", "call", "--summary", "it was 22:05", "--corrects", "c1", "--from", "me",
    ])
    #expect(fix.stdout == "c9\n")
    let shown = try cli.run(["log", "d1", "--lang", "en"]).stdout
    #expect(
      shown.contains("c1 2026-11-22 22:00") && shown.contains("(corrected later)")
        && shown.contains("(corrects c1)"))
    // The promise is in tomorrow's... and today's reminders (the 7-day lead has come).
    let today = try cli.run(["today", "--json"]).stdout
    #expect(today.contains("promise:d1:c1:0"))
    // Bad input: a clear message, nothing stored.
    let bad = try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--at", "2026-11-22 25:00"])
    #expect(bad.status == 64 && bad.stderr.contains("--at"))
    let future = try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--at", "2026-12-01 10:00"])
    #expect(future.status == 64)
    let dangling = try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--corrects", "c99"])
    #expect(dangling.status == 64 && dangling.stderr.contains("c99"))
    let control = try cli.run(["log", "d1", "--channel", "call", "--summary", "a\u{1B}[2Jb"])
    #expect(control.status == 64)
    #expect(try cli.run(["log", "d1", "--json"]).stdout.components(separatedBy: "\"id\"").count - 1 == 9)
  }

  @Test("case: guide ticks stored with the date, cost of waiting, JSON for scripts")
  func caseCommand() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let ticked = try cli.run(["case", "d1", "--done", "confirm", "--skip", "hardship", "--lang", "en"])
    #expect(ticked.status == 0)
    #expect(ticked.stdout.contains("[x] confirm") && ticked.stdout.contains("[-] hardship"))
    #expect(ticked.stdout.contains("Waiting 1 more day costs"))
    let json = try caseJSON(cli, "d1")
    #expect(json["stage"] as? String == "M2")
    #expect((json["costOfWaitingDay"] as? Int ?? 0) > 0)
    #expect((json["costOfWaitingWeek"] as? Int ?? 0) >= (json["costOfWaitingDay"] as? Int ?? 0) * 7 - 7)
    let guide = json["guide"] as? [[String: Any]] ?? []
    #expect(guide.first { $0["id"] as? String == "confirm" }?["on"] as? String == "2026-11-23")
    let unknown = try cli.run(["case", "d1", "--done", "nonsense"])
    #expect(unknown.status == 64 && unknown.stderr.contains("not a guide step"))
  }

  @Test("agree and offer: the agreement puts the debt in force and the letter carries the offer")
  func agreementAndLetters() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(try cli.run(["offer", "d1", "--income", "6500", "--essentials", "4200"]).status == 0)
    let letterFile = cli.dataDir + "/协商.md"
    let letter = try cli.run([
      "letter", "negotiation", "d1", "--lang", "zh-Hans", "--format", "markdown", "--out", letterFile,
    ])
    #expect(letter.status == 0)
    let text = (try? String(contentsOfFile: letterFile, encoding: .utf8)) ?? ""
    #expect(text.hasPrefix("# 协商还款申请"))
    #expect(text.contains("每月还款 ¥") && !text.contains("[每月金额]"))
    let agreed = try cli.run([
      "agree", "d1", "--kind", "installments", "--confirmed", "writing", "--monthly", "1500", "--months",
      "13",
      "--first", "2026-12-05",
    ])
    #expect(agreed.status == 0 && agreed.stdout == "a1\n")
    #expect(try caseJSON(cli, "d1")["stage"] as? String == "agreement")
    // The agreement's payment is what falls due; the original schedule's late installments are
    // suspended while it is kept.
    let today = try cli.run(["today", "--json", "--days", "14"]).stdout
    let brief = try JSONSerialization.jsonObject(with: Data(today.utf8)) as? [String: Any] ?? [:]
    let upcoming = brief["upcoming"] as? [[String: Any]] ?? []
    #expect(
      upcoming.contains {
        $0["debt"] as? String == "d1" && $0["agreed"] as? Bool == true
          && $0["date"] as? String == "2026-12-05"
      })
    let overdue = brief["overdue"] as? [[String: Any]] ?? []
    #expect(!overdue.contains { $0["debt"] as? String == "d1" })
    let missing = try cli.run(["agree", "d1", "--kind", "installments", "--confirmed", "oral"])
    #expect(missing.status == 64)
  }

  @Test("doctor re-checks evidence: intact, then changed, then missing")
  func evidence() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let file = cli.dataDir + "/录音.m4a"
    try Data("recording".utf8).write(to: URL(fileURLWithPath: file))
    #expect(
      try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--evidence", file]).status == 0)
    let log = try cli.run(["log", "d1", "--json"]).stdout
    // SHA-256 of "recording".
    #expect(log.contains("3ebb153fb24e4411400e94a9a92b0ec458c3a8473e51e03cd37d4a34c99dfda6"))
    #expect(try cli.run(["doctor"]).stdout.contains("1 file(s) intact"))
    try Data("recording, edited".utf8).write(to: URL(fileURLWithPath: file))
    let changed = try cli.run(["doctor", "--lang", "en"])
    #expect(changed.status != 0 && changed.stdout.contains("evidence changed since it was recorded"))
    try FileManager.default.removeItem(atPath: file)
    let gone = try cli.run(["doctor", "--lang", "en"])
    #expect(gone.status != 0 && gone.stdout.contains("evidence missing"))
    let none = try cli.run([
      "log", "d1", "--channel", "call", "--summary", "x", "--evidence", cli.dataDir + "/nope",
    ])
    #expect(none.status == 64 && none.stderr.contains("nope"))
  }
}

@Suite("The brief cache")
struct BriefCacheCLITests {
  @Test("today reads the cache when it matches, and the same brief comes from the whole file otherwise")
  func cacheOrFile() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = cli.dataDir + "/data"
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    #expect(
      try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--promise", "2026-11-27 300"]).status
        == 0)
    let cache = data + "/brief-cache"
    #expect(FileManager.default.fileExists(atPath: cache))
    var brief = cli
    brief.today = "2026-11-25"
    let withCache = try brief.run(["today", "--json", "--days", "10"]).stdout
    #expect(withCache.contains("promise:d1:c1:0") && withCache.contains("overdue:d1:"))
    // Stale (the data file changed behind DebtDeck's back), corrupt, or gone: the same answer.
    let file = data + "/portfolio.json"
    let bytes = try Data(contentsOf: URL(fileURLWithPath: file))
    try bytes.write(to: URL(fileURLWithPath: file))
    #expect(try brief.run(["today", "--json", "--days", "10"]).stdout == withCache)
    try Data("{not json".utf8).write(to: URL(fileURLWithPath: cache))
    #expect(try brief.run(["today", "--json", "--days", "10"]).stdout == withCache)
    try FileManager.default.removeItem(atPath: cache)
    #expect(try brief.run(["today", "--json", "--days", "10"]).stdout == withCache)
    #expect(!FileManager.default.fileExists(atPath: cache), "today must never write")
    // The next save writes it again, and a changed stamp is noticed: pay, and today shows it.
    #expect(try cli.run(["pay", "d1", "3671.96"]).status == 0)
    let paid = try brief.run(["today", "--json", "--days", "10"]).stdout
    #expect(FileManager.default.fileExists(atPath: cache))
    #expect(paid != withCache)
    // Back in time before the last payment: the cache declines and the file answers.
    var past = cli
    past.today = "2026-11-20"
    let fromFile = try past.run(["today", "--json"]).stdout
    try FileManager.default.removeItem(atPath: cache)
    #expect(try past.run(["today", "--json"]).stdout == fromFile)
  }
}

extension BriefCacheCLITests {
  @Test("today's quick option reading agrees with the argument parser, which still handles the rest")
  func fastPathMatchesParser() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let quick = try cli.run(["today", "--days", "14", "--ids", "--lang", "zh-Hans"])
    let parsed = try cli.run(["today", "--days=14", "--ids", "--lang=zh-Hans"])
    #expect(quick.status == 0 && quick.stdout == parsed.stdout && quick.stdout.contains("逾期"))
    let bad = try cli.run(["today", "--days", "999"])
    #expect(bad.status == 64 && bad.stderr.contains("--days"))
    #expect(try cli.run(["today", "--help"]).stdout.contains("--fail-if-overdue"))
    #expect(try cli.run(["today", "--fail-if-overdue", "--quiet"]).status == 1)
    let typo = try cli.run(["today", "--jsn"])
    #expect(typo.status == 64 && typo.stderr.contains("--jsn"))
  }
}
