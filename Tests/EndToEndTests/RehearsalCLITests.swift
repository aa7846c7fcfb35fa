import Foundation
import Testing

@Suite("Call rehearsal and the follow-through from the command line")
struct RehearsalCLITests {
  @Test("rehearse: text and Markdown, both languages, to a file; an unknown debt is refused")
  func rehearse() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let en = try cli.run(["rehearse", "借呗", "--lang", "en"])
    #expect(en.status == 0, "\(en)")
    #expect(en.stdout.hasPrefix("Before the call — 借呗 应急"))
    #expect(en.stdout.contains("■ What they may say") && en.stdout.contains("We will sue you."))
    let zh = try cli.run(["rehearse", "d1", "--lang", "zh-Hans", "--format", "markdown"])
    #expect(zh.stdout.hasPrefix("# 通话前准备 — 借呗 应急") && zh.stdout.contains("### 我们要起诉你。"))
    // The figures are the case's: the same overdue amount and cost of waiting `case` shows.
    let report = try cli.run(["case", "d1", "--lang", "en"]).stdout
    for figure in ["¥3,671.96", "¥2.75", "¥19.28"] {
      #expect(report.contains(figure) && en.stdout.contains(figure), "\(figure)")
    }
    let out = cli.dataDir + "/call.md"
    let written = try cli.run(["rehearse", "d2", "--format", "markdown", "--out", out, "--lang", "en"])
    #expect(written.status == 0 && written.stdout.isEmpty)
    #expect((try? String(contentsOfFile: out, encoding: .utf8))?.hasPrefix("# Before the call — 微粒贷") == true)
    let missing = try cli.run(["rehearse", "nope"])
    #expect(missing.status == 64)
  }

  @Test("log --duration --verbal-agreement: kept in today until confirmed or dropped")
  func verbal() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let call = try cli.run([
      "log", "d1", "--channel", "call", "--from", "me", "--at", "2026-11-23 10:00", "--summary", "协商",
      "--person", "王", "--staff", "A1024", "--duration", "7:05", "--verbal-agreement", "每月还 900，分 22 期",
    ])
    #expect(call.status == 0 && call.stdout == "c1\n", "\(call)")
    #expect(call.stderr.contains("letter confirmation"))
    let log = try cli.run(["log", "d1", "--lang", "en"]).stdout
    #expect(log.contains("7 min 05 s") && log.contains("verbal agreement — ask for it in writing"))
    #expect(try cli.run(["log", "d1", "--json"]).stdout.contains("\"durationSeconds\" : 425"))
    #expect(
      try cli.run(["today", "--lang", "en"]).stdout.contains("verbal agreement — ask for it in writing"))
    #expect(try cli.run(["today", "--lang", "zh-Hans"]).stdout.contains("口头约定——请对方书面确认"))
    let letter = try cli.run(["letter", "confirmation", "d1", "--lang", "zh-Hans"]).stdout
    #expect(letter.contains("每月还 900，分 22 期") && letter.contains("A1024") && letter.contains("7 分 05 秒"))
    // Confirmed by a later entry (the SMS that confirms it).
    let sms = try cli.run([
      "log", "d1", "--channel", "sms", "--at", "2026-11-23 11:00", "--summary", "短信确认分期", "--confirm-verbal",
    ])
    #expect(sms.status == 0 && sms.stdout == "c2\n", "\(sms)")
    #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("verbal agreement")))
    #expect(
      try cli.run(["log", "d1", "--lang", "en"]).stdout.contains("confirmed in writing on 2026-11-23 (c2)"))
    // Nothing open any more: saying so again is refused, and nothing is recorded.
    let again = try cli.run(["log", "d1", "--drop-verbal"])
    #expect(again.status == 64 && again.stderr.contains("no verbal agreement"))
    // A second one, dropped without a new entry.
    _ = try cli.run(["log", "d1", "--channel", "call", "--summary", "再谈", "--verbal-agreement", "先还 500"])
    let drop = try cli.run(["log", "d1", "--drop-verbal", "--lang", "en"])
    #expect(drop.status == 0 && drop.stdout == "c3 dropped\n", "\(drop)")
    #expect(!(try cli.run(["today"]).stdout.contains("verbal")))
    let bad = try cli.run(["log", "d1", "--channel", "call", "--summary", "x", "--duration", "3x"])
    #expect(bad.status == 64 && bad.stderr.contains("--duration"))
    #expect(try cli.run(["log", "d1", "--json"]).stdout.components(separatedBy: "\"id\"").count - 1 == 3)
  }
}
