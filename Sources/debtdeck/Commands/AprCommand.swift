import ArgumentParser
import DebtCore
import Foundation

struct AprCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "apr",
    abstract: HelpText.abstract(
      en: "The true yearly cost of a quote, from its real cash flows.",
      zh: "按实际现金流算出报价的真实年化成本。"),
    discussion: HelpText.discussion(
      en: """
        Give the principal and one way the loan is repaid:
          debtdeck apr --principal 100000 --upfront-fee 1000 \\
            --payment 8833.30 --count 12
          debtdeck apr --principal 10000 --flat-monthly-fee 0.6 --count 12
          debtdeck apr --principal 5000 --daily-rate 0.05 --days 30
        Prints the rate as simple (12·r, 单利) and compound ((1+r)^12−1, IRR/复利), and how it compares \
        with the reference lines (4×LPR, 24%, 36%), each with its scope.
        """,
      zh: """
        给出本金和一种还款方式：
          debtdeck apr --principal 100000 --upfront-fee 1000 \\
            --payment 8833.30 --count 12
          debtdeck apr --principal 10000 --flat-monthly-fee 0.6 --count 12
          debtdeck apr --principal 5000 --daily-rate 0.05 --days 30
        输出单利（12·r）和复利（(1+r)^12−1，即 IRR）两种年化利率，并与参考线（4 倍 LPR、24%、36%\
        ）比较，每条都注明适用范围。
        """))

  @OptionGroup var common: CommonOptions
  @Option(help: HelpText.option(en: "The amount of the loan.", zh: "借款的金额。")) var principal: String
  @Option(
    name: .customLong("upfront-fee"),
    help: HelpText.option(en: "Fees taken at the start (砍头息, a membership fee).", zh: "借款时先扣的费用（砍头息、会员费）。"))
  var upfrontFee: String?
  @Option(help: HelpText.option(en: "The amount of each monthly payment.", zh: "每月还款的金额。")) var payment:
    String?
  @Option(help: HelpText.option(en: "The number of monthly payments.", zh: "还款的期数。")) var count: Int?
  @Option(
    name: .customLong("flat-monthly-fee"),
    help: HelpText.option(
      en: "A monthly fee in % of the original principal.", zh: "每月手续费，按原始本金的百分比。", valueName: "percent"))
  var flatMonthlyFee: String?
  @Option(
    name: .customLong("daily-rate"),
    help: HelpText.option(en: "A daily rate in %, for a loan repaid in one go.", zh: "日利率（百分比），用于一次还清的借款。"))
  var dailyRate: String?
  @Option(
    help: HelpText.option(
      en: "Days until the one repayment (with --daily-rate).", zh: "距离那一次还款的天数（与 --daily-rate 一起用）。"))
  var days: Int?
  @Option(
    help: HelpText.option(
      en: "The contract date, for 4×LPR (default: today).", zh: "合同日期，用于计算 4 倍 LPR（默认：今天）。")) var date:
    String?
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  struct Output: Encodable {
    let received: Int64
    let totalRepaid: Int64
    let simple: Double
    let compound: Double
    let references: [Reference]
    struct Reference: Encodable {
      let rate: Double
      let label: String
      let scope: String
      let above: Bool
    }
  }

  func run() throws {
    let context = try AppContext(common)
    let p = try parseAmount(principal, option: "--principal")
    let fee = try upfrontFee.map { try parseAmount($0, option: "--upfront-fee") } ?? 0
    guard p > 0 else {
      throw CLIError.usage(en: "--principal: must be more than 0", zh: "--principal：必须大于 0")
    }
    guard fee < p else {
      throw CLIError.usage(
        en: "--upfront-fee: must be less than the principal", zh: "--upfront-fee：必须小于本金")
    }
    let received = p - fee
    let apr: TrueAPR
    let repaid: Int64
    let given = [payment != nil, flatMonthlyFee != nil, dailyRate != nil].filter { $0 }.count
    guard given == 1 else {
      throw CLIError.usage(
        en: "give exactly one of --payment, --flat-monthly-fee or --daily-rate",
        zh: "请给出 --payment、--flat-monthly-fee 或 --daily-rate 三者之一（只能一个）")
    }
    if let payment {
      guard let count, (1...600).contains(count) else {
        throw CLIError.usage(en: "--count: 1 to 600 payments", zh: "--count：1 至 600 期")
      }
      let a = try parseAmount(payment, option: "--payment")
      guard a > 0 else { throw CLIError.usage(en: "--payment: must be more than 0", zh: "--payment：必须大于 0") }
      repaid = a * Int64(count)
      guard let r = TrueAPR.periodic(received: received, payments: Array(repeating: a, count: count)) else {
        throw CLIError.usage(en: "no rate fits these payments", zh: "没有任何利率符合这些还款")
      }
      apr = r
    } else if let flatMonthlyFee {
      guard let count, (1...600).contains(count) else {
        throw CLIError.usage(en: "--count: 1 to 600 payments", zh: "--count：1 至 600 期")
      }
      let fee = try rate(flatMonthlyFee, basis: .flatMonthly, option: "--flat-monthly-fee")
      let debt = Debt(
        id: "", name: "quote", lender: "", kind: .other, principal: p, rate: fee, upfrontFee: 0,
        method: .flatFee,
        termMonths: count, startDate: context.today, dueDay: context.today.day)
      let schedule = Schedule(for: debt).installments.map(\.total)
      repaid = schedule.reduce(0, +)
      guard let r = TrueAPR.periodic(received: received, payments: schedule) else {
        throw CLIError.usage(en: "no rate fits these payments", zh: "没有任何利率符合这些还款")
      }
      apr = r
    } else {
      guard let days, (1...3650).contains(days) else {
        throw CLIError.usage(en: "--days: 1 to 3650 days", zh: "--days：1 至 3650 天")
      }
      let daily = try rate(dailyRate ?? "", basis: .daily, option: "--daily-rate")
      repaid = p + daily.daily.of(p * Int64(days))
      guard let r = TrueAPR.singlePayment(received: received, repaid: repaid, days: days) else {
        throw CLIError.usage(en: "no rate fits these payments", zh: "没有任何利率符合这些还款")
      }
      apr = r
    }
    let contract = try date.map { try parseDate($0, option: "--date") } ?? context.today
    let lines = context.settings.lprTable.referenceLines(contractDate: contract)
    if json {
      try printJSON(
        Output(
          received: received, totalRepaid: repaid, simple: apr.simple, compound: apr.compound,
          references: lines.map {
            .init(
              rate: $0.rate, label: context.text($0.label), scope: context.text($0.scope),
              above: apr.compound > $0.rate)
          }))
      return
    }
    let t = context.t
    func pct(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }
    printOut(
      t(
        en: "Received   \(context.money(received, .cny))   repaid \(context.money(repaid, .cny))",
        zh: "实际到手 \(context.money(received, .cny))   共还 \(context.money(repaid, .cny))"))
    printOut(t(en: "True APR   \(pct(apr.simple)) simple (单利)", zh: "真实年化 \(pct(apr.simple))（单利）"))
    printOut(
      t(en: "           \(pct(apr.compound)) compound (IRR/复利)", zh: "         \(pct(apr.compound))（复利/IRR）"))
    for line in lines {
      let rate = line.label.en.contains("LPR") ? " (\(pct(line.rate)))" : ""
      let side = apr.compound > line.rate ? t(en: "above", zh: "高于") : t(en: "below", zh: "低于")
      printOut(
        t(
          en: "  \(side) \(context.text(line.label))\(rate): \(context.text(line.scope))",
          zh: "  \(side)\(context.text(line.label))\(rate)：\(context.text(line.scope))"))
    }
    printOut(t(en: "General information, not legal advice.", zh: "一般性信息，不构成法律意见。"))
  }

  private func rate(_ text: String, basis: RateBasis, option: String) throws -> Rate {
    do {
      return try Rate(basis: basis, percent: text)
    } catch {
      throw CLIError.usage(option: option, error.text)
    }
  }
}
