import ArgumentParser
import DebtCore

extension Agreement.Kind: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension Agreement.Confirmation: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct AgreeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "agree",
    abstract: HelpText.abstract(
      en: "Record an agreement negotiated with the lender, and its schedule.",
      zh: "记录与放贷方协商达成的协议及其还款安排。"),
    discussion: HelpText.discussion(
      en: """
        The newest agreement counts: confirmed and kept, the debt shows \"agreement in force\" and \
        its payments replace the original schedule's reminders; \"proposed\" marks the debt \
        negotiating. Agreements are append-only: a new one supersedes the last. Examples:
          debtdeck agree 借呗 --kind installments --confirmed writing \\
            --monthly 800 --months 12 --first 2026-12-05
          debtdeck agree d2 --kind extension --confirmed recorded-call \\
            --payment \"2027-01-10 3000\"
        """,
      zh: """
        以最新的协议为准：已确认且在履行时，债务显示“协议履行中”，协议的还款取代原计划的提醒；“p\
        roposed” 表示正在协商。协议只能追加：新协议取代上一份。例如：
          debtdeck agree 借呗 --kind installments --confirmed writing \\
            --monthly 800 --months 12 --first 2026-12-05
          debtdeck agree d2 --kind extension --confirmed recorded-call \\
            --payment \"2027-01-10 3000\"
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(
    help: HelpText.option(
      en: "installments, extension, partial-payment, penalty-waiver, other.",
      zh: "installments（分期）、extension（展期）、partial-payment（部分还款）、penalty-waiver（减免罚息）、other（其他）。")) var kind:
    Agreement.Kind
  @Option(
    help: HelpText.option(
      en: "How it was confirmed: writing, recorded-call, oral, proposed.",
      zh: "如何确认的：writing（书面）、recorded-call（电话录音）、oral（口头）、proposed（仅提议）。")) var confirmed:
    Agreement.Confirmation
  @Option(help: HelpText.option(en: "What was agreed, in a sentence.", zh: "约定的内容，一句话。")) var summary:
    String = ""
  @Option(
    help: HelpText.option(
      en: "A payment of the schedule: \"DATE AMOUNT\". Repeatable.", zh: "还款计划中的一笔：“日期 金额”。可重复。"))
  var payment: [String] = []
  @Option(
    help: HelpText.option(
      en: "With --months and --first: the same amount each month.", zh: "与 --months 和 --first 一起用：每月相同的金额。"))
  var monthly: String?
  @Option(help: HelpText.option(en: "How many monthly payments.", zh: "每月还款的期数。")) var months: Int?
  @Option(help: HelpText.option(en: "The first monthly payment's date.", zh: "第一笔月供的日期。")) var first: String?
  @Option(help: HelpText.option(en: "When it was agreed (default: today).", zh: "约定的日期（默认：今天）。")) var on:
    String?
  @Flag(
    inversion: .prefixedNo,
    help: HelpText.option(
      en: "Paying the whole schedule settles the debt (default for installments and extension).",
      zh: "还清整个计划即结清债务（分期和展期默认如此）。"))
  var settles: Bool? = nil

  func run() throws {
    let context = try AppContext(common)
    let madeOn = try on.map { try parseDate($0, option: "--on") } ?? context.today
    if madeOn > context.today {
      throw CLIError.usage(en: "--on: \(madeOn) is after today", zh: "--on：\(madeOn) 晚于今天")
    }
    let summary = try checkedText(summary, option: "--summary", maxLength: 2000, allowNewlines: true)
    let stored = try context.update { portfolio -> Agreement in
      let target = try resolve(debt, in: portfolio)
      var schedule: [Agreement.Payment] = try payment.map { text in
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2 else {
          throw CLIError.usage(
            en: "--payment: expected \"DATE AMOUNT\", e.g. \"2026-12-05 800\"",
            zh: "--payment：应为 \"日期 金额\"，例如 \"2026-12-05 800\"")
        }
        let amount = try parseAmount(String(parts[1]), option: "--payment", currency: target.currency)
        guard amount > 0 else {
          throw CLIError.usage(en: "--payment: the amount must be more than 0", zh: "--payment：金额必须大于 0")
        }
        return Agreement.Payment(date: try parseDate(String(parts[0]), option: "--payment"), amount: amount)
      }
      if monthly != nil || months != nil || first != nil {
        guard let monthly, let months, let first else {
          throw CLIError.usage(
            en: "--monthly, --months and --first go together", zh: "--monthly、--months 和 --first 需要一起使用")
        }
        guard (1...120).contains(months) else {
          throw CLIError.usage(en: "--months: 1 to 120", zh: "--months：1 至 120")
        }
        let amount = try parseAmount(monthly, option: "--monthly", currency: target.currency)
        guard amount > 0 else {
          throw CLIError.usage(en: "--monthly: must be more than 0", zh: "--monthly：必须大于 0")
        }
        let start = try parseDate(first, option: "--first")
        schedule += (0..<months).map { Agreement.Payment(date: start.adding(months: $0), amount: amount) }
      }
      if schedule.isEmpty && [.installments, .extension_, .partialPayment].contains(kind) {
        throw CLIError.usage(
          en: "a \(kind.rawValue) agreement needs its payments: --payment or --monthly/--months/--first",
          zh: "\(kind.rawValue) 协议需要写明还款：--payment 或 --monthly/--months/--first")
      }
      return portfolio.appendAgreement(
        Agreement(
          madeOn: madeOn, kind: kind, confirmed: confirmed, summary: summary, schedule: schedule,
          settlesDebt: settles),
        to: target.id)
    }
    printOut(stored.id)
    if confirmed == .oral {
      printError(
        LocalizedText(
          en: "oral only: ask for it in writing (SMS, e-mail, app) and record that contact",
          zh: "仅口头约定：请争取书面确认（短信、邮件、App），并记录该次联系"), context.language)
    }
  }
}

struct OfferCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "offer",
    abstract: HelpText.abstract(
      en: "Work out what you can offer a lender each month, and for how long.",
      zh: "算出每月能向放贷方提出还多少、还多久。"),
    discussion: HelpText.discussion(
      en: """
        From your monthly income, essential spending, a reserve, and the other debts' payments this \
        month. The inputs are kept in the debt's case file and fill in the letters. Example:
          debtdeck offer 借呗 --income 8000 --essentials 5200 --reserve 300
        """,
      zh: """
        根据你的月收入、必要开支、备用金，以及本月其他债务的还款来计算。这些数据保存在该债务的案\
        卷中，并用于填写信函。例如：
          debtdeck offer 借呗 --income 8000 --essentials 5200 --reserve 300
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(help: HelpText.option(en: "Monthly income after tax.", zh: "每月税后收入。")) var income: String?
  @Option(
    help: HelpText.option(
      en: "Essential spending a month: rent, food, transport, medicine, family.", zh: "每月必要开支：房租、吃饭、交通、医药、家庭。"
    )) var essentials: String?
  @Option(help: HelpText.option(en: "Kept aside each month for emergencies.", zh: "每月留作应急的钱。")) var reserve:
    String = "0"

  func run() throws {
    let context = try AppContext(common)
    let portfolio: Portfolio
    if income == nil && essentials == nil {
      portfolio = try context.load().portfolio
    } else {
      guard let income, let essentials else {
        throw CLIError.usage(
          en: "--income and --essentials go together", zh: "--income 和 --essentials 需要一起使用")
      }
      portfolio = try context.update { p -> Portfolio in
        let target = try resolve(debt, in: p)
        let inputs = OfferInputs(
          monthlyIncome: try parseAmount(income, option: "--income", currency: target.currency),
          essentialSpending: try parseAmount(essentials, option: "--essentials", currency: target.currency),
          reserve: try parseAmount(reserve, option: "--reserve", currency: target.currency))
        var file = p.caseFile(for: target.id)
        file.offer = inputs
        p.cases[target.id] = file
        return p
      }
    }
    let target = try resolve(debt, in: portfolio)
    guard let inputs = portfolio.cases[target.id]?.offer else {
      throw CLIError.usage(
        en: "no offer worked out for \(target.name) yet: give --income and --essentials",
        zh: "还没有为 \(target.name) 算过还款提议：请给出 --income 和 --essentials")
    }
    let statuses = portfolio.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays)
    guard
      let offer = Offer.make(
        inputs: inputs, debtID: target.id, portfolio: portfolio, statuses: statuses, today: context.today)
    else { return }
    for line in CaseReport.offerLines(offer, currency: target.currency, context: context) { printOut(line) }
  }
}
