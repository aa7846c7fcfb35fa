import ArgumentParser
import DebtCore
import Foundation

extension PreReportNotice.Given: ExpressibleByArgument {}

struct CaseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "case",
    abstract: HelpText.abstract(
      en: "Show a debt's case: where it stands, the cost of waiting, the guide, the log.",
      zh: "查看债务的案卷：现状、拖延的代价、指南和联系记录。"),
    discussion: HelpText.discussion(
      en: """
        Tick guide steps with --done STEP or --skip STEP (the ids are listed in the guide), or clear \
        a mark with --reset STEP. Example:
          debtdeck case 借呗 --done confirm --done assess
        A court paper's step is court-k1, court-k2 …; done ends its daily countdown.
        Record whether the lender told you before reporting you to 征信 (征信业管理条例 art. 15):
          debtdeck case 借呗 --pre-report-notice no --on 2026-11-23
        Once recorded, `today` reminds you to pull the free credit report twice a year, and a month \
        after the debt is settled to check it shows 结清.
        """,
      zh: """
        用 --done 步骤 或 --skip 步骤 勾选指南中的步骤（编号列在指南里），用 --reset 步骤 取消标记。例如：
          debtdeck case 借呗 --done confirm --done assess
        法院文书的步骤编号是 court-k1、court-k2……；标为完成即结束它的每日倒计时。
        记录放贷方在向征信报送负面信息前是否通知了你（《征信业管理条例》第十五条）：
          debtdeck case 借呗 --pre-report-notice no --on 2026-11-23
        记录之后，`today` 会每年两次提醒你查询免费的信用报告，并在债务结清一个月后提醒你核对报告\
        是否显示“结清”。
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(help: HelpText.option(en: "Mark a guide step done today. Repeatable.", zh: "把指南中的一步标为今天已完成。可重复。"))
  var done: [String] = []
  @Option(
    help: HelpText.option(en: "Mark a guide step skipped today. Repeatable.", zh: "把指南中的一步标为今天已跳过。可重复。"))
  var skip: [String] = []
  @Option(help: HelpText.option(en: "Clear a guide step's mark. Repeatable.", zh: "清除指南中一步的标记。可重复。"))
  var reset: [String] = []
  @Option(
    name: .customLong("pre-report-notice"),
    help: HelpText.option(
      en: "Whether the lender notified you before reporting negative information: yes, no, unknown.",
      zh: "出借方上报负面信息前是否通知过你：yes（是）、no（否）、unknown（不清楚）。", valueName: "answer"))
  var preReportNotice: PreReportNotice.Given?
  @Option(
    help: HelpText.option(
      en: "With --pre-report-notice: the day of the notice, or of your check (YYYY-MM-DD).",
      zh: "与 --pre-report-notice 一起用：通知的日期，或你查询的日期（YYYY-MM-DD）。")) var on: String?
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  func run() throws {
    let context = try AppContext(common)
    var portfolio: Portfolio
    if on != nil && preReportNotice == nil {
      throw CLIError.usage(
        en: "--on: give it with --pre-report-notice yes|no|unknown",
        zh: "--on：请与 --pre-report-notice yes|no|unknown 一起使用")
    }
    let noticeDay = try on.map { try parseDate($0, option: "--on") }
    if let d = noticeDay, d > context.today {
      throw CLIError.usage(
        en: "--on: \(d) is after today (\(context.today))",
        zh: "--on：\(d) 晚于今天（\(context.today)）")
    }
    if done.isEmpty && skip.isEmpty && reset.isEmpty && preReportNotice == nil {
      portfolio = try context.load().portfolio
    } else {
      portfolio = try context.update { p -> Portfolio in
        let target = try resolve(debt, in: p)
        var file = p.caseFile(for: target.id)
        // A court paper's step is court-kN, one per recorded event.
        let court = Dictionary(file.courtEvents.map { (Guide.courtStepID($0), $0) }) { a, _ in a }
        for id in done + skip + reset where Guide.step(id: id) == nil && court[id] == nil {
          let steps = court.keys.sorted() + Guide.all.map(\.id)
          throw CLIError.usage(
            en: "“\(id)” is not a guide step; the steps are: \(steps.joined(separator: ", "))",
            zh: "“\(id)” 不是指南中的步骤；可用的步骤：\(steps.joined(separator: "、"))")
        }
        // Done with a court step ends its daily countdown too; reset brings it back.
        for id in done + reset {
          if let e = court[id], e.kind.period != nil {
            p.reminderStates["court:\(target.id):\(e.id)"] =
              done.contains(id) ? .done(on: context.today) : nil
          }
        }
        for id in done { file.guide[id] = GuideMark(.done, on: context.today) }
        for id in skip { file.guide[id] = GuideMark(.skipped, on: context.today) }
        for id in reset { file.guide[id] = nil }
        if let given = preReportNotice { file.preReportNotice = PreReportNotice(given: given, on: noticeDay) }
        p.cases[target.id] = file
        return p
      }
    }
    let target = try resolve(debt, in: portfolio)
    let summary = CaseSummary(
      debt: target, payments: portfolio.payments(for: target.id), caseFile: portfolio.cases[target.id],
      today: context.today, dueSoonDays: context.settings.dueSoonDays, rules: context.settings.legalRules)
    let offer = summary.caseFile.offer.flatMap {
      Offer.make(
        inputs: $0, debtID: target.id, portfolio: portfolio,
        statuses: portfolio.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays),
        today: context.today)
    }
    if json {
      try printJSON(
        CaseJSON(summary, offer: offer, rules: context.settings.legalRules, today: context.today))
      return
    }
    for line in CaseReport.lines(summary, offer: offer, context: context) { printOut(line) }
  }
}

/// `debtdeck case --json`: amounts in minor units, dates as YYYY-MM-DD.
struct CaseJSON: Encodable {
  struct Step: Encodable {
    let id: String
    let state: String?
    let on: String?
    let action: String
  }
  struct Rung: Encodable {
    let title: String
    let position: String
    let inDays: Int?
  }
  struct OfferJSON: Encodable {
    let available: Int64
    let monthly: Int64
    let months: Int?
    let monthsIfWaived: Int?
    /// The same two with the contract interest still running (nil: never paid off).
    let monthsWithInterest: Int?
    let monthsIfWaivedWithInterest: Int?
    let otherMinimums: Int64
    let otherArrears: Int64
  }
  let debt: String
  let stage: String
  let daysPastDue: Int
  let overdueAmount: Int64
  let penaltyAccrued: Int64
  let penaltyOwed: Int64
  let fees: Int64
  let payoffAmount: Int64
  let costOfWaitingDay: Int64
  let costOfWaitingWeek: Int64
  let stageInAWeek: String
  let reportsToCreditBureau: Bool
  let guideLastChecked: String
  let guide: [Step]
  let escalation: [Rung]
  let agreements: [Agreement]
  let offer: OfferJSON?
  let contacts: [ContactEntry]
  let court: [CourtEventJSON]
  /// "not-reported", "none", "open" or "ended", with the expected deletion date.
  let creditRecord: String
  let creditRecordDeletion: String?
  /// "yes", "no" or "unknown" (nil: not recorded), and its day.
  let preReportNotice: String?
  let preReportNoticeOn: String?

  init(_ s: CaseSummary, offer: Offer?, rules: RuleBook, today: LocalDate) {
    debt = s.debt.id
    stage = s.stage.rawValue
    daysPastDue = s.status.daysPastDue
    overdueAmount = s.status.overdueAmount
    penaltyAccrued = s.status.penaltyAccrued
    penaltyOwed = s.status.penalty
    fees = s.status.fees
    payoffAmount = s.status.payoffAmount
    costOfWaitingDay = s.costOfWaitingDay
    costOfWaitingWeek = s.costOfWaitingWeek
    stageInAWeek = s.stageInAWeek.rawValue
    reportsToCreditBureau = s.debt.reportsToCreditBureau
    guideLastChecked = Guide.lastChecked.description
    guide = s.steps.map { step in
      let mark = s.caseFile.guide[step.id]
      return Step(
        id: step.id, state: mark?.state.rawValue, on: mark?.on.description, action: step.action.label.en)
    }
    escalation =
      Escalation.ladder.map { step in
        switch Escalation.position(
          of: step, daysPastDue: s.status.daysPastDue, inCourt: s.caseFile.courtStage(on: today) != nil)
        {
        case .passed: return Rung(title: step.title.en, position: "passed", inDays: nil)
        case .now: return Rung(title: step.title.en, position: "now", inDays: nil)
        case .ahead(let d): return Rung(title: step.title.en, position: "ahead", inDays: d)
        }
      }
      + CourtLadder.rungs(courtStage: s.caseFile.courtStage(on: today)).map { rung in
        let position = rung.position == .passed ? "passed" : rung.position == .now ? "now" : "later"
        return Rung(title: rung.title.en, position: position, inDays: nil)
      }
    preReportNotice = s.caseFile.preReportNotice?.given.rawValue
    preReportNoticeOn = s.caseFile.preReportNotice?.on?.description
    agreements = s.caseFile.agreements
    self.offer = offer.map {
      OfferJSON(
        available: $0.available, monthly: $0.monthly, months: $0.months, monthsIfWaived: $0.monthsIfWaived,
        monthsWithInterest: $0.monthsWithInterest, monthsIfWaivedWithInterest: $0.monthsIfWaivedWithInterest,
        otherMinimums: $0.otherMinimums, otherArrears: $0.otherArrears)
    }
    contacts = s.caseFile.contacts
    switch s.creditRecord {
    case .notReported: (creditRecord, creditRecordDeletion) = ("not-reported", nil)
    case .noNegative: (creditRecord, creditRecordDeletion) = ("none", nil)
    case .open(_, let d): (creditRecord, creditRecordDeletion) = ("open", d.description)
    case .ended(_, let d): (creditRecord, creditRecordDeletion) = ("ended", d.description)
    }
    court = s.caseFile.courtEvents.map { CourtEventJSON($0, debt: s.debt.id, rules: rules, today: today) }
  }
}
