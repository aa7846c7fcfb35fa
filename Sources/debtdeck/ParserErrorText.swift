import DebtCore

/// The argument parser's complaints (English only, and a value list that the first line cuts
/// off) in every language, with the usage line and where to read more.
///
/// The parser's messages are matched by their fixed wording (swift-argument-parser 1.8); one it
/// does not recognise gets a general message in Chinese, and the parser's own line in English.
/// `ParserErrorTests` runs every kind of mistake in both languages, so a changed wording fails a test.
enum ParserErrorText {
  /// - Parameters:
  ///   - message: the parser's message (`message(for:)`), possibly several lines.
  ///   - full: the parser's whole text (`fullMessage(for:)`), for the usage and help lines.
  static func translate(message: String, full: String) -> LocalizedText {
    let lines = message.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    let first = lines.first ?? ""
    let what = explain(first, rest: Array(lines.dropFirst()))
    let (usage, command) = usageAndCommand(full)

    var en = what.en
    var zh = what.zh
    if let usage {
      en += "\nUsage: " + usage
      zh += "\n用法：" + usage
    }
    if let command, command != "debtdeck" {
      en += "\nSee '\(command) --help'."
      zh += "\n详见 '\(command) --help'。"
    } else {
      en += "\nSee 'debtdeck --help' or 'debtdeck <command> --help'."
      zh += "\n详见 'debtdeck --help' 或 'debtdeck <命令> --help'。"
    }
    return LocalizedText(en: en, zh: zh)
  }

  /// The values the parser listed after "Please provide one of": quoted, or one per line.
  static func values(_ text: String, rest: [String]) -> [String] {
    let bullets = rest.compactMap { line -> String? in
      let t = line.drop { $0 == " " }
      return t.hasPrefix("- ") ? String(t.dropFirst(2)) : nil
    }
    if !bullets.isEmpty { return bullets }
    guard let range = text.range(of: "Please provide one of ") else { return [] }
    return quoted(String(text[range.upperBound...]))
  }

  /// Every 'single-quoted' part of `text`, in order.
  static func quoted(_ text: String) -> [String] {
    text.split(separator: "'", omittingEmptySubsequences: false).enumerated()
      .filter { $0.offset % 2 == 1 }.map { String($0.element) }
  }

  private static func explain(_ line: String, rest: [String]) -> LocalizedText {
    let q = quoted(line)
    func starts(_ prefix: String) -> Bool { line.hasPrefix(prefix) }
    if starts("Missing expected argument '"), let a = q.first {
      return LocalizedText(en: "Missing expected argument '\(a)'", zh: "缺少参数 '\(a)'")
    }
    if starts("Missing one of: ") {
      let list = q.map { "'\($0)'" }
      return LocalizedText(
        en: "Missing one of: \(list.joined(separator: ", "))", zh: "缺少以下参数之一：\(list.joined(separator: "、"))")
    }
    if starts("Unknown option '"), let option = q.first {
      if q.count > 1 {
        return LocalizedText(
          en: "Unknown option '\(option)'. Did you mean '\(q[1])'?", zh: "未知选项 '\(option)'。是否想用 '\(q[1])'？")
      }
      return LocalizedText(en: "Unknown option '\(option)'", zh: "未知选项 '\(option)'")
    }
    if starts("Missing value for '"), let option = q.first {
      return LocalizedText(en: "Missing value for '\(option)'", zh: "选项 '\(option)' 缺少值")
    }
    if starts("The option '"), line.contains("does not take any value"), q.count >= 2 {
      return LocalizedText(
        en: "The option '\(q[0])' does not take any value, but '\(q[1])' was specified.",
        zh: "选项 '\(q[0])' 不带值，却给了 '\(q[1])'。")
    }
    if starts("Unexpected argument '"), let a = q.first {
      return LocalizedText(en: "Unexpected argument '\(a)'", zh: "多余的参数 '\(a)'")
    }
    if line.contains(" unexpected arguments: ") {
      let list = q.map { "'\($0)'" }
      return LocalizedText(
        en: "Unexpected arguments: \(list.joined(separator: ", "))",
        zh: "多余的参数：\(list.joined(separator: "、"))")
    }
    if starts("The value '"), q.count >= 2 {
      let value = q[0]
      let target = q[1]
      let valid = values(line, rest: rest)
      if valid.isEmpty {
        return LocalizedText(
          en: "The value '\(value)' is invalid for '\(target)'", zh: "'\(value)' 不是 '\(target)' 的有效值")
      }
      return LocalizedText(
        en: "The value '\(value)' is invalid for '\(target)'. Use one of: \(valid.joined(separator: ", "))",
        zh: "'\(value)' 不是 '\(target)' 的有效值。可用的值：\(valid.joined(separator: "、"))")
    }
    if starts("Value to be set with "), line.contains("had already been set with") {
      let flags = q.filter { $0.hasPrefix("-") }
      let shown = flags.map { "'\($0)'" }
      return LocalizedText(
        en: "\(shown.joined(separator: " and ")) cannot be used together",
        zh: "\(shown.joined(separator: " 和 ")) 不能同时使用")
    }
    return LocalizedText(en: line, zh: "无法理解这条命令")
  }

  /// The usage line(s) without "Usage: ", and the command named in "See 'debtdeck pay --help'".
  private static func usageAndCommand(_ full: String) -> (String?, String?) {
    var usage: [String] = []
    var command: String?
    var inUsage = false
    for line in full.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("Usage: ") {
        inUsage = true
        usage.append(String(line.dropFirst("Usage: ".count)))
      } else if line.hasPrefix("  See '") {
        inUsage = false
        let name = quoted(line).first ?? ""
        command = name.hasSuffix(" --help") ? String(name.dropLast(" --help".count)) : nil
      } else if inUsage, line.hasPrefix(" ") {
        usage.append(line)
      } else {
        inUsage = false
      }
    }
    return (usage.isEmpty ? nil : usage.joined(separator: "\n"), command)
  }
}
