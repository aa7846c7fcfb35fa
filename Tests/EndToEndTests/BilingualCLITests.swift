import Foundation
import Testing

/// Every command's mistakes, said in both languages: a Chinese message has Chinese in it and no
/// English sentence; an English one has no Chinese of its own. Runs the real binary on demo data.
@Suite("Command-line messages in English and 简体中文", .serialized)
struct BilingualCLITests {
  /// One bad invocation of every command, and of every kind of argument mistake.
  static let mistakes: [[String]] = [
    // argument-parser errors: missing, unknown, bad value, extra, exclusive
    ["pay"], ["show"], ["today", "--frob"], ["list", "--bogus"], ["today", "--days"], ["frobnicate"],
    ["today", "--days", "abc"], ["today", "--json=1"], ["show", "d1", "d2"],
    ["add", "--name", "x", "--principal", "1", "--rate", "1", "--kind", "foo"],
    ["add", "--name", "x", "--principal", "1", "--rate", "1", "--rate-basis", "foo"],
    ["add", "--name", "x", "--principal", "1", "--rate", "1", "--day-count", "foo"],
    ["add", "--name", "x", "--principal", "1", "--rate", "1", "--method", "foo"],
    ["log", "借呗", "--channel", "fax", "--summary", "x"], ["log", "借呗", "--from", "nobody"],
    ["log", "借呗", "--flag", "rude"], ["log", "借呗", "--filing", "lawsuit"],
    ["letter", "foo", "借呗"], ["letter", "negotiation", "借呗", "--format", "pdf"],
    ["export", "--format", "xx"], ["export"], ["import", "--format", "yaml", "x"],
    ["plan", "--budget", "100", "--strategy", "foo"], ["plan", "--budget", "100", "--effect", "foo"],
    ["court", "借呗", "--event", "foo"], ["agree", "借呗", "--kind", "foo", "--confirmed", "written"],
    ["notify", "--scheduler", "foo"], ["remind", "frob"], ["--lang", "fr", "list"],
    // the commands' own checks
    ["add", "--name", "x", "--principal", "abc", "--rate", "1"],
    ["add", "--name", "x", "--principal", "100", "--rate", "x"],
    ["add", "--name", "x", "--principal", "100", "--rate", "1", "--currency", "XX"],
    ["add", "--name", "x", "--principal", "100", "--rate", "1", "--due-day", "32"],
    ["add", "--name", "x", "--principal", "100", "--rate", "1", "--start", "2026-02-30"],
    ["add", "--name", "a\u{1B}b", "--principal", "100", "--rate", "1"],
    ["add", "--name", "x", "--principal", "100", "--rate", "900"],
    ["pay", "借呗", "abc"], ["pay", "借呗", "0"], ["pay", "借呗", "1.234"], ["pay", "nobody", "5"],
    ["pay", "借呗", "5", "--date", "2027-01-01"], ["pay", "借呗", "5", "--date", "2026-02-30"],
    ["pay", "借呗", "--", "-5"], ["pay", "借呗", "9999999"],
    ["today", "--days", "400"], ["today", "--days", "-3"], ["remind", "done", "nosuch"],
    ["remind", "snooze", "nosuch", "--days", "0"],
    ["show", "nobody"], ["case", "借呗", "--done", "nostep"], ["log", "借呗", "--summary", "x"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--at", "yesterday"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--at", "2099-01-01 10:00"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--evidence", "/nonexistent/file"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--corrects", "c999"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--promise", "2026-12-01"],
    ["log", "借呗", "--channel", "call", "--promise", "x"],
    ["court", "借呗", "--event", "summons"], ["court", "借呗", "--received", "2026-11-01"],
    ["court", "借呗", "--event", "summons", "--received", "2027-01-01"],
    ["channel", "借呗", "--phone", "abc", "--source", "app"], ["channel", "借呗", "--phone", "95188"],
    ["agree", "借呗", "--kind", "installments", "--confirmed", "written", "--summary", "x"],
    ["agree", "借呗", "--kind", "installments", "--confirmed", "written", "--summary", "x", "--months", "3"],
    ["offer", "借呗"], ["offer", "借呗", "--income", "100"],
    ["letter", "card-installment", "借呗"], ["letter", "negotiation", "nobody"],
    ["plan", "--budget", "abc"], ["plan", "--budget", "100", "--strategy", "custom"],
    ["plan", "--budget", "100", "--extra", "2020-01:100"], ["plan", "--budget", "100", "--extra", "x"],
    ["apr", "--principal", "0"], ["apr", "--principal", "100"],
    ["apr", "--principal", "100", "--payment", "10", "--count", "0"],
    ["import", "--format", "json", "/nonexistent/file.json"], ["import", "--format", "csv", "/etc/hostname"],
    ["export", "--format", "csv", "--out", "/nonexistent/dir/x.csv"],
    ["notify", "--test", "--install"], ["notify", "--install", "--at", "25:00"], ["notify", "--at", "09:00"],
    ["demo", "--data-dir", "DATA"], ["doctor", "--restore", "/nonexistent/backup.json", "--yes"],
    // call rehearsal and the call's record (issue 17)
    ["rehearse", "nosuch"], ["rehearse", "借呗", "--format", "pdf"],
    ["rehearse", "借呗", "--out", "/nonexistent/dir/call.md"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--duration", "xyz"],
    ["log", "借呗", "--duration", "12m"], ["log", "借呗", "--confirm-verbal", "--drop-verbal"],
    ["log", "借呗", "--confirm-verbal"], ["log", "借呗", "--drop-verbal", "--channel", "call"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--verbal-agreement", " "],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--verbal-agreement", "a", "--agreed", "b"],
    ["log", "借呗", "--channel", "call", "--summary", "x", "--confirm-verbal"],
    // the court track and the credit report (issue 15)
    ["case", "借呗", "--on", "2026-01-01"], ["case", "借呗", "--pre-report-notice", "maybe"],
    ["case", "借呗", "--pre-report-notice", "no", "--on", "2099-01-01"],
    ["case", "借呗", "--pre-report-notice", "no", "--on", "2026-02-30"],
    ["court", "借呗", "--court", "X"],
    ["court", "借呗", "--event", "summons", "--received", "2026-11-01", "--court", "a\u{1B}b"],
    ["letter", "payment-order-objection", "借呗"], ["letter", "defence", "借呗"],
    ["letter", "court-fee-relief", "借呗"], ["letter", "enforcement-settlement", "借呗"],
    // the CSV import (issue 18)
    ["import", "--format", "csv", "/etc/hostname"],
    ["import", "--format", "csv", "--kind", "debts", "/nonexistent/x.csv"],
    ["import", "--format", "csv", "--kind", "debts", "--encoding", "latin1", "x.csv"],
  ]

  /// Runs every mistake in both languages; returns what was said, to check.
  static func said(_ cli: CLIRunner, _ args: [String], _ lang: String) throws -> CLIRunner.Result {
    // Right after the command's name: after a `--` it would be an argument.
    let args = args.map { $0 == "DATA" ? cli.dataDir + "/data" : $0 }
    let at = args.first?.hasPrefix("-") == false ? 1 : 0
    return try cli.run(Array(args[..<at]) + ["--lang", lang] + Array(args[at...]))
  }

  static func demo() throws -> CLIRunner {
    let cli = CLIRunner()
    let r = try cli.run(["demo", "--data-dir", cli.dataDir + "/data"])
    #expect(r.status == 0, "\(r.stderr)")
    return cli
  }

  @Test("every mistake is said in Chinese with --lang zh-Hans and in English with --lang en")
  func everyMistakeInBothLanguages() throws {
    let cli = try BilingualCLITests.demo()
    defer { cli.cleanUp() }
    // Names from the data, and the Chinese name of a measure that English letters also use.
    let names = ["借呗 应急", "借呗", "微粒贷", "花呗", "招行信用卡", "建行快贷", "个性化分期"]
    for args in BilingualCLITests.mistakes {
      let zh = try BilingualCLITests.said(cli, args, "zh-Hans")
      let en = try BilingualCLITests.said(cli, args, "en")
      #expect(zh.status != 0 && en.status == zh.status, "\(args): \(en.status) \(zh.status)")
      #expect(!zh.stderr.isEmpty && !en.stderr.isEmpty, "\(args): nothing said")
      #expect(BilingualText.hasCJK(zh.stderr), "\(args) zh: \(zh.stderr)")
      if let run = BilingualText.englishRun(zh.stderr) {
        Issue.record("\(args) zh has English “\(run)”: \(zh.stderr)")
      }
      let own = BilingualText.removingData(en.stderr, typed: args + names)
      #expect(!BilingualText.hasCJK(own), "\(args) en: \(en.stderr)")
      for raw in BilingualText.foreignText where en.stderr.contains(raw) || zh.stderr.contains(raw) {
        Issue.record("\(args): the parser's or Foundation's own text “\(raw)”: \(en.stderr)")
      }
    }
  }

  @Test("a damaged data file and a JSON import of the wrong type: the field's path, in both languages")
  func decodingErrors() throws {
    let cli = try BilingualCLITests.demo()
    defer { cli.cleanUp() }
    let file = cli.dataDir + "/bad.json"
    let export = try cli.run(["export", "--format", "json"])
    #expect(export.status == 0)
    // The first principal becomes a string: Foundation would say "Expected to decode Int64 …".
    let broken = export.stdout.replacingOccurrences(
      of: #""principal" : (\d+)"#, with: #""principal" : "$1""#, options: .regularExpression)
    #expect(broken != export.stdout)
    try Data(broken.utf8).write(to: URL(fileURLWithPath: file))
    let portfolio = cli.dataDir + "/data/portfolio.json"
    let original = try Data(contentsOf: URL(fileURLWithPath: portfolio))
    for args in [["import", "--format", "json", file, "--replace"], ["list"]] {
      if args == ["list"] { try Data(broken.utf8).write(to: URL(fileURLWithPath: portfolio)) }
      let en = try cli.run(args + ["--lang", "en"])
      let zh = try cli.run(args + ["--lang", "zh-Hans"])
      #expect(en.status == 65 && zh.status == 65, "\(args): \(en.stderr)")
      #expect(en.stderr.contains("debts[0].principal: expected a whole number"), "\(en.stderr)")
      #expect(zh.stderr.contains("debts[0].principal：应为整数"), "\(zh.stderr)")
      #expect(!en.stderr.contains("Expected to decode") && !zh.stderr.contains("Expected to decode"))
      #expect(BilingualText.englishRun(zh.stderr) == nil, "\(zh.stderr)")
    }
    try original.write(to: URL(fileURLWithPath: portfolio))
  }

  @Test("without --lang: the settings file's language, else the locale")
  func languageChoice() throws {
    let cli = try BilingualCLITests.demo()
    defer { cli.cleanUp() }
    var zhLocale = cli
    zhLocale.extraEnvironment = ["LANG": "zh_CN.UTF-8"]
    #expect(BilingualText.hasCJK(try zhLocale.run(["pay"]).stderr))
    #expect(BilingualText.hasCJK(try zhLocale.run(["pay", "借呗", "abc"]).stderr))
    var messages = cli
    messages.extraEnvironment = ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_CN.UTF-8", "LC_ALL": ""]
    #expect(BilingualText.hasCJK(try messages.run(["today", "--frob"]).stderr))
    #expect(!BilingualText.hasCJK(try cli.run(["today", "--frob"]).stderr))
    let config = cli.dataDir + "/config/debtdeck"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    try Data(#"{"schemaVersion": 1, "language": "zh-Hans"}"#.utf8).write(
      to: URL(fileURLWithPath: config + "/settings.json"))
    #expect(BilingualText.hasCJK(try cli.run(["pay"]).stderr))
    #expect(BilingualText.hasCJK(try cli.run(["pay", "借呗", "abc"]).stderr))
    #expect(!BilingualText.hasCJK(try cli.run(["pay", "--lang", "en"]).stderr))
    #expect(!BilingualText.hasCJK(try cli.run(["pay", "借呗", "abc", "--lang", "en"]).stderr))
  }

  @Test("a damaged CSV import and a data directory open to others: said in both languages")
  func importAndPermissionsInBothLanguages() throws {
    let cli = try BilingualCLITests.demo()
    defer { cli.cleanUp() }
    let quote = cli.dataDir + "/quote.csv"
    let badRow = cli.dataDir + "/row.csv"
    try Data("name,principal,start\n\"x,100,2026-01-01\n".utf8).write(to: URL(fileURLWithPath: quote))
    try Data("name,principal,start\nx,abc,2026-01-01\n".utf8).write(to: URL(fileURLWithPath: badRow))
    let data = cli.dataDir + "/data"
    #expect(chmod(data, 0o755) == 0)
    let runs: [([String], Int32)] = [
      (["import", "--format", "csv", "--kind", "debts", quote], 65),
      (["import", "--format", "csv", "--kind", "debts", badRow], 65),
      (["import", "--format", "csv", "--kind", "debts", badRow, "--dry-run"], 65),
      (["today"], 0),
    ]
    for (args, status) in runs {
      let en = try cli.run(args + ["--lang", "en"])
      let zh = try cli.run(args + ["--lang", "zh-Hans"])
      #expect(en.status == status && zh.status == status, "\(args): \(en.status) \(zh.status) \(en.stderr)")
      #expect(!en.stderr.isEmpty && BilingualText.hasCJK(zh.stderr), "\(args) zh: \(zh.stderr)")
      if let run = BilingualText.englishRun(zh.stderr) {
        Issue.record("\(args) zh has English “\(run)”: \(zh.stderr)")
      }
      let own = BilingualText.removingData(en.stderr, typed: args + [data])
      #expect(!BilingualText.hasCJK(own), "\(args) en: \(en.stderr)")
    }
    let doctor = try cli.run(["doctor", "--lang", "zh-Hans"])
    #expect(doctor.stdout.contains("警告："), "\(doctor.stdout)")
  }

  @Test("a wrong value lists the valid ones, in both languages")
  func wrongValuesListTheValidOnes() throws {
    let cli = try BilingualCLITests.demo()
    defer { cli.cleanUp() }
    let cases: [([String], [String])] = [
      (
        ["add", "--name", "x", "--principal", "1", "--rate", "1", "--kind", "foo"],
        ["jiebei", "credit-card", "other"]
      ),
      (["log", "借呗", "--channel", "fax"], ["call", "sms", "wechat"]),
      (["letter", "foo", "借呗"], ["negotiation", "hardship", "complaint"]),
      (["export", "--format", "xx"], ["csv", "json", "ics", "hledger"]),
      (["court", "借呗", "--event", "foo"], ["summons"]),
      (["add", "--name", "x", "--principal", "1", "--rate", "1", "--day-count", "foo"], ["actual"]),
    ]
    for (args, values) in cases {
      for lang in ["en", "zh-Hans"] {
        let r = try cli.run(args + ["--lang", lang])
        #expect(r.status == 64)
        for v in values { #expect(r.stderr.contains(v), "\(args) \(lang): \(v) not listed: \(r.stderr)") }
        #expect(!r.stderr.contains("following:"), "\(r.stderr)")
      }
    }
  }
}

/// The checks on a message's language, kept apart so they can be tested on their own.
enum BilingualText {
  /// What the argument parser or Foundation says in English when nobody translates it.
  static let foreignText = [
    "Please provide one of", "Expected to decode", "The data couldn’t be read", "The given data was not",
    "Error: ", "Help:  ", "for more information", "Fatal error", "Stack dump", "Foundation.", "Swift.",
  ]

  static func isCJK(_ u: Unicode.Scalar) -> Bool {
    (0x3000...0x303F).contains(u.value) || (0x4E00...0x9FFF).contains(u.value)
      || (0xFF00...0xFFEF).contains(u.value)
  }

  static func hasCJK(_ text: String) -> Bool { text.unicodeScalars.contains(where: isCJK) }

  /// The text without what the user typed (echoed back) and the data's names.
  static func removingData(_ text: String, typed: [String]) -> String {
    var s = text
    for t in typed.sorted(by: { $0.count > $1.count }) where t.count > 1 {
      s = s.replacingOccurrences(of: t, with: "")
    }
    return s
  }

  /// The first run of three or more English words in a Chinese message, outside what is a name
  /// or a value: quoted text, options (`--kind`), placeholders (`<debt>`), `code`, usage lines.
  static func englishRun(_ text: String) -> String? {
    for line in text.split(separator: "\n") {
      let l = String(line)
      if l.hasPrefix("用法：") || l.hasPrefix(" ") { continue }
      var stripped = ""
      var closing: Character?
      for c in l {
        if let end = closing {
          if c == end { closing = nil }
          stripped.append(" ")
          continue
        }
        switch c {
        case "'": closing = "'"
        case "“": closing = "”"
        case "`": closing = "`"
        case "<": closing = ">"
        case "[": closing = "]"
        default:
          stripped.append(c)
          continue
        }
        stripped.append(" ")
      }
      var run: [Substring] = []
      for token in stripped.split(whereSeparator: { $0 == " " }) {
        let word = token.trimmingCharacters(in: CharacterSet(charactersIn: ",.;:()"))
        let isWord =
          !word.isEmpty && word.allSatisfy { $0.isASCII && $0.isLetter } && !token.hasPrefix("-")
          && word.count > 1
        if isWord {
          run.append(token)
          if run.count >= 3 { return run.joined(separator: " ") }
        } else {
          run = []
        }
      }
    }
    return nil
  }
}
