import Foundation
import Testing

/// Issue 14: text that names a key takes the name from the key table (`state.key(.undo)`), so it
/// stays right after a rebind. This reads the app's sources for key names typed into strings.
@Suite("Key names in messages come from the table")
struct KeyNamesInTextTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources/DebtDeckUI")

  /// A key name typed into a string: Esc, Enter, Ctrl-R…; "u to undo", "p records"; 按 p.
  static let typedKey = try? NSRegularExpression(
    pattern: #""[^"]*(?<![\\(\w])(Esc|Enter|Ctrl-[A-Z]|Space|PgUp|PgDn|Shift-Tab)\b[^"]*"|"#
      + #"按 [A-Za-z?!/][ ，。）]|"#
      + #""[^"]*(^|[ (—·])[a-zA-Z] (to|records|opens|saves|closes|cancels|undoes|skips|works)\b"#)

  @Test("no string in DebtDeckUI types a key's name (the scroll hints' arrows and PgUp/PgDn aside)")
  func noTypedKeyNames() throws {
    let regex = try #require(KeyNamesInTextTests.typedKey)
    let files = try #require(FileManager.default.enumerator(atPath: KeyNamesInTextTests.sources.path))
    var checked = 0
    for case let name as String in files where name.hasSuffix(".swift") {
      let text = try String(
        contentsOf: KeyNamesInTextTests.sources.appendingPathComponent(name), encoding: .utf8)
      for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        let s = String(line)
        // Comments, and the help's and pagers' own scroll keys (↑↓ PgUp PgDn), are not messages.
        if s.trimmingCharacters(in: .whitespaces).hasPrefix("//") || s.contains("↑↓") { continue }
        checked += 1
        let found = regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s))
        #expect(found == nil, "\(name):\(i + 1) types a key name: \(s.trimmingCharacters(in: .whitespaces))")
      }
    }
    #expect(checked > 1000)
  }

  @Test("the check finds a typed key name")
  func canFail() throws {
    let regex = try #require(KeyNamesInTextTests.typedKey)
    for s in [#"en: "Done. u to undo.""#, #"zh: "按 Esc 取消""#, #"zh: "已完成。按 u 撤销。""#, #""Enter records it""#] {
      #expect(regex.firstMatch(in: s, range: NSRange(s.startIndex..., in: s)) != nil, "\(s)")
    }
    let fine = #"en: "Done. \(state.key(.undo)) to undo.""#
    #expect(regex.firstMatch(in: fine, range: NSRange(fine.startIndex..., in: fine)) == nil)
  }
}
