import Foundation
import Testing

@Suite("Import from spreadsheets, export to hledger")
struct EcosystemTests {
  func write(_ bytes: [UInt8], _ path: String) throws {
    try Data(bytes).write(to: URL(fileURLWithPath: path))
  }

  func python(_ script: String) throws {
    let (status, output) = spawn(["/usr/bin/env", "python3", "-c", script], capture: true)
    #expect(status == 0, "python: \(output)")
  }

  @Test("a GBK CSV with Chinese headers; a bad row named by line and nothing imported; --skip-bad-rows")
  func gbkImport() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let file = cli.dataDir + "/借款.csv"
    // Written by Python's own GBK codec, as a Chinese Excel would save it.
    try python(
      """
      rows = "名称,平台,类型,本金,日利率,还款方式,期数,借款日,还款日\\n" \\
        "借呗 应急,重庆蚂蚁消费金融,借呗,\\"￥20,000.00\\",0.05%,等额本息,12,2026年8月9日,9\\n" \\
        "微粒贷,微众银行,微粒贷,8000,0.04,等额本息,6,2026/9/26,26\\n" \\
        "坏行,某平台,借呗,abc,0.05,等额本息,12,2026-08-01,1\\n"
      open(\(String(reflecting: file)), "wb").write(rows.encode("gbk"))
      """)
    let dry = try cli.run(["import", "--format", "csv", "--kind", "debts", file, "--dry-run", "--lang", "en"])
    #expect(dry.status == 65 && dry.stdout.contains("Would add 2 debts"))
    let refused = try cli.run(["import", "--format", "csv", "--kind", "debts", file])
    #expect(refused.status == 65)
    #expect(refused.stderr.contains("借款.csv:4: column “本金”"), "\(refused.stderr)")
    #expect(refused.stderr.contains("nothing was imported"))
    let afterRefusal = try JSONSerialization.jsonObject(
      with: Data(try cli.run(["list", "--json"]).stdout.utf8))
    #expect((afterRefusal as? [Any])?.isEmpty == true, "nothing may be imported when a row is wrong")
    let skipped = try cli.run([
      "import", "--format", "csv", "--kind", "debts", file, "--skip-bad-rows", "--lang", "en",
    ])
    #expect(skipped.status == 0 && skipped.stdout.contains("Imported 2 debts"))
    let listed = try cli.run(["list", "--lang", "en"]).stdout
    #expect(listed.contains("借呗 应急") && listed.contains("微粒贷") && !listed.contains("坏行"))
    // The same file again: every row a duplicate.
    let again = try cli.run([
      "import", "--format", "csv", "--kind", "debts", file, "--skip-bad-rows", "--lang", "en",
    ])
    #expect(again.stdout.contains("2 duplicate rows skipped"))
    // Payments in UTF-8 with a BOM, by name.
    let payments = cli.dataDir + "/还款.csv"
    try write(Array("\u{FEFF}债务,日期,金额,备注\r\n借呗 应急,2026/9/9,\"1,835.98\",按时\r\n".utf8), payments)
    #expect(try cli.run(["import", "--format", "csv", "--kind", "payments", payments]).status == 0)
    #expect(try cli.run(["show", "d1", "--json"]).stdout.contains("183598"))
    // Neither UTF-8 nor GB18030: a clear message.
    try write([0x81, 0x30, 0xFF, 0xFF, 0x0A], cli.dataDir + "/bad.csv")
    let binary = try cli.run(["import", "--format", "csv", "--kind", "debts", cli.dataDir + "/bad.csv"])
    #expect(binary.status == 65 && binary.stderr.contains("--encoding"))
  }

  @Test("the hledger journal passes hledger's own checks and its balances are DebtDeck's")
  func hledger() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    // A name hledger would misread if it were not cleaned: a colon, double spaces, a semicolon.
    #expect(
      try cli.run([
        "add", "--name", "a:b  c; d", "--kind", "private", "--principal", "1000", "--rate", "0",
        "--rate-basis", "apr", "--term", "1", "--start", "2026-10-01", "--due-day", "1",
      ]).status == 0)
    #expect(try cli.run(["pay", "d6", "1200", "--yes"]).status == 0)  // overpaid by 200
    let journal = cli.dataDir + "/debts.journal"
    #expect(try cli.run(["export", "--format", "hledger", "--out", journal]).status == 0)
    let (checked, why) = spawn(
      ["/usr/bin/env", "hledger", "-f", journal, "check", "--strict"], capture: true)
    #expect(checked == 0, "hledger check: \(why)")
    let (status, balances) = spawn(
      ["/usr/bin/env", "hledger", "-f", journal, "bal", "liabilities", "--flat", "--no-total", "-O", "csv"],
      capture: true)
    #expect(status == 0, "\(balances)")
    let listed =
      try JSONSerialization.jsonObject(with: Data(try cli.run(["list", "--json"]).stdout.utf8))
      as? [[String: Any]] ?? []
    #expect(listed.count == 6)
    for debt in listed {
      guard let id = debt["id"] as? String, let balance = debt["balance"] as? Int else {
        Issue.record("list --json has no id/balance: \(debt)")
        continue
      }
      let line = balances.split(separator: "\n").first { $0.contains("liabilities:debts:\(id) ") }
      let expected = balance == 0 ? "0" : "CNY -\(balance / 100).\(String(format: "%02d", balance % 100))"
      #expect(
        line?.contains(expected) == true || (balance == 0 && line == nil),
        "\(id): \(line ?? "none") vs \(balance)")
    }
  }
}
