import Foundation
import Testing

/// What the compiler cannot see: a command-line message written in one language only. The
/// writers of stderr take a `LocalizedText`, and `CLIError` carries one, so an English-only
/// message does not compile; these checks close the ways around that.
@Suite("Command-line sources: no message in one language only")
struct CLISourceLanguageTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func sources(_ module: String) throws -> [(String, String)] {
    let dir = root.appendingPathComponent("Sources/\(module)")
    let files = FileManager.default.enumerator(atPath: dir.path)?.compactMap { $0 as? String } ?? []
    return try files.filter { $0.hasSuffix(".swift") }.sorted().map {
      ($0, try String(contentsOf: dir.appendingPathComponent($0), encoding: .utf8))
    }
  }

  /// Single-line string literals after `label` (`zh: "…"`), with their line numbers.
  static func literals(after label: String, in text: String) -> [(Int, String)] {
    var out: [(Int, String)] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var rest = Substring(line)
      while let r = rest.range(of: label + "\"") {
        var literal = ""
        var escaped = false
        var depth = 0
        for c in rest[r.upperBound...] {
          if escaped {
            escaped = false
            if c == "(" { depth += 1 }
            literal.append(c)
            continue
          }
          if c == "\\" {
            escaped = true
            literal.append(c)
            continue
          }
          if depth > 0 {
            if c == "(" { depth += 1 }
            if c == ")" { depth -= 1 }
            literal.append(c)
            continue
          }
          if c == "\"" { break }
          literal.append(c)
        }
        out.append((n + 1, literal))
        rest = rest[r.upperBound...].dropFirst(literal.count + 1)
      }
    }
    return out
  }

  /// The literal without its interpolations, escapes, option names and `code`.
  static func ownText(_ literal: String) -> String {
    var s = literal.replacingOccurrences(
      of: #"\\\((?:[^()]|\([^()]*\))*\)"#, with: " ", options: .regularExpression)
    for pattern in [#"--[a-z-]+"#, #"`[^`]*`"#, #"\\."#, #"<[^>]*>"#] {
      s = s.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
    }
    return s
  }

  static func hasCJK(_ s: String) -> Bool {
    s.unicodeScalars.contains {
      (0x3000...0x303F).contains($0.value) || (0x4E00...0x9FFF).contains($0.value)
        || (0xFF00...0xFFEF).contains($0.value)
    }
  }

  @Test("every Chinese text of a message is Chinese, and differs from the English")
  func chineseIsChinese() throws {
    for module in ["debtdeck", "DebtStore"] {
      for (file, text) in try CLISourceLanguageTests.sources(module) {
        for (line, zh) in CLISourceLanguageTests.literals(after: "zh: ", in: text) {
          let own = CLISourceLanguageTests.ownText(zh)
          let latin = own.contains { $0.isASCII && $0.isLetter }
          #expect(!latin || CLISourceLanguageTests.hasCJK(own), "\(module)/\(file):\(line): zh: \"\(zh)\"")
        }
        let en = Set(CLISourceLanguageTests.literals(after: "en: ", in: text).map(\.1))
        for (line, zh) in CLISourceLanguageTests.literals(after: "zh: ", in: text)
        where en.contains(zh) && CLISourceLanguageTests.ownText(zh).contains(where: \.isLetter) {
          Issue.record("\(module)/\(file):\(line): the same text in both languages: \"\(zh)\"")
        }
      }
    }
  }

  @Test("no way around LocalizedText: no ValidationError, no raw stderr writes, no English literal on stdout")
  func noRawMessages() throws {
    for (file, text) in try CLISourceLanguageTests.sources("debtdeck") {
      #expect(!text.contains("ValidationError("), "\(file): the parser prints a ValidationError in English")
      if file != "StandardStreams.swift" {
        #expect(
          !text.contains("printErrorLine("), "\(file): stderr takes a LocalizedText (printError/printProblem)"
        )
      }
      for (n, line) in text.split(separator: "\n").enumerated() {
        let english = CLISourceLanguageTests.ownText(String(line)).range(
          of: #"\b(printOut|printRaw|print|err)\("[^"]*[A-Za-z]{2,}"#, options: .regularExpression)
        #expect(english == nil, "\(file):\(n + 1): an English literal written as is: \(line)")
        let error = line.range(of: #"\.description\b"#, options: .regularExpression)
        if error != nil && (line.contains("printError") || line.contains("CLIError")) {
          Issue.record("\(file):\(n + 1): an error's English description in a message: \(line)")
        }
      }
    }
  }

  /// Every `@Option`, `@Flag` and `@Argument` declaration (the attribute and its arguments).
  static func declarations(in text: String) -> [(line: Int, text: String)] {
    var out: [(line: Int, text: String)] = []
    var rest = Substring(text)
    while let at = rest.range(of: #"@(Option|Flag|Argument)\b"#, options: .regularExpression) {
      let line = text[..<at.lowerBound].filter { $0 == "\n" }.count + 1
      var end = at.upperBound
      if end < rest.endIndex, rest[end] == "(" {
        var depth = 0
        var quoted = false
        var i = end
        while i < rest.endIndex {
          let c = rest[i]
          if c == "\"" && rest[rest.index(before: i)] != "\\" { quoted.toggle() }
          if !quoted && c == "(" { depth += 1 }
          if !quoted && c == ")" {
            depth -= 1
            if depth == 0 { break }
          }
          i = rest.index(after: i)
        }
        end = i < rest.endIndex ? rest.index(after: i) : rest.endIndex
      }
      out.append((line, String(rest[at.lowerBound..<end])))
      rest = rest[end...]
    }
    return out
  }

  @Test("every option, flag and argument of every command has its help in both languages")
  func everyOptionBilingual() throws {
    var count = 0
    for (file, text) in try CLISourceLanguageTests.sources("debtdeck") {
      for (line, declaration) in CLISourceLanguageTests.declarations(in: text) {
        count += 1
        let flat = declaration.split(whereSeparator: \.isWhitespace).joined(separator: " ")
          .replacingOccurrences(of: "( ", with: "(")
        let zh = CLISourceLanguageTests.literals(after: "zh: ", in: flat).map(\.1)
        #expect(
          flat.contains("help: HelpText.option(en: ") && zh.count == 1
            && CLISourceLanguageTests.hasCJK(CLISourceLanguageTests.ownText(zh[0])),
          "\(file):\(line): \(declaration) has no Chinese help (help: HelpText.option(en:zh:))")
      }
    }
    #expect(count > 140)
  }

  @Test("the checks find what they look for")
  func theChecksCanFail() {
    let sample = #"LocalizedText(en: "no such file \(name)", zh: "no such file \(name)")"#
    let zh = CLISourceLanguageTests.literals(after: "zh: ", in: sample)
    #expect(zh.map(\.1) == [#"no such file \(name)"#])
    #expect(!CLISourceLanguageTests.hasCJK(CLISourceLanguageTests.ownText(zh[0].1)))
    #expect(CLISourceLanguageTests.ownText(#"“\(x)” 不是 --kind 的值"#).contains("不是"))
    #expect(!CLISourceLanguageTests.ownText(#"--kind：\(x)"#).contains { $0.isLetter && $0.isASCII })
    let declarations = CLISourceLanguageTests.declarations(
      in: """
        @Flag(help: "Print JSON.") var json = false
        @Flag var quiet = false
        @Option(help: HelpText.option(en: "Days (a) ahead.", zh: "天数（a）。")) var days = 7
        """)
    #expect(
      declarations.map(\.text) == [
        #"@Flag(help: "Print JSON.")"#, "@Flag",
        #"@Option(help: HelpText.option(en: "Days (a) ahead.", zh: "天数（a）。"))"#,
      ])
    #expect(!declarations[0].text.contains("HelpText.option(en: "))
  }
}
