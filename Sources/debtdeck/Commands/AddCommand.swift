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
  @Option(help: "A name you will recognise, e.g. 借呗 or \"CMB card\".") var name: String
  @Option(help: "Who lent the money.") var lender: String = ""
  @Option(help: "jiebei, weilidai, huabei, credit-card, bank-loan, private, other (Chinese names work too).")
  var kind: ProductKind = .other
  @Option(help: "Amount borrowed, or a card's statement balance, e.g. 20000 or ¥1,234.50.") var principal:
    String
  @Option(help: "The quoted rate in percent, e.g. 0.05 (daily) or 18.25 (APR).") var rate: String
  @Option(name: .customLong("rate-basis"), help: "daily, monthly, flat-monthly or apr (default: by kind).")
  var rateBasis: RateBasis?
  @Option(
    name: .customLong("day-count"),
    help:
      "actual (interest per actual day; default for daily rates) or monthly (per month). Check your contract."
  )
  var dayCount: DayCount?
  @Option(help: "equal-installment, equal-principal, interest-first, bullet, flat-fee, revolving.")
  var method: RepaymentMethod?
  @Option(help: "Number of monthly installments (a bullet loan: months to maturity).") var term: Int?
  @Option(help: "The day the money was received (YYYY-MM-DD; default: today).") var start: String?
  @Option(
    name: .customLong("due-day"), help: "Day of the month payments are due (1–31; default: the start day).")
  var dueDay: Int?
  @Option(name: .customLong("statement-day"), help: "Statement day of a card (1–31).") var statementDay: Int?
  @Option(
    name: .customLong("grace-days"),
    help: "Grace days after a due date (default: by kind; check the contract).")
  var graceDays: Int?
  @Option(
    name: .customLong("penalty-multiplier"),
    help: "Penalty rate as a multiple of the contract rate (default 1.5; a private loan 1.0).")
  var penaltyMultiplier: Double?
  @Flag(
    name: .customLong("compound-penalty"),
    help: "Unpaid penalty earns penalty too, compounded daily (only if the contract says so).")
  var compoundPenalty = false
  @Option(help: "ISO currency code (default: from settings, CNY).") var currency: String?
  @Option(name: .customLong("upfront-fee"), help: "Fees taken at the start (砍头息, membership).")
  var upfrontFee: String?
  @Option(name: .customLong("minimum-percent"), help: "Revolving: minimum payment in % of the balance.")
  var minimumPercent: Int = 10
  @Option(name: .customLong("reports-to-credit-bureau"), help: "true or false (default: by kind).")
  var reportsToCreditBureau: Bool?
  @Option(help: "Free notes.") var notes: String = ""
  @Flag(
    help:
      "Record it even when the rate looks mistyped (above 1 % a day or 100 % a year) or another debt has the same name."
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
