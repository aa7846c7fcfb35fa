import Foundation
import Testing

@Suite("The legal track from the command line")
struct LegalTrackCLITests {
  @Test("court: a 支付令 gets its 15-day countdown in case and today, until done; bad input refused")
  func court() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let added = try cli.run([
      "court", "d1", "--event", "支付令", "--received", "2026-11-23", "--case-no", "(2026)京0105民督123号", "--lang",
      "en",
    ])
    #expect(added.status == 0 && added.stdout.contains("deadline 2026-12-08 (15 days left)"), "\(added)")
    #expect(added.stdout.contains("not legal advice"))
    let json = try cli.run(["case", "d1", "--json"]).stdout
    #expect(json.contains("\"deadline\" : \"2026-12-08\"") && json.contains("\"reminder\" : \"court:d1:k1\""))
    #expect(json.contains("\"stage\" : \"in-court\""))
    let brief = try cli.run(["today", "--json"]).stdout
    #expect(brief.contains("\"inCourt\" : 1") && brief.contains("\"stage\" : \"in-court\""), "\(brief)")
    for (today, text) in [
      ("2026-11-30", "8 days left"), ("2026-12-08", "last day today"), ("2026-12-09", "12348"),
    ] {
      cli.today = today
      let brief = try cli.run(["today", "--lang", "en"]).stdout
      #expect(brief.contains("payment order") && brief.contains(text), "\(today): \(brief)")
    }
    // The guide step court-k1 done ends the countdown; reset brings it back.
    #expect(try cli.run(["case", "d1", "--done", "court-k1"]).status == 0)
    #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("payment order")))
    #expect(try cli.run(["case", "d1", "--reset", "court-k1"]).status == 0)
    #expect(try cli.run(["today", "--lang", "en"]).stdout.contains("payment order"))
    #expect(try cli.run(["remind", "done", "court:d1:k1"]).status == 0)
    #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("payment order")))
    let future = try cli.run(["court", "d1", "--event", "judgment", "--received", "2027-01-01"])
    #expect(future.status == 64 && future.stderr.contains("--received"))
    let noEvent = try cli.run(["court", "d1", "--received", "2026-11-01"])
    #expect(noEvent.status == 64 && noEvent.stderr.contains("--event"))
    let badKind = try cli.run(["court", "d1", "--event", "letter", "--received", "2026-11-01"])
    #expect(badKind.status == 64)
  }

  @Test("rules: listed with sources and dates; an override in settings.json is used and marked")
  func rules() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let listed = try cli.run(["rules", "--lang", "en"]).stdout
    #expect(listed.contains("court.payment-order-objection  15 days") && listed.contains("arts. 227, 228"))
    #expect(listed.contains("not legal advice"))
    let config = cli.dataDir + "/config/debtdeck"
    try FileManager.default.createDirectory(atPath: config, withIntermediateDirectories: true)
    let settings =
      #"{"schemaVersion": 1, "ruleOverrides": {"court.payment-order-objection": {"value": "20", "source": "test"}}}"#
    try settings.write(toFile: config + "/settings.json", atomically: true, encoding: .utf8)
    let json = try cli.run(["rules", "--json"]).stdout
    let book = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
    let rules = book?["rules"] as? [[String: Any]] ?? []
    let po = rules.first { $0["id"] as? String == "court.payment-order-objection" }
    #expect(
      po?["value"] as? String == "20" && po?["overridden"] as? Bool == true
        && po?["source"] as? String == "test")
    #expect(try cli.run(["rules", "--lang", "en"]).stdout.contains("[overridden in settings.json]"))
  }

  @Test("channel and log: a 安全账户 request from another number is flagged in the log and its JSON")
  func scam() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(try cli.run(["channel", "d1", "--phone", "95188", "--source", "支付宝 App"]).status == 0)
    let logged = try cli.run([
      "log", "d1", "--channel", "call", "--phone", "0571-1234567", "--summary", "对方让我把钱转到安全账户", "--lang",
      "en",
    ])
    #expect(logged.stderr.contains("possible scam") && logged.stderr.contains("not the official number"))
    // At a set hour: "now" may be inside the quiet hours, which would flag the call.
    let plain = try cli.run([
      "log", "d1", "--channel", "call", "--phone", "95188", "--summary", "提醒还款", "--at", "2026-11-23 10:00",
    ])
    #expect(plain.stderr.isEmpty, "\(plain)")
    let json = try cli.run(["log", "d1", "--json"]).stdout
    let entries = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []
    #expect(entries.count == 2)
    #expect(entries.first?["scamFlags"] as? [String] == ["transfer-to-personal-account"])
    #expect(
      entries.first?["notOfficialNumber"] as? Bool == true
        && entries.last?["notOfficialNumber"] as? Bool == false)
    let help = try cli.run(["help-free", "--lang", "en"]).stdout
    #expect(
      help.contains("96110") && help.contains("Verify before you act") && help.contains("safe” account"))
  }

  @Test("case --pre-report-notice: recorded, shown, in JSON, and the free-report reminder follows")
  func preReportNotice() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("free credit report")))
    let set = try cli.run(["case", "d1", "--pre-report-notice", "no", "--on", "2026-11-20", "--lang", "en"])
    #expect(
      set.status == 0 && set.stdout.contains("Before reporting: no notice before reporting (2026-11-20)"),
      "\(set)")
    #expect(set.stdout.contains("art. 15"))
    let json = try cli.run(["case", "d1", "--json"]).stdout
    #expect(
      json.contains("\"preReportNotice\" : \"no\"") && json.contains("\"preReportNoticeOn\" : \"2026-11-20\"")
    )
    #expect(try cli.run(["today", "--lang", "en"]).stdout.contains("Pull your free credit report"))
    #expect(try cli.run(["remind", "done", "credit-report:2026-h2"]).status == 0)
    #expect(!(try cli.run(["today", "--lang", "en"]).stdout.contains("free credit report")))
    for bad in [
      ["case", "d1", "--pre-report-notice", "maybe"], ["case", "d1", "--on", "2026-11-20"],
      ["case", "d1", "--pre-report-notice", "yes", "--on", "2027-01-01"],
      ["case", "d1", "--done", "court-k9"],
    ] {
      let r = try cli.run(bad)
      #expect(r.status == 64 && !r.stderr.isEmpty, "\(bad): \(r)")
    }
  }
}
