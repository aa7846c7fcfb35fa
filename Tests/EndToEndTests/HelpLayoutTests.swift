import Foundation
import Testing

/// `--help` of every command at 80 and 40 columns, in English and Chinese: no line wider than
/// the terminal, and no line broken where the next word would have fitted — the mark of a hard
/// line break in the middle of a sentence that was then wrapped again ("what would be⏎added").
@Suite("--help lays out cleanly at 80 and 40 columns")
struct HelpLayoutTests {
  static func help(_ command: [String], _ lang: String, columns: Int = 80) throws -> String {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    cli.extraEnvironment = ["COLUMNS": "\(columns)"]
    let r = try cli.run(command + ["--help", "--lang", lang])
    #expect(r.status == 0, "\(command): \(r.stderr)")
    return r.stdout
  }

  /// Every command, from the root's list of subcommands (and remind's).
  static func commands() throws -> [[String]] {
    func names(_ help: String) -> [String] {
      var inList = false
      var out: [String] = []
      for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.hasPrefix("SUBCOMMANDS:") || line.hasPrefix("子命令：") {
          inList = true
          continue
        }
        guard inList else { continue }
        if line.isEmpty { break }
        if line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first {
          out.append(String(name))
        }
      }
      return out
    }
    let root = names(try help([], "en"))
    let remind = names(try help(["remind"], "en")).map { ["remind", $0] }
    return [[]] + root.filter { $0 != "help" }.map { [$0] } + remind
  }

  /// What must fit for a line to have been broken without need: the next word; in Chinese,
  /// which breaks between characters but not before punctuation or inside a Latin word, a
  /// run of up to six characters (a line of Chinese may end up to 12 columns short).
  static func firstWord(_ line: Substring) -> Substring {
    let word = line.prefix { $0 != " " }
    guard let first = word.first, columns(Substring(String(first))) == 2 else { return word }
    return Substring(String(repeating: "宽", count: 6))
  }

  /// The lines of `help` that break badly, with why.
  static func problems(_ help: String, width: Int = 80) -> [String] {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    var out: [String] = []
    let ends: Set<Character> = [".", ":", ";", "!", "?", ")", "。", "：", "；", "！", "？", "）", "\\"]
    for (i, line) in lines.enumerated() {
      if columns(Substring(line)) > width { out.append("wider than \(width): \(line)") }
      guard i + 1 < lines.count else { continue }
      let next = lines[i + 1].drop { $0 == " " }
      let text = line.drop { $0 == " " }
      guard let last = text.last, let first = next.first, !ends.contains(last) else { continue }
      // An option's (or a subcommand's) name alone on its line, its description indented
      // below; an example line.
      if text.hasPrefix("-") && !text.contains("  ") { continue }
      let indent = { (l: String) in l.prefix { $0 == " " }.count }
      if !text.contains("  ") && indent(lines[i + 1]) > indent(line) && indent(line) == 2 { continue }
      if next.hasPrefix("debtdeck ") { continue }
      // An example that the parser had to wrap: its tail lands at the left margin.
      if text.hasPrefix("debtdeck "), lines[i + 1].first != " ", first.isASCII,
        columns(Substring(line)) + 1 + columns(firstWord(next)) > width - 1
      {
        out.append("example wrapped: “\(line)” / “\(lines[i + 1])”")
        continue
      }
      let continues =
        first.isLowercase || first.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } == true
      guard continues else { continue }
      // From an example or an option to a paragraph at the margin: a new block.
      if line.hasPrefix("  ") && lines[i + 1].first != " " { continue }
      let word = firstWord(next)
      // The parser breaks a line only when the next word would pass the width; with room
      // left, the break was written into the text.
      if columns(Substring(line)) + 1 + columns(word) <= width - 2 {
        out.append("broken mid-sentence: “\(line)” / “\(lines[i + 1])”")
      }
    }
    return out
  }

  @Test("no --help line is too wide or broken mid-sentence, in either language, at 80 and 40 columns")
  func everyCommand() throws {
    let commands = try HelpLayoutTests.commands()
    #expect(commands.count > 20)
    for command in commands {
      for lang in ["en", "zh-Hans"] {
        for columns in [80, 40] {
          let text = try HelpLayoutTests.help(command, lang, columns: columns)
          for p in HelpLayoutTests.problems(text, width: columns) {
            Issue.record("debtdeck \(command.joined(separator: " ")) --help (\(lang), \(columns)): \(p)")
          }
        }
      }
    }
  }

  /// Each argument's and option's help in an 80-column `--help`: the name, and the text beside
  /// it and on the lines below it.
  static func optionHelp(_ help: String) -> [(name: String, text: String)] {
    var out: [(name: String, text: String)] = []
    let pad = String(repeating: " ", count: 26)
    for line in help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("  -") || line.hasPrefix("  <") {
        let name = line.dropFirst(2).prefix { $0 != " " }
        let beside = line.count > 26 && line.dropFirst(25).first == " "
        out.append((String(name), beside ? String(line.dropFirst(26)) : ""))
      } else if line.hasPrefix(pad), !out.isEmpty {
        out[out.count - 1].text += line.dropFirst(26)
      } else if !line.hasPrefix("  ") {
        // A section title or a blank line ends the option before it.
        if !out.isEmpty, out[out.count - 1].name != "" { out.append(("", "")) }
      }
    }
    return out.filter { !$0.name.isEmpty }
  }

  @Test("in Chinese, every argument and option of every command has its help in Chinese")
  func everyOptionInChinese() throws {
    var count = 0
    for command in try HelpLayoutTests.commands() {
      let text = try HelpLayoutTests.help(command, "zh-Hans")
      for option in HelpLayoutTests.optionHelp(text) {
        count += 1
        #expect(
          CLISourceLanguageTests.hasCJK(option.text) && BilingualText.englishRun(option.text) == nil,
          "debtdeck \(command.joined(separator: " ")) \(option.name): “\(option.text)”")
      }
      let english = try HelpLayoutTests.help(command, "en")
      #expect(
        HelpLayoutTests.optionHelp(english).map(\.name) == HelpLayoutTests.optionHelp(text).map(\.name),
        "debtdeck \(command.joined(separator: " ")): the same options in both languages")
    }
    #expect(count > 150)
  }

  @Test("the option check finds an option whose help is English")
  func theOptionCheckCanFail() {
    let help = """
      选项：
        --days <days>           向后看多少天（默认：7）
        --json                  Print JSON.
        --a-very-long-option-name <value>
                                输出 JSON。
      """
    let options = HelpLayoutTests.optionHelp(help)
    #expect(options.map(\.name) == ["--days", "--json", "--a-very-long-option-name"])
    #expect(!CLISourceLanguageTests.hasCJK(options[1].text))
    #expect(options[2].text == "输出 JSON。")
  }

  @Test("the check finds a hard line break in a sentence, and accepts the parser's own wrapping")
  func theCheckCanFail() {
    #expect(!HelpLayoutTests.problems("debtdeck import # what would be\nadded to the data").isEmpty)
    let wrapped = String(repeating: "word ", count: 15) + "end\nof the sentence."
    #expect(HelpLayoutTests.problems(wrapped).isEmpty)
    #expect(!HelpLayoutTests.problems(String(repeating: "宽", count: 41)).isEmpty)
    let example = "  debtdeck import " + String(repeating: "a", count: 50) + " # into an empty"
    #expect(!HelpLayoutTests.problems(example + "\ndirectory").isEmpty)
  }

  @Test("in Chinese, each command's overview and discussion are Chinese")
  func chineseHelp() throws {
    for command in try HelpLayoutTests.commands() {
      let text = try HelpLayoutTests.help(command, "zh-Hans")
      let overview = text.components(separatedBy: "用法：").first ?? ""
      #expect(
        overview.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(command): \(overview)")
      #expect(
        BilingualText.englishRun(overview) == nil,
        "\(command): \(overview)")
    }
  }
}
