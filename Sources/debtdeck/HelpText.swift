import DebtCore
import Foundation
import TerminalUI

/// The text of `--help`: abstracts and discussions in the user's language, laid out so the
/// argument parser's own wrapping (by character count, at spaces, keeping every line break)
/// never breaks a line mid-sentence.
///
/// A discussion is written as paragraphs, one per source line (long lines joined with a `\`
/// continuation); a line that starts with two spaces is an example and is kept as it is. Each
/// paragraph is wrapped here to `width` display columns (CJK counts two, and may break between
/// characters), so at 80 columns or more the parser has nothing left to wrap. Option help stays
/// in English; the usage line is the parser's and is not wrapped.
enum HelpText {
  static let width = 79

  /// The language of the help: chosen only when help is asked for (the parser reads every
  /// command's configuration to parse, and `today` must not read settings for it).
  static let language: Language = {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.contains(where: { $0 == "--help" || $0 == "-h" || $0 == "help" }) else { return .en }
    return CommandLineLanguage.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
  }()

  /// An abstract: one short line (the parser shows it beside the command's name).
  static func abstract(en: String, zh: String) -> String { language == .en ? en : zh }

  /// A discussion in the help's language, wrapped to `width` columns.
  static func discussion(en: String, zh: String) -> String {
    layout(language == .en ? en : zh, width: width)
  }

  /// Paragraphs wrapped to `width` columns; example lines (two leading spaces) and blank lines kept.
  static func layout(_ text: String, width: Int) -> String {
    var out: [String] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.isEmpty || line.hasPrefix("  ") {
        out.append(line)
      } else {
        out += wrap(line, width: width)
      }
    }
    while out.last?.isEmpty == true { out.removeLast() }
    return out.joined(separator: "\n")
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
