import DebtCore
import Foundation
import Testing

@testable import DebtStore

/// Issue 18, item 12: a key twice in one object is refused, wherever it is and however it is
/// spelled, because a decoder silently keeps only one of the two values.
@Suite("Duplicate JSON keys")
struct DuplicateKeyTests {
  func check(_ text: String) -> JSONSyntaxCheck.Failure? { JSONSyntaxCheck.firstError(in: Array(text.utf8)) }

  @Test("found at the top, deep inside, in large objects and behind escapes; distinct keys pass")
  func found() {
    #expect(check(#"{"a": 1, "b": 2}"#) == nil)
    #expect(
      check(#"{"payments": [], "x": 1, "payments": [1]}"#)?.message.contains("\"payments\" appears twice")
        == true)
    #expect(check(#"{"a": [{"k": 1}, {"k": 1, "k": 2}]}"#) != nil)
    #expect(check(#"{"a": {"k": 1}, "b": {"k": 1}}"#) == nil)
    #expect(check(#"{"payments": 1, "p\u0061yments": 2}"#) != nil)
    #expect(check(#"{"\ud83d\ude00": 1, "😀": 2}"#) != nil)
    let many = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
    #expect(check("{\(many)}") == nil)
    #expect(check("{\(many), \"k3\": 0}")?.message.contains("k3") == true)
    #expect(check("{\"k39\": 0, \(many)}")?.message.contains("k39") == true)
  }

  @Test("the line and column point at the second key")
  func located() throws {
    let failure = try #require(check("{\n  \"a\": 1,\n  \"a\": 2\n}"))
    #expect(failure.line == 3 && failure.column == 3)
  }

  @Test("two top-level payments keys: the data file is refused and left untouched, no payment lost")
  func dataFile() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { p in
      let id = p.add(sampleDebt())
      for day in 0..<3 {
        _ = p.record(Payment(id: "", debt: id, date: LocalDate(ordinal: 20_510 + day), amount: 100))
      }
    }
    var text = try #require(String(bytes: dir.bytes("data/portfolio.json") ?? [], encoding: .utf8))
    text = text.replacingOccurrences(
      of: "\n  \"payments\" :", with: "\n  \"payments\" : [],\n  \"payments\" :")
    text = text.replacingOccurrences(
      of: "\n  \"payments\": [", with: "\n  \"payments\": [],\n  \"payments\": [")
    try Data(text.utf8).write(to: URL(fileURLWithPath: dir.location.portfolioFile))
    let before = dir.bytes("data/portfolio.json")
    #expect {
      _ = try store.load()
    } throws: { error in
      (error as? StoreError)?.description.contains("\"payments\" appears twice") == true
    }
    #expect(throws: StoreError.self) { try store.update { _ = $0.add(sampleDebt("b")) } }
    #expect(dir.bytes("data/portfolio.json") == before)
  }

  @Test("settings with a duplicate key are refused")
  func settings() throws {
    let dir = TempDirectory()
    try dir.write("config/settings.json", #"{"schemaVersion": 1, "language": "en", "language": "zh-Hans"}"#)
    #expect(throws: StoreError.self) { _ = try SettingsStore(location: dir.location).load() }
  }
}
