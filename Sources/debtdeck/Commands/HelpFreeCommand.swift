import ArgumentParser
import DebtCore

struct HelpFreeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "help-free",
    abstract: HelpText.abstract(
      en: "Who can help you for free, by problem, with numbers and hours where known.",
      zh: "按问题列出可以免费求助的机构，附电话和时间。"),
    discussion: HelpText.discussion(
      en: """
        Numbers come from the rule book (debtdeck rules). Not legal advice; verify locally.
        """,
      zh: """
        电话号码来自规则表（debtdeck rules）。不构成法律意见；请在当地核实。
        """))

  @OptionGroup var common: CommonOptions

  func run() throws {
    let context = try AppContext(common)
    let t = context.t
    let rules = context.settings.legalRules
    print(t(en: "Free help — not legal advice; verify locally", zh: "免费求助 — 不构成法律意见；请以当地为准"))
    for e in FreeHelp.entries {
      print("")
      print(t(e.problem))
      guard let id = e.line else {
        print("  " + t(e.what))
        continue
      }
      let rule = rules[id]
      let hours = rule.verify.map { t(en: " (", zh: "（") + t($0) + t(en: ")", zh: "）") } ?? ""
      print("  \(rule.value) — " + t(e.what) + hours)
      print(
        "    " + t(en: "source: ", zh: "来源：") + rule.source + t(en: "; checked ", zh: "；核对于 ")
          + "\(rule.lastVerified)")
    }
    print("")
    print(t(en: "Verify before you act — signs of a scam, and what to do instead", zh: "先核实再行动 — 诈骗迹象及正确做法"))
    for flag in ScamFlag.allCases {
      print("  · " + t(flag.label))
      print("    " + t(flag.instead(rules)))
    }
  }
}
