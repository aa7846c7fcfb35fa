import Foundation
import Testing

@Suite("Command line, end to end", .serialized)
struct CLITests {
  @Test("add five debts with Chinese names, pay, list, show, today: all right and aligned")
  func dailyUse() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let adds: [[String]] = [
      [
        "--name", "借呗 应急", "--kind", "借呗", "--principal", "20,000", "--rate", "0.05", "--term", "12",
        "--start", "2026-08-09", "--due-day", "9",
      ],
      [
        "--name", "微粒贷", "--kind", "weilidai", "--principal", "¥10000", "--rate", "0.04", "--term", "10",
        "--start", "2026-10-26", "--due-day", "26",
      ],
      [
        "--name", "招行信用卡", "--kind", "credit-card", "--principal", "8600", "--rate", "0.05",
        "--start", "2026-11-05", "--due-day", "5",
      ],
      [
        "--name", "花呗", "--kind", "huabei", "--principal", "1850", "--rate", "0.05", "--start", "2026-11-10",
        "--due-day", "10",
      ],
      [
        "--name", "建行快贷", "--kind", "bank-loan", "--principal", "100000", "--rate", "4.35", "--rate-basis",
        "apr",
        "--term", "36", "--start", "2026-11-03", "--due-day", "15",
      ],
    ]
    for (i, args) in adds.enumerated() {
      let r = try cli.run(["add"] + args)
      #expect(r.status == 0, "\(r.stderr)")
      #expect(r.stdout == "d\(i + 1)\n")
    }
    let pay = try cli.run(["pay", "借呗 应急", "1,835.98", "--date", "2026-09-09", "--note", "按时"])
    #expect(pay.status == 0, "\(pay.stderr)")
    #expect(pay.stdout == "p1\n")

    let list = try cli.run(["list"])
    #expect(list.status == 0)
    let lines = list.stdout.split(separator: "\n")
    #expect(lines.count == 7)  // header, five debts, total
    // Every row's "Next due" column starts at the same display column.
    let starts = lines.dropFirst().prefix(5).map { line -> Int in
      let r = line.range(of: "2026-")!  // each debt has a next due date in 2026
      return columns(line[..<r.lowerBound])
    }
    #expect(Set(starts).count == 1, "\(list.stdout)")
    #expect(list.stdout.contains("M2 overdue (45d)"))

    let show = try cli.run(["show", "d1"])
    // Interest by actual days: ¥20,000 × 0.05 % × 31 days (08-09 → 09-09).
    #expect(show.stdout.contains("1  2026-09-09   ¥1,525.98    ¥310.00   ¥1,835.98  paid"), "\(show.stdout)")
    #expect(show.stdout.contains("¥20,000.00  ¥2,033.46  ¥22,033.46"))
    // ¥1,835.98 × 0.075 % × (45 + 14) days = ¥81.2421, rounded once.
    #expect(show.stdout.contains("Penalty owed      ¥81.24"), "\(show.stdout)")

    let today = try cli.run(["today"])
    #expect(today.status == 0)
    #expect(today.stdout.contains("1 overdue · 1 for today · 1 due in the next 7 days"), "\(today.stdout)")
    #expect(today.stdout.contains("借呗 应急"))

    let json = try cli.run(["today", "--json"])
    let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
    let overdue = parsed?["overdue"] as? [[String: Any]]
    #expect(overdue?.first?["debt"] as? String == "d1")
    #expect(overdue?.first?["amount"] as? Int == 375_320)
    #expect(overdue?.first?["daysPastDue"] as? Int == 45)

    let zh = try cli.run(["list", "--lang", "zh-Hans"])
    #expect(zh.stdout.contains("逾期M2（45天）"))
    #expect(zh.stdout.contains("合计待还"))

