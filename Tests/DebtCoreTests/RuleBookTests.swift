import Foundation
import Testing

@testable import DebtCore

@Suite("The rule book: legal numbers as dated, sourced data")
struct RuleBookTests {
  @Test("every rule id has exactly one entry with a source and a verified date")
  func complete() {
    let ids = RuleBook.shipped.rules.map(\.id)
    #expect(ids.count == Set(ids).count)
    #expect(Set(ids) == Set(RuleID.allCases))
    for rule in RuleBook.shipped.rules {
      #expect(!rule.source.isEmpty, "\(rule.id)")
      #expect(rule.lastVerified > day("2026-01-01"), "\(rule.id)")
      #expect(!rule.meaning.en.isEmpty && !rule.meaning.zh.isEmpty)
      #expect(!rule.value.isEmpty && rule.value.allSatisfy(\.isNumber), "\(rule.id)")
      #expect(!rule.overridden)
    }
  }

  @Test("the court periods are those of DOMAIN §7")
  func courtPeriods() {
    let r = RuleBook.shipped
    #expect(r.number(.paymentOrderObjection) == 15 && r.number(.summonsAnswer) == 15)
    #expect(r.number(.judgmentAppeal) == 15 && r.number(.rulingAppeal) == 10)
    #expect(r.number(.mediationConfirmation) == 30 && r.number(.creditRetention) == 5)
    #expect(r.phone(.fraudLine) == "96110" && r.phone(.courtVerifyLine) == "12368")
  }

  @Test("an override replaces the value, keeps the meaning, and says it is overridden")
  func override() {
    let r = RuleBook.shipped.applying([
      .rulingAppeal: RuleOverride(value: "12", source: "my lawyer", verified: day("2027-02-01"))
    ])
    #expect(r[.rulingAppeal].number == 12 && r[.rulingAppeal].overridden)
    #expect(r[.rulingAppeal].source == "my lawyer" && r[.rulingAppeal].lastVerified == day("2027-02-01"))
    #expect(r[.rulingAppeal].meaning == RuleBook.shipped[.rulingAppeal].meaning)
    #expect(!r[.judgmentAppeal].overridden)
  }

  @Test("settings.json overrides decode, flow into the book, and bad values are reported")
  func settingsOverrides() throws {
    let json =
      #"{"ruleOverrides": {"court.ruling-appeal": {"value": "11"}, "phone.anti-fraud": {"value": "9x"}}}"#
    let s = try JSONDecoder().decode(Settings.self, from: Data(json.utf8))
    #expect(s.legalRules.number(.rulingAppeal) == 11)
    #expect(s.problems().map(\.path) == ["ruleOverrides.phone.anti-fraud.value"])
    let again = try JSONDecoder().decode(Settings.self, from: try JSONEncoder().encode(s))
    #expect(again.ruleOverrides == s.ruleOverrides)
    let unknown = #"{"ruleOverrides": {"court.no-such-rule": {"value": "1"}}}"#
    #expect(throws: (any Error).self) { try JSONDecoder().decode(Settings.self, from: Data(unknown.utf8)) }
  }

  /// The legal track's code reads its numbers from the rule book: none of the rule values (3 or
  /// more) may appear as a number literal in these files outside comments.
  @Test("no rule number is written into the legal track's code")
  func noNumbersOutsideTheTable() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let core = root.appendingPathComponent("Sources/DebtCore")
    let files =
      try FileManager.default.contentsOfDirectory(atPath: core.appendingPathComponent("Legal").path)
      .filter { $0.hasSuffix(".swift") && $0 != "RuleBook+Shipped.swift" }.map { "Legal/" + $0 }
      + FileManager.default.contentsOfDirectory(atPath: core.appendingPathComponent("Scam").path)
      .filter { $0.hasSuffix(".swift") }.map { "Scam/" + $0 }
      + [
        "Reminders/ReminderEngine+Court.swift", "Credit/CreditRecordOutlook.swift", "Case/Guide+Court.swift",
        "Letters/LetterWriter+Court.swift", "Credit/PreReportNotice.swift",
        "Reminders/ReminderEngine+Credit.swift",
      ]
    #expect(files.count >= 13)
    let numbers = Set(RuleBook.shipped.rules.compactMap { Int($0.value) }.filter { $0 >= 3 })
    for file in files {
      let text = try String(contentsOf: core.appendingPathComponent(file), encoding: .utf8)
      for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let code = line.components(separatedBy: "//").first ?? ""
        // Numbers inside string literals count too (a deadline typed into a message).
        var digits = ""
        for ch in code + " " {
          if ch.isASCII && ch.isNumber {
            digits.append(ch)
            continue
          }
          if let v = Int(digits), numbers.contains(v) {
            Issue.record("\(file):\(n + 1) holds \(v), a rule number: read it from the rule book")
          }
          digits = ""
        }
      }
    }
  }
}
