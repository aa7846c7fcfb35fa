import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// The README's key table is the app's real keys: every key it lists is bound, and every bound key
/// is listed.
@Suite("README key table")
struct ReadmeKeyTableTests {
  static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  /// The backticked key names in the first column of the table under `| key | does |`.
  static func listedKeys() throws -> [String] {
    let text = try String(contentsOf: readme, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(lines.firstIndex { $0.hasPrefix("| key | does |") }, "no key table in README")
    var keys: [String] = []
    for line in lines[(start + 2)...] {
      guard line.hasPrefix("|") else { break }
      let cells = line.split(separator: "|", omittingEmptySubsequences: false)
      guard cells.count > 2 else { continue }
      // `a` `b`: the odd pieces between backticks are the key names.
      let pieces = cells[1].split(separator: "`", omittingEmptySubsequences: false)
      keys += pieces.enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }
    return keys
  }

  /// How the README may write a key: its name in `keys.json` or its arrow.
  static func spellings(_ key: Key) -> Set<String> { [key.name, key.symbol] }

  @Test("every key the README's table lists is bound somewhere")
  func listedAreBound() throws {
    let bound = Set(KeyMap.defaultBindings.flatMap { ReadmeKeyTableTests.spellings($0.key) })
    let listed = try ReadmeKeyTableTests.listedKeys()
    #expect(listed.count > 40, "\(listed)")
    for key in listed { #expect(bound.contains(key), "README lists `\(key)`, which no binding has") }
  }

  @Test("every bound key is in the README's table")
  func boundAreListed() throws {
    let listed = Set(try ReadmeKeyTableTests.listedKeys())
    for b in KeyMap.defaultBindings where ReadmeKeyTableTests.spellings(b.key).isDisjoint(with: listed) {
      Issue.record(
        "`\(b.key.name)` (\(b.action.rawValue) in \(b.context.rawValue)) is not in the README key table")
    }
  }
}
