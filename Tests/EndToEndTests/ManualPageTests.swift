import Foundation
import Testing

/// The man pages keep every character of the help they are made from: the generator's roff
/// escaping drops whatever is not ASCII, so `借呗` once vanished from "e.g. 借呗 or "CMB card"".
@Suite("Man pages keep the help's Chinese")
struct ManualPageTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The characters outside ASCII in the help the binary gives the man page generator, read
  /// from its marks (`~U+501F~` is 借).
  static func helpCharacters(_ lang: String) throws -> Set<Character> {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    cli.extraEnvironment = ["DEBTDECK_MANUAL_LANG": lang]
    let dump = try cli.run(["--experimental-dump-help"]).stdout
    #expect(!dump.unicodeScalars.contains { !$0.isASCII }, "the dump for the generator is ASCII")
    var out = Set<Character>()
    var rest = Substring(dump)
    while let mark = rest.range(of: #"~U\+[0-9A-F]+~"#, options: .regularExpression) {
      let hex = rest[mark].dropFirst(3).dropLast()
      if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
        out.insert(Character(scalar))
      }
      rest = rest[mark.upperBound...]
    }
    return out
  }

  static func page(_ path: String) throws -> String {
    let data = try Data(contentsOf: root.appendingPathComponent(path))
    return try #require(String(data: data, encoding: .utf8), "\(path) is UTF-8")
  }

  @Test(
    "every non-ASCII character of the help is in the page",
    arguments: [
      ("en", "docs/man/debtdeck.1"), ("zh-Hans", "docs/man/zh_CN/debtdeck.1"),
    ])
  func keepsEveryCharacter(lang: String, path: String) throws {
    let wanted = try ManualPageTests.helpCharacters(lang)
    #expect(wanted.contains("借") && wanted.contains("呗"))
    if lang == "zh-Hans" { #expect(wanted.count > 300) }
    let page = try ManualPageTests.page(path)
    let missing = wanted.subtracting(Set(page))
    #expect(missing.isEmpty, "\(path) lost \(String(missing.sorted()))")
    #expect(!page.contains("~U+"), "\(path) has a mark left over")
  }

  @Test("the English page says the example names as written")
  func englishExample() throws {
    let page = try ManualPageTests.page("docs/man/debtdeck.1")
    #expect(page.contains(#"e.g. 借呗 or "CMB card""#) || page.contains(#"e.g. 借呗 or \(dqCMB card\(dq"#))
  }
}