    #expect(try cli.run(["today", "--fail-if-overdue"]).status == 1)
  }

  @Test("bad input: one clear line, status 64 or 65, stored data unchanged")
  func badInput() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let add = try cli.run(["add", "--name", "x", "--principal", "100", "--rate", "1", "--term", "2"])
    #expect(add.status == 0)
    let file = cli.dataDir + "/data/portfolio.json"
    let before = FileManager.default.contents(atPath: file)
    let cases: [([String], String)] = [
      (["pay", "d1", "-5"], "negative"),
      (["pay", "d1", "--", "-5"], "negative"),
      (["pay", "d1", "abc"], "not an amount"),
      (["pay", "d1", "1e400"], "not an amount"),
      (["pay", "d1", "1.234"], "decimal places"),
      (["pay", "d1", "0"], "more than 0"),
      (["pay", "nobody", "5"], "no debt"),
      (["pay", "d1", "5", "--date", "2026-02-30"], "no such day"),
      (["pay", "d1", "5", "--date", "2027-01-01"], "after today"),
      (["add", "--name", "y", "--principal", "100", "--rate", "1", "--due-day", "32"], "due day"),
      (["add", "--name", "\u{1B}[31mred", "--principal", "100", "--rate", "1"], "control character"),
      (["add", "--name", "y", "--principal", "100", "--rate", "1", "--kind", "bogus"], "kind"),
      (["show"], "Missing expected argument"),
      (["frobnicate"], "Unexpected argument"),
    ]
    for (args, needle) in cases {
      let r = try cli.run(args)
      #expect(r.status == 64, "\(args): \(r.status) \(r.stderr)")
      #expect(r.stderr.contains(needle), "\(args): \(r.stderr)")
      #expect(r.stderr.hasPrefix("debtdeck: "), "\(args): \(r.stderr)")
      #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Stack dump"))
    }
    #expect(FileManager.default.contents(atPath: file) == before)

    // A damaged file: status 65, a message naming the file and line, the file untouched.
    try Data("{\"schemaVersion\": 1, \"debts\": [".utf8).write(to: URL(fileURLWithPath: file))
    let damaged = try cli.run(["list"])
    #expect(damaged.status == 65)
    #expect(damaged.stderr.contains("portfolio.json:1:"))
    #expect(try cli.run(["pay", "d1", "5"]).status == 65)
    #expect(FileManager.default.contents(atPath: file) == Data("{\"schemaVersion\": 1, \"debts\": [".utf8))
    let doctor = try cli.run(["doctor"])
    #expect(doctor.status == 65)
    #expect(doctor.stdout.contains("truncated"))
  }

  @Test("hostile arguments: long, right-to-left, emoji, CJK, overflowing — accepted or refused in one line")
  func hostileArguments() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["add", "--name", "基础", "--principal", "100", "--rate", "1"]).status == 0)
    let file = cli.dataDir + "/data/portfolio.json"
    let refused: [[String]] = [
      ["add", "--name", String(repeating: "借", count: 10_000), "--principal", "100", "--rate", "1"],
      ["add", "--name", "a\u{202E}b", "--principal", "1", "--rate", "1"],
      ["add", "--name", "x", "--principal", "99999999999999999999", "--rate", "1"],
      ["add", "--name", "x", "--principal", "100", "--rate", "1", "--term", "99999999999999999999"],
      ["add", "--name", "x", "--principal", "100", "--rate", "100000"],
      ["add", "--name", "x", "--principal", "0", "--rate", "1"],
      ["pay", "d1", "1000000000000.01"],
      ["pay", "d1", "5", "--note", String(repeating: "n", count: 10_000)],
      ["add", "--name", "", "--principal", "100", "--rate", "1"],
    ]
    var tried = 0
    for args in refused {
      let before = FileManager.default.contents(atPath: file)
      let r = try cli.run(args)
      tried += 1
      #expect(r.status == 64, "\(args.map { String($0.prefix(20)) }): \(r.status) \(r.stderr.prefix(200))")
      // One line says what is wrong; an argument error adds the usage line and where to read more.
      #expect(r.stderr.split(separator: "\n").count <= 3, "\(r.stderr.prefix(300))")
      #expect(r.stderr.count < 400, "the message echoes too much: \(r.stderr.count) characters")
      #expect(FileManager.default.contents(atPath: file) == before)
    }
    for name in ["微粒贷 😀", "Kredit-Karte", "花呗（家用）", "ＦＵＬＬ"] {
      tried += 1
      #expect(
        try cli.run(["add", "--name", name, "--principal", "100", "--rate", "1"]).status == 0, "\(name)")
    }
    print("bad input corpus: \(tried) hostile command lines")
  }

  @Test("control characters in data never reach the terminal")
  func escapesData() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try FileManager.default.createDirectory(atPath: cli.dataDir + "/data", withIntermediateDirectories: true)
    let evil = #"""
      {"schemaVersion": 1, "nextDebtNumber": 2, "nextPaymentNumber": 1, "payments": [],
       "debts": [{"id": "d1", "name": "evil\u001b]0;pwned\u0007\r\u202e", "lender": "x\u0085", "kind": "other",
        "principal": 10000, "rate": {"basis": "apr", "percent": "10"}, "method": "bullet", "termMonths": 1,
        "startDate": "2026-10-01", "dueDay": 25}]}
      """#
    try Data(evil.utf8).write(to: URL(fileURLWithPath: cli.dataDir + "/data/portfolio.json"))
    for args in [["list"], ["show", "d1"], ["today"]] {
      let r = try cli.run(args)
      #expect(r.status == 0, "\(args) \(r.stderr)")
      let bad = r.stdout.unicodeScalars.filter {
        ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
      }
      #expect(bad.isEmpty, "\(args) leaked \(bad.map { $0.value })")
      #expect(r.stdout.contains("evil^[]0;pwned^G^M\\u{202E}"), "\(args): \(r.stdout)")
    }
  }

  @Test(
    "apr reproduces the DOMAIN check values",
    arguments: [
      (
        ["--principal", "100000", "--upfront-fee", "1000", "--payment", "8833.30", "--count", "12"], "12.80%",
        "13.58%"
      ),
      (["--principal", "10000", "--flat-monthly-fee", "0.6", "--count", "12"], "13.03%", "13.84%"),
      (
        ["--principal", "10000", "--upfront-fee", "200", "--flat-monthly-fee", "0.6", "--count", "12"],
        "16.90%", "18.27%"
      ),
    ])
  func apr(args: [String], simple: String, compound: String) throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let r = try cli.run(["apr"] + args)
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout.contains("True APR   \(simple) simple"), "\(r.stdout)")
    #expect(r.stdout.contains("\(compound) compound"))
    #expect(!r.stdout.lowercased().contains("illegal"))
    let both = try cli.run([
      "apr", "--principal", "100", "--payment", "10", "--count", "12", "--daily-rate", "0.05",
    ])
    #expect(both.status == 64)
  }

  @Test("JSON export → import into an empty data directory → the identical portfolio")
  func jsonRoundTrip() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let a = cli.dataDir + "/a"
    let b = cli.dataDir + "/b"
    #expect(try cli.run(["demo", "--data-dir", a]).status == 0)
    #expect(try cli.run(["pay", "d1", "12.34", "--note", "=1+1 借呗 😀", "--data-dir", a]).status == 0)
    let file = cli.dataDir + "/export.json"
    #expect(try cli.run(["export", "--format", "json", "--out", file, "--data-dir", a]).status == 0)
    let imported = try cli.run(["import", "--format", "json", file, "--data-dir", b])
    #expect(imported.status == 0, "\(imported.stderr)")
    let left = FileManager.default.contents(atPath: a + "/portfolio.json")
    let right = FileManager.default.contents(atPath: b + "/portfolio.json")
    #expect(left != nil && left == right)
    // Over existing data only with --replace; --dry-run changes nothing.
    let again = try cli.run(["import", "--format", "json", file, "--data-dir", b])
    #expect(again.status == 64 && again.stderr.contains("--replace"))
    #expect(
      try cli.run(["import", "--format", "json", file, "--data-dir", b, "--replace", "--dry-run"]).stdout
        .contains("Would import"))
    // A damaged file is refused with its name and line.
    try Data("{\n\"schemaVersion\": 2,\n x".utf8).write(to: URL(fileURLWithPath: file))
    let bad = try cli.run(["import", "--format", "json", file, "--data-dir", b, "--replace"])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains("export.json:3:"), "\(bad.stderr)")
    #expect(FileManager.default.contents(atPath: b + "/portfolio.json") == right)
  }

  @Test("demo writes a realistic portfolio; a second demo refuses to overwrite")
  func demo() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let dir = cli.dataDir + "/demo"
    #expect(try cli.run(["demo", "--data-dir", dir]).status == 0)
    let list = try cli.run(["list", "--json", "--data-dir", dir])
    let debts = try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]] ?? []
    #expect(debts.map { $0["stage"] as? String } == ["M2", "due-soon", "current", "current", "current"])
    #expect(
      debts.map { $0["kind"] as? String } == ["jiebei", "weilidai", "credit-card", "huabei", "bank-loan"])
    let again = try cli.run(["demo", "--data-dir", dir])
    #expect(again.status == 64)
    #expect(again.stderr.contains("--force"))
  }
}
