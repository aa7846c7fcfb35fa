import DebtCore
import Foundation
import TerminalUI

/// `--help` (and `help SUBCOMMAND`) laid out for the terminal it is read in.
///
/// The parser renders the help for a screen so wide that it wraps nothing; this lays it out
/// again by display columns (CJK counts two): the overview's paragraphs, the usage line (broken
/// between whole `[--option <value>]` groups), and each option's help in a column beside its
/// name — or, below 60 columns, indented under it. In Chinese the parser's own words (section
/// titles, `(default: …)`, the built-in `--help`) are said in Chinese too.
enum HelpLayout {
  /// Wide enough that the parser wraps nothing, so every paragraph reaches us whole.
  static let unwrapped = 100_000

  /// Where the parser puts an option's help: after its name, padded to this column.
  static let parserColumn = 26

  /// The width to lay out for: `$COLUMNS`, else standard output's terminal, else 80 — at least
  /// 40 (narrower, the terminal wraps) and at most 100 (longer lines are hard to read).
  static func screenWidth(environment: [String: String]) -> Int {
    var width = 80
    if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      width = columns
    } else {
      var size = winsize()
      if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { width = Int(size.ws_col) }
    }
    return min(max(width, 40), 100)
  }

  /// The parser's unwrapped help, laid out to `width` columns (the last column left free).
  static func render(_ help: String, language: Language, width: Int) -> String {
    let lines = help.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let usageAt = lines.firstIndex { $0.hasPrefix("USAGE: ") } ?? lines.count
    var out: [String] = []
    // The overview: the abstract and the discussion's paragraphs and examples.
    var overview = Array(lines[..<usageAt])
    if let first = overview.first, first.hasPrefix("OVERVIEW: ") {
      overview[0] = words(.overview, language) + first.dropFirst("OVERVIEW: ".count)
    }
    out += paragraphs(overview, width: width - 1)
    // The usage line, then the sections of arguments, options and subcommands.
    var pendingLabel: String?
    var description: [String] = []
    let column = width >= 60 ? parserColumn : 6
    func flush() {
      guard let label = pendingLabel else { return }
      out += element(
        label: label, description: translated(description.joined(separator: " "), language), column: column,
        width: width - 1)
      pendingLabel = nil
      description = []
    }
    for line in lines[usageAt...] {
      if line.hasPrefix("USAGE: ") {
        out += usage(
          String(line.dropFirst("USAGE: ".count)), header: words(.usage, language), width: width - 1)
      } else if let header = sectionHeader(line) {
        flush()
        out.append(words(header, language))
      } else if line.hasPrefix(String(repeating: " ", count: parserColumn)) {
        description.append(String(line.drop { $0 == " " }))
      } else if line.hasPrefix("  "), let first = line.dropFirst(2).first, first != " ",
        !line.hasPrefix("  See '")
      {
        flush()
        let chars = Array(line)
        if chars.count > parserColumn, chars[parserColumn - 1] == " ", chars[parserColumn] != " " {
          pendingLabel = String(chars[2..<parserColumn]).trimmingCharacters(in: .whitespaces)
          description = [String(chars[parserColumn...])]
        } else {
          pendingLabel = String(line.dropFirst(2))
        }
      } else if line.hasPrefix("  See '") {
        flush()
        out += seeHelp(line, language, width: width - 1)
      } else {
        flush()
        let indent = line.prefix { $0 == " " }
        let text = line.dropFirst(indent.count)
        out +=
          text.isEmpty
          ? [""] : HelpText.wrap(String(text), width: width - 1 - indent.count).map { indent + $0 }
      }
    }
    flush()
    return out.joined(separator: "\n")
  }

  /// Paragraphs wrapped; examples (two leading spaces) kept whole where they fit, else broken
  /// between words with the rest indented, a `# comment` kept in one piece where it fits.
  static func paragraphs(_ lines: [String], width: Int) -> [String] {
    var out: [String] = []
    for line in lines {
      if line.isEmpty {
        out.append(line)
      } else if line.hasPrefix("  ") {
        out += example(line, width: width)
      } else {
        out += HelpText.wrap(line, width: width)
      }
    }
    return out
  }

  static func example(_ line: String, width: Int) -> [String] {
    guard DisplayWidth.of(line) > width else { return [line] }
    let indent = String(line.prefix { $0 == " " })
    let more = indent + "    "
    var command = String(line.dropFirst(indent.count))
    var comment: String?
    if let hash = command.range(of: " # ") {
      comment = String(command[hash.lowerBound...].drop { $0 == " " })
      command = String(command[..<hash.lowerBound]).trimmingCharacters(in: .whitespaces)
    }
    // An option stays with its value (unless the two do not fit on a line), and a closing
    // `\` with what it continues; a quoted value is one word.
    var units: [String] = []
    for token in shellWords(command) {
      if let last = units.last,
        token == "\\"
          || (last.hasPrefix("-") && !last.contains(" ") && !token.hasPrefix("-")
            && DisplayWidth.of(more + last + " " + token) + 2 <= width)
      {
        units[units.count - 1] += " " + token
      } else {
        units.append(token)
      }
    }
    // A broken command ends its lines with ` \`, so it still pastes into a shell.
    var out: [String] = []
    var current = ""
    for unit in units {
      if !current.isEmpty && DisplayWidth.of(current) + 1 + DisplayWidth.of(unit) + 2 > width {
        out.append(current + " \\")
        current = more + unit
      } else {
        current = current.isEmpty ? indent + unit : current + " " + unit
      }
    }
    if let comment {
      if DisplayWidth.of(current) + 2 + DisplayWidth.of(comment) <= width {
        current += "  " + comment
      } else {
        out.append(current)
        let wrapped = HelpText.wrap(comment, width: width - more.count - 2)
        current = more + (wrapped.first ?? "")
        for rest in wrapped.dropFirst() {
          out.append(current)
          current = more + "  " + rest
        }
      }
    }
    out.append(current)
    return out
  }

  /// The words of a command line: split at spaces outside quotes, so a quoted value stays whole.
  static func shellWords(_ command: String) -> [String] {
    var words: [String] = []
    var current = ""
    var quote: Character?
    for ch in command {
      if ch == " " && quote == nil {
        if !current.isEmpty { words.append(current) }
        current = ""
        continue
      }
      if ch == "\"" || ch == "'" { quote = quote == nil ? ch : (quote == ch ? nil : quote) }
      current.append(ch)
    }
    if !current.isEmpty { words.append(current) }
    return words
  }

  /// The usage line broken only between top-level groups: `[--days <days>]` stays whole.
  static func usage(_ synopsis: String, header: String, width: Int) -> [String] {
    var groups: [String] = []
    var depth = 0
    var current = ""
    for ch in synopsis {
      if ch == " " && depth == 0 {
        if !current.isEmpty { groups.append(current) }
        current = ""
        continue
      }
      if ch == "[" || ch == "(" { depth += 1 }
      if ch == "]" || ch == ")" { depth = max(0, depth - 1) }
      current.append(ch)
    }
    if !current.isEmpty { groups.append(current) }
    // "USAGE: debtdeck …", "用法：debtdeck …" (a full-width colon needs no space).
    let space = header.hasSuffix("：") ? "" : " "
    let indent = String(repeating: " ", count: DisplayWidth.of(header + space))
    var out: [String] = []
    var line = header
    for group in groups {
      if line != header && DisplayWidth.of(line) + 1 + DisplayWidth.of(group) > width {
        out.append(line)
        line = indent + group
      } else {
        line += (line == header ? space : " ") + group
      }
    }
    out.append(line)
    return out
  }

  /// An option (or argument, or subcommand) and its help: beside the name when the name leaves
  /// room, else on the lines below it.
  static func element(label: String, description: String, column: Int, width: Int) -> [String] {
    let named = "  " + label
    guard !description.isEmpty else { return [named] }
    let text = HelpText.wrap(description, width: width - column)
    let pad = String(repeating: " ", count: column)
    var out: [String] = []
    if named.count < column - 1 {
      out.append(named + String(repeating: " ", count: column - named.count) + (text.first ?? ""))
      out += text.dropFirst().map { pad + $0 }
    } else {
      out.append(named)
      out += text.map { pad + $0 }
    }
    return out
  }

  static func seeHelp(_ line: String, _ language: Language, width: Int) -> [String] {
    guard language != .en, let open = line.firstIndex(of: "'"),
      let close = line[line.index(after: open)...].firstIndex(of: "'")
    else { return HelpText.wrap(String(line.dropFirst(2)), width: width - 2).map { "  " + $0 } }
    let command = line[open...close].replacingOccurrences(of: "<subcommand>", with: "<子命令>")
    return HelpText.wrap("用 \(command) 查看一个子命令的详细帮助。", width: width - 2).map { "  " + $0 }
  }

  // MARK: - The parser's own words

  enum Words: Equatable {
    case overview, usage, arguments, options, subcommands
    case other(String)
  }

  static func sectionHeader(_ line: String) -> Words? {
    guard line.hasSuffix(":"), let first = line.first, first.isUppercase,
      line.allSatisfy({ $0.isUppercase || $0 == " " || $0 == ":" || $0.isNumber })
    else { return nil }
    switch line {
    case "ARGUMENTS:": return .arguments
    case "OPTIONS:": return .options
    case "SUBCOMMANDS:": return .subcommands
    default: return .other(line)
    }
  }

  static func words(_ words: Words, _ language: Language) -> String {
    let zh = language != .en
    switch words {
    case .overview: return zh ? "概述：" : "OVERVIEW: "
    case .usage: return zh ? "用法：" : "USAGE:"
    case .arguments: return zh ? "参数：" : "ARGUMENTS:"
    case .options: return zh ? "选项：" : "OPTIONS:"
    case .subcommands: return zh ? "子命令：" : "SUBCOMMANDS:"
    case .other(let title): return title
    }
  }

  /// An option's help with the parser's additions said in Chinese: `(default: 7)`,
  /// `(values: a, b)` and the built-in options' and `help` command's help.
  static func translated(_ description: String, _ language: Language) -> String {
    guard language != .en else { return description }
    switch description {
    case "Show help information.": return "显示帮助信息。"
    case "Show the version.": return "显示版本。"
    case "Show subcommand help information.": return "显示子命令的帮助信息。"
    default: break
    }
    guard description.hasSuffix(")"), let open = description.range(of: " (", options: .backwards) else {
      return description
    }
    let inside = description[open.upperBound..<description.index(before: description.endIndex)]
    var parts: [String] = []
    for part in inside.components(separatedBy: "; ") {
      if part.hasPrefix("values: ") {
        parts.append("可选值：" + part.dropFirst("values: ".count).replacingOccurrences(of: ", ", with: "、"))
      } else if part.hasPrefix("default as flag: ") {
        parts.append("只写选项名时默认：" + part.dropFirst("default as flag: ".count))
      } else if part.hasPrefix("default: ") {
        parts.append("默认：" + part.dropFirst("default: ".count))
      } else {
        return description
      }
    }
    return description[..<open.lowerBound] + "（" + parts.joined(separator: "；") + "）"
  }
}
