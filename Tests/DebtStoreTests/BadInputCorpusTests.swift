import DebtCore
import Foundation
import TestSupport
import Testing

@testable import DebtStore

/// A corpus of broken data files: truncations at every length, byte flips, wrong types, huge
/// numbers, deep nesting, invalid UTF-8, duplicate ids, dangling references, impossible dates.
/// Every one must be refused with a message that names the file — or load into data that passes
/// every check — and never crash or change the file.
@Suite("Bad input corpus: the loader")
struct BadInputCorpusTests {
  static func validFile() throws -> [UInt8] {
    var p = DemoPortfolio.make(today: LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(ordinal: 0))
    p.debts[0].notes = "借呗 🚨 \u{202E} notes"
    return try PortfolioStore.encode(p)
  }

  /// Loads `bytes` as portfolio.json; checks the outcome; returns 1 (one input tried).
  func attempt(_ bytes: [UInt8], _ dir: TempDirectory, _ label: String) throws -> Int {
    let file = dir.path + "/data/portfolio.json"
    try FileManager.default.createDirectory(atPath: dir.path + "/data", withIntermediateDirectories: true)
    try Data(bytes).write(to: URL(fileURLWithPath: file))
    let store = PortfolioStore(location: dir.location)
    switch Result(catching: { () throws(StoreError) -> LoadedPortfolio in try store.load() }) {
    case .success(let loaded):
      #expect(loaded.portfolio.problems().isEmpty, "\(label): loaded inconsistent data")
    case .failure(let error):
      #expect(error.description.contains("portfolio.json"), "\(label): \(error.description)")
      #expect(error.description.count > 30, "\(label): message too short: \(error.description)")
      #expect(error.exitCode == 65 || error.exitCode == 74, "\(label)")
      // A writer refuses too and leaves the bytes alone.
      #expect(throws: (any Error).self, "\(label)") { try store.update { $0.nextDebtNumber += 0 } }
    }
    #expect(FileManager.default.contents(atPath: file) == Data(bytes), "\(label): the file changed")
    return 1
  }

  @Test("truncated at every length, and with single bytes flipped")
  func truncationsAndFlips() throws {
    let dir = TempDirectory()
    let valid = try BadInputCorpusTests.validFile()
    var tried = 0
    for length in stride(from: 0, to: valid.count, by: max(1, valid.count / 400)) {
      tried += try attempt(Array(valid.prefix(length)), dir, "truncated to \(length)")
    }
    var rng = SplitMix(seed: 7)
    for i in 0..<400 {
      var b = valid
      let at = Int(rng.next() % UInt64(b.count))
      b[at] = UInt8(truncatingIfNeeded: rng.next())
      tried += try attempt(b, dir, "flip \(i) at \(at)")
    }
    print("bad input corpus: \(tried) truncated or flipped files")
    #expect(tried > 700)
  }

  @Test("wrong types, huge numbers, deep nesting, invalid UTF-8, duplicates, dangling references, bad dates")
  func structural() throws {
    let dir = TempDirectory()
    let valid = String(decoding: try BadInputCorpusTests.validFile(), as: UTF8.self)
    let v = Portfolio.currentSchemaVersion
    let swaps: [(String, String)] = [
      ("\"principal\" : 2000000", "\"principal\" : \"2000000\""),
      ("\"principal\" : 2000000", "\"principal\" : 99999999999999999999999"),
      ("\"principal\" : 2000000", "\"principal\" : -5"),
      ("\"principal\" : 2000000", "\"principal\" : 1e400"),
      ("\"principal\" : 2000000", "\"principal\" : 20000.5"),
      ("\"principal\" : 2000000", "\"principal\" : null"),
      ("\"principal\" : 2000000", "\"principal\" : 9223372036854775807"),
      ("\"dueDay\" : 9", "\"dueDay\" : 32"),
      ("\"termMonths\" : 12", "\"termMonths\" : 0"),
      ("\"termMonths\" : 12", "\"termMonths\" : 100000000"),
      ("\"id\" : \"d2\"", "\"id\" : \"d1\""),
      ("\"id\" : \"p1\"", "\"id\" : \"p2\""),
      ("\"debt\" : \"d1\"", "\"debt\" : \"d99\""),
      ("\"schemaVersion\" : \(v)", "\"schemaVersion\" : \(v + 1)"),
      ("\"schemaVersion\" : \(v)", "\"schemaVersion\" : \"one\""),
      ("\"schemaVersion\" : \(v)", "\"version\" : \(v)"),
      ("\"schemaVersion\" : \(v)", "\"schemaVersion\" : 0"),
      ("\"schemaVersion\" : \(v)", "\"schemaVersion\" : 1"),
      ("\"kind\" : \"jiebei\"", "\"kind\" : \"casino\""),
      ("\"basis\" : \"daily\"", "\"basis\" : \"hourly\""),
      ("\"percent\" : \"0.05\"", "\"percent\" : \"-1\""),
      ("\"percent\" : \"0.05\"", "\"percent\" : 0.05"),
      ("\"currency\" : \"CNY\"", "\"currency\" : \"yuan\""),
      ("\"penaltyMultiplier\" : 1.5", "\"penaltyMultiplier\" : 1e300"),
      ("\"nextDebtNumber\" : 6", "\"nextDebtNumber\" : 2"),
      ("\"debts\" : [", "\"debts\" : {"),
    ]
    var tried = 0
    for (from, to) in swaps {
      #expect(valid.contains(from), "corpus template lacks \(from)")
      tried += try attempt(Array(valid.replacingOccurrences(of: from, with: to).utf8), dir, "\(from) → \(to)")
    }
    for date in [
      "2026-02-30", "2026-13-01", "2026-00-10", "26-1-1", "2026/01/01", "", "2026-01-01T00:00:00Z",
    ] {
      let text = valid.replacingOccurrences(
        of: "\"startDate\" : \"2026-08-09\"", with: "\"startDate\" : \"\(date)\"")
      tried += try attempt(Array(text.utf8), dir, "date \(date)")
    }
    let deep = "{\"schemaVersion\": 1, \"debts\": " + String(repeating: "[", count: 100_000) + "}"
    tried += try attempt(Array(deep.utf8), dir, "deep nesting")
    tried += try attempt(Array(valid.utf8) + [0xFF, 0xFE], dir, "trailing invalid UTF-8")
    var invalidUTF8 = Array(valid.utf8)
    if let i = invalidUTF8.firstIndex(of: "借".utf8.first ?? 0) { invalidUTF8[i] = 0xC0 }
    tried += try attempt(invalidUTF8, dir, "invalid UTF-8 in a string")
    tried += try attempt([], dir, "empty file")
    tried += try attempt(Array("null".utf8), dir, "null")
    tried += try attempt(Array("[]".utf8), dir, "an array")
    tried += try attempt(Array(repeating: 0, count: 4096), dir, "zeros")
    print("bad input corpus: \(tried) structurally broken files")
  }
}
