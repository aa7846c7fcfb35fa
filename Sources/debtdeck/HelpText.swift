import ArgumentParser
import DebtCore
import Foundation
import TerminalUI

/// The text of `--help` in the user's language: abstracts, discussions and every option's help.
///
/// The parser is given the text as one paragraph per line and lays nothing out: `HelpLayout`
/// wraps the whole help to the terminal's width afterwards, by display columns (CJK counts two,
/// and may break between characters), so no line breaks mid-word or mid-sentence. A discussion
/// is written as paragraphs, one per source line (long lines joined with a `\` continuation); a
/// line that starts with two spaces is an example. Outside `--help` (parsing, the man page's
/// `--experimental-dump-help`) the text is English.
enum HelpText {
  /// The language of the help: chosen only when help is asked for (the parser reads every
  /// command's configuration to parse, and `today` must not read settings for it).
  static let language: Language = {
    let arguments = Array(CommandLine.arguments.dropFirst())
    if forManual {
      return ProcessInfo.processInfo.environment["DEBTDECK_MANUAL_LANG"] == "zh-Hans" ? .zhHans : .en
    }
    guard isHelpRequest(arguments) else { return .en }
    return CommandLineLanguage.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
  }()

  /// Whether the command line asks for help (`--help`, `-h`, `help SUBCOMMAND`).
  static func isHelpRequest(_ arguments: [String]) -> Bool {
    arguments.contains { $0 == "--help" || $0 == "-h" || $0 == "help" }
  }

  /// Whether the parser is asked for the JSON that `scripts/gen-manual.sh` turns into the man
  /// page (`DEBTDECK_MANUAL_LANG=zh-Hans` for the Chinese one).
  static let forManual = CommandLine.arguments.contains("--experimental-dump-help")

  /// An abstract: one short line (the parser shows it beside the command's name).
  static func abstract(en: String, zh: String) -> String { chosen(en, zh) }

  /// A discussion in the help's language, one paragraph a line (`HelpLayout` wraps it).
  static func discussion(en: String, zh: String) -> String { chosen(en, zh) }

  /// An option's, flag's or argument's help in the help's language: one sentence or two, on one
  /// line (`HelpLayout` wraps it beside the option's name).
  static func option(en: String, zh: String, valueName: String? = nil) -> ArgumentHelp {
    ArgumentHelp(chosen(en, zh), valueName: valueName)
  }

  private static func chosen(_ en: String, _ zh: String) -> String {
    let text = language == .en ? en : zh
    return forManual ? manualSafe(text) : text
  }

  /// The text with every character outside ASCII written `~U+501F~`: the man page generator
  /// drops non-ASCII characters (swift-argument-parser's roff escaping keeps only ASCII), and
  /// `scripts/gen-manual.sh` turns the marks back into UTF-8.
  static func manualSafe(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.isASCII {
        out.unicodeScalars.append(scalar)
      } else {
        out += "~U+" + String(scalar.value, radix: 16, uppercase: true) + "~"
      }
    }
    return out
  }

  /// Greedy wrapping at spaces, and in a Chinese paragraph also between two CJK characters —
  /// never before closing punctuation (，。；）…) or after opening punctuation (（“…). In an
  /// English paragraph a Chinese name is a word like any other.
  static func wrap(_ paragraph: String, width: Int) -> [String] {
    let wide = paragraph.filter { DisplayWidth.of($0) == 2 }.count
    let chinese = wide > paragraph.filter { $0 == " " }.count
    // Pieces that are never split, and whether a space came before each.
    var units: [(text: String, spaced: Bool)] = []
    var spaced = false
    for ch in paragraph {
      if ch == " " {
        spaced = true
        continue
      }
      let between = { (last: Character) in DisplayWidth.of(ch) == 2 || DisplayWidth.of(last) == 2 }
      if let last = units.last?.text.last, !spaced,
        !chinese || closing.contains(ch) || opening.contains(last) || !between(last)
      {
        units[units.count - 1].text.append(ch)
      } else {
        units.append((String(ch), spaced))
      }
      spaced = false
    }
    var lines: [String] = []
    var line = ""
    for unit in units {
      let piece = (unit.spaced && !line.isEmpty ? " " : "") + unit.text
      if !line.isEmpty && DisplayWidth.of(line) + DisplayWidth.of(piece) > width {
        lines.append(line)
        line = unit.text
      } else {
        line += piece
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  private static let closing: Set<Character> = [
    "，", "。", "；", "：", "、", "）", "！", "？", "」", "』", "”", "…", ")", ",", ".", ";", ":", "!", "?", "/", "|",
  ]
  private static let opening: Set<Character> = ["（", "“", "「", "『", "(", "/", "|"]
}
