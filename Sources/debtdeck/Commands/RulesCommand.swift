import ArgumentParser
import DebtCore
import Foundation

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: HelpText.abstract(
      en: "List the legal numbers, deadlines and hotlines the app uses, with sources and dates.",
      zh: "列出本程序使用的法定数字、期限和热线，附来源和日期。"),
    discussion: HelpText.discussion(
      en: """
        The table ships inside the binary (versioned); an entry can be replaced in settings.json, \
        for example:
          \"ruleOverrides\": {\"court.summons-answer\": {\"value\": \"15\",
            \"source\": \"…\", \"verified\": \"2027-01-05\"}}
        An overridden entry is marked. Not legal advice: verify each entry at its source.
        """,
      zh: """
        这张表随程序一起发布（带版本号）；可以在 settings.json 中替换其中一项，例如：
          \"ruleOverrides\": {\"court.summons-answer\": {\"value\": \"15\",
            \"source\": \"…\", \"verified\": \"2027-01-05\"}}
        被替换的条目会有标记。不构成法律意见：请到来源处核实每一项。
        """))

  @OptionGroup var common: CommonOptions
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  struct RuleJSON: Encodable {
    let id: String
    let value: String
    let unit: String
    let meaning: String
    let source: String
    let lastVerified: String
    let verify: String?
    let overridden: Bool
  }
  struct BookJSON: Encodable {
    let version: Int
    let publishedOn: String
    let rules: [RuleJSON]
  }

  func run() throws {
    let context = try AppContext(common)
    let book = context.settings.legalRules
    let t = context.t
    if json {
      try printJSON(
        BookJSON(
          version: RuleBook.version, publishedOn: RuleBook.publishedOn.description,
          rules: book.rules.map {
            RuleJSON(
              id: $0.id.rawValue, value: $0.value, unit: $0.unit.rawValue, meaning: $0.meaning.en,
              source: $0.source, lastVerified: $0.lastVerified.description, verify: $0.verify?.en,
              overridden: $0.overridden)
          }))
      return
    }
    print(
      t(
        en:
          "DebtDeck rules, version \(RuleBook.version) (\(RuleBook.publishedOn)) — not legal advice; verify each at its source",
        zh: "DebtDeck 规则表，第 \(RuleBook.version) 版（\(RuleBook.publishedOn)）— 不构成法律意见；请逐条向来源核实"))
    for rule in book.rules {
      let unit: String
      switch rule.unit {
      case .calendarDays: unit = t(en: "days", zh: "天")
      case .workingDays: unit = t(en: "working days", zh: "个工作日")
      case .years: unit = t(en: "years", zh: "年")
      case .hourOfDay: unit = t(en: ":00", zh: " 时")
      case .count, .multiple, .phone, .article: unit = ""
      }
      let spaced = unit.isEmpty || unit.hasPrefix(":") || unit.hasPrefix(" ") ? unit : " " + unit
      let value = rule.unit == .article ? t(en: "art. \(rule.value)", zh: "第 \(rule.value) 条") : rule.value
      print("\(rule.id.rawValue)  \(value)\(spaced) — \(t(rule.meaning))")
      print(
        "    " + t(en: "source: ", zh: "来源：") + rule.source + t(en: "; checked ", zh: "；核对于 ")
          + rule.lastVerified.description
          + (rule.verify.map { t(en: "; verify: ", zh: "；需核实：") + t($0) } ?? "")
          + (rule.overridden ? t(en: " [overridden in settings.json]", zh: " [已在 settings.json 中覆盖]") : ""))
    }
  }
}
