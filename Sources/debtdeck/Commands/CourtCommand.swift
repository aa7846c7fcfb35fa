import ArgumentParser
import DebtCore
import Foundation
import TerminalUI

extension CourtEventKind: ExpressibleByArgument {
  public init?(argument: String) {
    let a = argument.lowercased()
    if let k = CourtEventKind(rawValue: a) {
      self = k
      return
    }
    let names: [String: CourtEventKind] = [
      "支付令": .paymentOrder, "起诉状": .summons, "传票": .summons, "起诉": .summons, "小额诉讼": .smallClaims,
      "判决": .judgment, "裁定": .ruling, "调解": .mediation, "诉前调解": .mediation, "执行": .enforcement,
    ]
    guard let k = names[a] else { return nil }
    self = k
  }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct CourtCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "court",
    abstract: HelpText.abstract(
      en: "Record a court paper (payment order, summons, judgment…) and its deadline.",
      zh: "记录法院文书或程序（支付令、传票、判决……）并查看期限。"),
    discussion: HelpText.discussion(
      en: """
        Deadlines are counted in calendar days from the day after receipt; one ending on a weekend or \
        a public holiday moves to the next working day (Civil Procedure Law art. 85; the State \
        Council's holiday data, with make-up working days). Each event gets a notice in `today` \
        every day until you mark it done (debtdeck remind done ID, or its guide step).
        `debtdeck letter` then drafts the paper's answer (payment-order-objection, defence, \
        court-fee-relief, enforcement-settlement).
        Not legal advice: verify every deadline with the court (12368) or free legal aid (12348). \
        Without --event it lists the debt's court events. Example:
          debtdeck court 借呗 --event payment-order --received 2026-11-23 \\
            --case-no \"(2026)京0105民督123号\"
        """,
      zh: """
        期限从收到文书的次日起按自然日计算；最后一天是周末或法定节假日的，顺延到下一个工作日（《民事\
        诉讼法》第八十五条；按国务院公布的放假安排，含调休上班日）。每个事件每天都会出现在 `today` \
        中，直到标为已完成（debtdeck remind done 编号，或勾选它的指南步骤）。
        之后可用 `debtdeck letter` 起草对该文书的回应（payment-order-objection 支付令异议书、\
        defence 答辩状、court-fee-relief 诉讼费减免申请、enforcement-settlement 执行和解）。
        不构成法律意见：每个期限都请向法院（12368）或免费法律援助（12348）核实。不带 --event 时列\
        出该债务的法院事件。例如：
          debtdeck court 借呗 --event payment-order --received 2026-11-23 \\
            --case-no \"(2026)京0105民督123号\"
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(
    help: HelpText.option(
      en: "payment-order, summons, small-claims, judgment, ruling, mediation, enforcement.",
      zh:
        "payment-order（支付令）、summons（传票）、small-claims（小额诉讼）、judgment（判决书）、ruling（裁定书）、mediation（调解书）、enforcement（执行）。"
    ))
  var event: CourtEventKind?
  @Option(
    help: HelpText.option(
      en: "The day the paper was received (served), YYYY-MM-DD.", zh: "收到（送达）文书的日期，YYYY-MM-DD。"))
  var received: String?
  @Option(
    name: .customLong("case-no"), help: HelpText.option(en: "The court's case number (案号).", zh: "法院的案号。"))
  var caseNumber: String?
  @Option(help: HelpText.option(en: "The hearing date, YYYY-MM-DD.", zh: "开庭日期，YYYY-MM-DD。")) var hearing:
    String?
  @Option(
    help: HelpText.option(
      en: "The court's name, as on the paper (the letters use it).", zh: "法院名称，照文书上写（信件中会用到）。")) var court:
    String?
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  func run() throws {
    let context = try AppContext(common)
    let portfolio: Portfolio
    if let event {
      guard let received else {
        throw CLIError.usage(
          en: "--received: the day the paper was received is needed", zh: "--received：需要写明收到文书的日期")
      }
      let day = try parseDate(received, option: "--received")
      if day > context.today {
        throw CLIError.usage(
          en: "--received: \(day) is after today (\(context.today))",
          zh: "--received：\(day) 晚于今天（\(context.today)）")
      }
      let hearingDay = try hearing.map { try parseDate($0, option: "--hearing") }
      if let h = hearingDay, h < day {
        throw CLIError.usage(
          en: "--hearing: \(h) is before the paper was received (\(day))",
          zh: "--hearing：\(h) 早于收到文书的日期（\(day)）")
      }
      let number = try checkedText(caseNumber ?? "", option: "--case-no", maxLength: 60)
      let courtName = try checkedText(court ?? "", option: "--court", maxLength: 60)
      portfolio = try context.update { p -> Portfolio in
        let target = try resolve(debt, in: p)
        var file = p.caseFile(for: target.id)
        file.append(
          CourtEvent(
            kind: event, received: day, caseNumber: number, hearing: hearingDay,
            court: courtName.isEmpty ? nil : courtName))
        p.cases[target.id] = file
        return p
      }
    } else {
      if received != nil || hearing != nil || caseNumber != nil || court != nil {
        throw CLIError.usage(
          en: "--event: say which paper (payment-order, summons, …) to record it",
          zh: "--event：请说明是哪种文书（payment-order、summons……）才能记录")
      }
      portfolio = try context.load().portfolio
    }
    let target = try resolve(debt, in: portfolio)
    let events = portfolio.cases[target.id]?.courtEvents ?? []
    let rules = context.settings.legalRules
    if json {
      try printJSON(events.map { CourtEventJSON($0, debt: target.id, rules: rules, today: context.today) })
      return
    }
    for line in CourtReport.lines(events, debt: target, rules: rules, context: context) { print(line) }
  }
}

/// `debtdeck court --json`: one object per event.
struct CourtEventJSON: Encodable {
  let debt: String
  let id: String
  let event: String
  let received: String
  let caseNumber: String
  let court: String?
  let hearing: String?
  let deadline: String?
  let daysLeft: Int?
  let reminder: String?
  let rule: String?
  let source: String?

  init(_ e: CourtEvent, debt: String, rules: RuleBook, today: LocalDate) {
    self.debt = debt
    id = e.id
    event = e.kind.rawValue
    received = e.received.description
    caseNumber = e.caseNumber
    court = e.court
    hearing = e.hearing?.description
    let due = e.deadline(rules: rules)
    deadline = due?.description
    daysLeft = due.map { today.days(to: $0) }
    reminder = due == nil ? nil : "court:\(debt):\(e.id)"
    rule = e.kind.period?.rawValue
    source = e.kind.period.map { rules[$0].source }
  }
}

/// The court events of one debt as text, for `court` and `case`.
enum CourtReport {
  static func lines(_ events: [CourtEvent], debt: Debt, rules: RuleBook, context: AppContext) -> [String] {
    let t = context.t
    guard !events.isEmpty else {
      return [t(en: "No court events recorded.", zh: "尚未记录法院事项。")]
    }
    var out = [
      t(
        en:
          "Court and legal events — not legal advice; verify with the court (\(rules.phone(.courtVerifyLine))) or legal aid (\(rules.phone(.legalAidLine)))",
        zh: "法院与法律事项 — 不构成法律意见；请向法院（\(rules.phone(.courtVerifyLine))）或法律援助（\(rules.phone(.legalAidLine))）核实")
    ]
    for e in events {
      let number = (e.caseNumber.isEmpty ? "" : " \(e.caseNumber)") + (e.court.map { " \($0)" } ?? "")
      out.append(
        "  \(e.id) \(t(e.kind.label))\(number) — \(t(en: "received", zh: "收到")) \(e.received)".terminalSafe)
      if let due = e.deadline(rules: rules), let period = e.kind.period {
        let left = context.today.days(to: due)
        let rule = rules[period]
        let state =
          left < 0
          ? t(en: "passed \(LocalizedText.days(-left).en) ago", zh: "已过 \(-left) 天")
          : left == 0
            ? t(en: "today is the last day", zh: "今天是最后一天")
            : t(en: "\(LocalizedText.days(left).en) left", zh: "还剩 \(left) 天")
        out.append(
          "     " + t(en: "deadline \(due) (\(state))", zh: "期限 \(due)（\(state)）") + " — "
            + t(LocalizedText.days(rule.number))
            + ", \(rule.source)"
            + t(en: ", checked \(rule.lastVerified)", zh: "，核对于 \(rule.lastVerified)")
            + (rule.overridden ? t(en: " [your override]", zh: " [已被你覆盖]") : ""))
      }
      if let h = e.hearing { out.append("     " + t(en: "hearing \(h)", zh: "开庭 \(h)")) }
      out.append("     " + t(e.kind.action))
    }
    let unknown = events.compactMap { $0.deadline(rules: rules) }.filter {
      !CourtCalendar.holidaysKnown(for: $0)
    }
    out.append(
      unknown.isEmpty
        ? t(
          en: "  A deadline on a weekend or public holiday moves to the next working day (art. 85).",
          zh: "  期限末日为周末或法定节假日的，顺延至其后第一个工作日（第八十五条）。")
        : t(
          en:
            "  A deadline on a weekend moves to the next working day; that year's public holidays are not published yet — check them.",
          zh: "  期限末日为周末的顺延至下一个工作日；该年节假日尚未公布 — 请自行核对。"))
    return out
  }
}
