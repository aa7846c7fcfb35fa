import ArgumentParser
import DebtCore

struct AddCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "add",
    abstract: HelpText.abstract(
      en: "Add a debt and print its id.",
      zh: "添加一笔债务并显示其编号。"),
    discussion: HelpText.discussion(
      en: """
        Defaults follow the kind: 借呗/微粒贷 a daily rate and equal installments; cards and 花呗 \
        revolving. Example:
          debtdeck add --name 借呗 --kind jiebei --principal 20000 --rate 0.05 \\
            --rate-basis daily --method equal-installment --term 12 \\
            --start 2026-10-05 --due-day 5
        """,
      zh: """
        默认值随类型而定：借呗/微粒贷按日利率、等额本息；信用卡和花呗为循环额度。例如：
          debtdeck add --name 借呗 --kind jiebei --principal 20000 --rate 0.05 \\
            --rate-basis daily --method equal-installment --term 12 \\
            --start 2026-10-05 --due-day 5
        """))

  @OptionGroup var common: CommonOptions
  @Option(
    help: HelpText.option(
      en: "A name you will recognise, e.g. 借呗 or \"CMB card\".", zh: "一个你认得出的名称，例如 借呗 或 “招行信用卡”。")) var name:
    String
  @Option(help: HelpText.option(en: "Who lent the money.", zh: "出借方（谁借给你的钱）。")) var lender: String = ""
  @Option(
    help: HelpText.option(
      en: "jiebei, weilidai, huabei, credit-card, bank-loan, private, other (Chinese names work too).",
      zh: "jiebei、weilidai、huabei、credit-card、bank-loan、private、other（也可以写中文名称）。"))
  var kind: ProductKind = .other
  @Option(
    help: HelpText.option(
      en: "Amount borrowed, or a card's statement balance, e.g. 20000 or ¥1,234.50.",
      zh: "借款金额，或信用卡的账单金额，例如 20000 或 ¥1,234.50。")) var principal: String
  @Option(
    help: HelpText.option(
      en: "The quoted rate in percent, e.g. 0.05 (daily) or 18.25 (APR).",
      zh: "报价利率（百分比），例如 0.05（日利率）或 18.25（年化）。")) var rate: String
  @Option(
    name: .customLong("rate-basis"),
    help: HelpText.option(
      en: "daily, monthly, flat-monthly or apr (default: by kind).",
      zh: "daily（日）、monthly（月）、flat-monthly（每月手续费）或 apr（年化）（默认：按类型）。"))
  var rateBasis: RateBasis?
  @Option(
    name: .customLong("day-count"),
    help: HelpText.option(
      en:
        "actual (interest per actual day; default for daily rates) or monthly (per month). Check your contract.",
      zh: "actual（按实际天数计息；日利率的默认值）或 monthly（按月计息）。请核对合同。")
  )
  var dayCount: DayCount?
  @Option(
    help: HelpText.option(
      en: "equal-installment, equal-principal, interest-first, bullet, flat-fee, revolving.",
      zh:
        "equal-installment（等额本息）、equal-principal（等额本金）、interest-first（先息后本）、bullet（到期一次还）、flat-fee（等本等息）、revolving（循环）。"
    ))
  var method: RepaymentMethod?
  @Option(
    help: HelpText.option(
      en: "Number of monthly installments (a bullet loan: months to maturity).", zh: "分期期数（到期一次还的借款：到期的月数）。"))
  var term: Int?
  @Option(
    help: HelpText.option(
      en: "The day the money was received (YYYY-MM-DD; default: today).", zh: "收到借款的日期（YYYY-MM-DD；默认：今天）。"))
  var start: String?
  @Option(
    name: .customLong("due-day"),
    help: HelpText.option(
      en: "Day of the month payments are due (1–31; default: the start day).", zh: "每月的还款日（1–31；默认：借款日那一天）。"))
  var dueDay: Int?
  @Option(
    name: .customLong("statement-day"),
    help: HelpText.option(en: "Statement day of a card (1–31).", zh: "信用卡的账单日（1–31）。")) var statementDay: Int?
  @Option(
    name: .customLong("grace-days"),
    help: HelpText.option(
      en: "Grace days after a due date (default: by kind; check the contract).", zh: "到期后的宽限天数（默认：按类型；请核对合同）。"
    ))
  var graceDays: Int?
  @Option(
    name: .customLong("penalty-multiplier"),
    help: HelpText.option(
      en: "Penalty rate as a multiple of the contract rate (default 1.5; a private loan 1.0).",
      zh: "罚息利率是合同利率的几倍（默认 1.5；私人借款 1.0）。", valueName: "times"))
  var penaltyMultiplier: Double?
  @Flag(
    name: .customLong("compound-penalty"),
    help: HelpText.option(
      en: "Unpaid penalty earns penalty too, compounded daily (only if the contract says so).",
      zh: "未还的罚息也计罚息，按日复利（仅当合同这样约定时）。"))
  var compoundPenalty = false
  @Option(
    help: HelpText.option(en: "ISO currency code (default: from settings, CNY).", zh: "ISO 货币代码（默认：按设置，CNY）。")
  ) var currency: String?
  @Option(
    name: .customLong("upfront-fee"),
    help: HelpText.option(en: "Fees taken at the start (砍头息, membership).", zh: "借款时先扣的费用（砍头息、会员费）。"))
  var upfrontFee: String?
  @Option(
    name: .customLong("minimum-percent"),
    help: HelpText.option(en: "Revolving: minimum payment in % of the balance.", zh: "循环额度：最低还款占余额的百分比。"))
  var minimumPercent: Int = 10
  @Option(
    name: .customLong("reports-to-credit-bureau"),
    help: HelpText.option(
      en: "true or false (default: by kind).", zh: "true 或 false（默认：按类型）。", valueName: "bool"))
  var reportsToCreditBureau: Bool?
  @Option(help: HelpText.option(en: "Free notes.", zh: "备注，随意填写。")) var notes: String = ""
  @Flag(
    help: HelpText.option(
      en:
        "Record it even when the rate looks mistyped (above 1 % a day or 100 % a year) or another debt has the same name.",
      zh: "即使利率像是输错了（日利率超过 1% 或年化超过 100%），或已有同名的债务，也照样记录。")
  )
  var yes = false

  func run() throws {
    let context = try AppContext(common)
    var cur = context.settings.currency
    if let code = currency {
      guard let c = Currency(code: code) else {
        throw CLIError.usage(
          en: "--currency: “\(code)” is not a three-letter ISO code such as CNY",
          zh: "--currency：“\(code)” 不是 CNY 这样的三字母 ISO 代码")
      }
      cur = c
    }
    let basis = rateBasis ?? (method == .flatFee ? .flatMonthly : kind.typicalRateBasis)
    let parsedRate: Rate
    do {
      parsedRate = try Rate(basis: basis, percent: rate)
    } catch {
      throw CLIError.usage(option: "--rate", error.text)
    }
    if !yes, let concern = Plausibility.rateConcern(parsedRate) {
      throw CLIError.usage(
        option: "--rate",
        LocalizedText(en: concern.en + "; add --yes if it is right", zh: concern.zh + "；如确实无误，请加 --yes"))
    }
    let startDate = try start.map { try parseDate($0, option: "--start") } ?? context.today
    let m = method ?? (basis == .flatMonthly ? .flatFee : kind.typicalMethod)
    let debt = Debt(
      id: "",
      name: try checkedText(name, option: "--name"),
      lender: try checkedText(lender, option: "--lender"),
      kind: kind, currency: cur,
      principal: try parseAmount(principal, option: "--principal", currency: cur),
      rate: parsedRate,
      upfrontFee: try upfrontFee.map { try parseAmount($0, option: "--upfront-fee", currency: cur) } ?? 0,
      method: m, termMonths: term ?? (m == .revolving ? 1 : 12), startDate: startDate,
      dueDay: dueDay ?? startDate.day, statementDay: statementDay, graceDays: graceDays,
      penaltyMultiplier: penaltyMultiplier, compoundPenalty: compoundPenalty,
      reportsToCreditBureau: reportsToCreditBureau, minimumPercent: minimumPercent,
      notes: try checkedText(notes, option: "--notes", maxLength: 5000, allowNewlines: true),
      dayCount: dayCount)
    if let problem = debt.problems().first {
      throw CLIError.usage(option: "--\(AddCommand.optionName(problem.field))", problem.message)
    }
    let id = try context.update { p -> String in
      let same = Plausibility.sameName(debt.name, in: p)
      if !yes && !same.isEmpty {
        let said = Plausibility.sameNameMessage(debt.name, existing: same)
        throw CLIError.usage(
          option: "--name",
          LocalizedText(
            en: said.en + "; add --yes to add it anyway, or choose another name",
            zh: said.zh + "；如仍要添加，请加 --yes，或换一个名称"))
      }
      return p.add(debt)
    }
    printOut(id)
  }

  static func optionName(_ field: String) -> String {
    switch field {
    case "termMonths": return "term"
    case "dueDay": return "due-day"
    case "statementDay": return "statement-day"
    case "graceDays": return "grace-days"
    case "penaltyMultiplier": return "penalty-multiplier"
    case "upfrontFee": return "upfront-fee"
    case "minimumPercent": return "minimum-percent"
    default: return field
    }
  }
}
