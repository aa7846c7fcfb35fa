import ArgumentParser
import DebtCore
import Foundation
import TerminalUI

struct PlanCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plan",
    abstract: HelpText.abstract(
      en: "A month-by-month plan out of debt for a monthly budget.",
      zh: "按每月预算，逐月规划如何还清债务。"),
    discussion: HelpText.discussion(
      en: """
        Examples:
          debtdeck plan --budget 8000
          debtdeck plan --budget 8000 --strategy snowball --extra 2027-03:5000
          debtdeck plan --budget 8000 --extra-monthly 2027-03:500 --compare
        When the budget cannot cover every minimum, the plan says so, pays where it limits harm \
        (overdue first, then debts that report to 征信, then the dearest penalty) and lists whom to \
        call.
        """,
      zh: """
        例如：
          debtdeck plan --budget 8000
          debtdeck plan --budget 8000 --strategy snowball --extra 2027-03:5000
          debtdeck plan --budget 8000 --extra-monthly 2027-03:500 --compare
        预算不够支付全部最低还款时，计划会明确说明，并优先把钱用在能减少损失的地方（先还已逾期的\
        ，再还会上报征信的，再还罚息最高的），同时列出需要联系的放贷方。
        """))

  @OptionGroup var common: CommonOptions
  @Option(help: HelpText.option(en: "Money for debts each month, e.g. 8000.", zh: "每月用于还债的钱，例如 8000。"))
  var budget: String
  @Option(
    help: HelpText.option(
      en: "avalanche, snowball, triage, custom (with --order) or minimums.",
      zh: "avalanche（先还利率高的）、snowball（先还金额小的）、triage（先稳住逾期）、custom（自定顺序，配合 --order）或 minimums（只还最低）。"))
  var strategy: PlanStrategy = .avalanche
  @Option(
    name: .customLong("extra"),
    help: HelpText.option(
      en: "A one-off extra (or, negative, a shortfall) in a month: YYYY-MM:AMOUNT.",
      zh: "某个月一次性多出的钱（负数表示缺口）：YYYY-MM:金额。"))
  var extras: [String] = []
  @Option(
    name: .customLong("extra-monthly"),
    help: HelpText.option(
      en: "An extra every month from a month on: YYYY-MM:AMOUNT.", zh: "从某月起每月多出的钱：YYYY-MM:金额。",
      valueName: "extra"))
  var monthlyExtras: [String] = []
  @Option(
    help: HelpText.option(
      en: "Your order for --strategy custom: debt ids or names, comma-separated.",
      zh: "--strategy custom 的顺序：债务编号或名称，用逗号分隔。")) var order: String?
  @Option(
    help: HelpText.option(
      en: "What extra money does to installment loans: shorten-term or lower-payment.",
      zh: "多还的钱如何用于分期借款：shorten-term（缩短期限）或 lower-payment（降低月供）。"))
  var effect: ExtraEffect = .shortenTerm
  @Flag(help: HelpText.option(en: "Compare every strategy side by side, with a chart.", zh: "把每种策略并排比较，附图表。"))
  var compare = false
  @Flag(help: HelpText.option(en: "Show the month-by-month table.", zh: "显示逐月明细表。")) var months = false
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let amount = try parseAmount(budget, option: "--budget")
    let planner = Planner(portfolio: portfolio, today: context.today)
    guard !planner.items.isEmpty else {
      printOut(context.t(en: "Nothing to plan: no debt has a balance.", zh: "无需规划：没有未结清的债务。"))
      return
    }
    let parsedExtras =
      try extras.map { try PlanCommand.extra($0, recurring: false, today: context.today) }
      + monthlyExtras.map { try PlanCommand.extra($0, recurring: true, today: context.today) }
    let custom = try (order ?? "").split(separator: ",").map {
      try resolve(String($0).trimmingCharacters(in: .whitespaces), in: portfolio).id
    }
    if strategy == .custom && custom.isEmpty {
      throw CLIError.usage(
        en: "--strategy custom needs --order d1,d3,…", zh: "--strategy custom 需要 --order d1,d3,…")
    }
    let result = planner.run(
      budget: amount, strategy: strategy, extras: parsedExtras, custom: custom, effect: effect)
    let baseline = planner.run(
      budget: amount, strategy: .minimums, extras: parsedExtras, custom: custom, effect: effect)
    if json {
      try printJSON(PlanJSON(result, baseline: baseline))
      return
    }
    printOut(PlanReport(context: context, planner: planner).render(result, baseline: baseline))
    if months { printOut(PlanReport(context: context, planner: planner).monthTable(result)) }
    if compare {
      let comparison = PlanComparison(
        planner: planner, budget: amount, extras: parsedExtras, custom: custom, effect: effect)
      printOut(PlanReport(context: context, planner: planner).comparison(comparison))
    }
  }

  /// `2027-03:500` → an extra in that month (relative to today's month).
  static func extra(_ text: String, recurring: Bool, today: LocalDate) throws -> PlanExtra {
    let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
    let option = recurring ? "--extra-monthly" : "--extra"
    guard parts.count == 2 else {
      throw CLIError.usage(
        en: "\(option): “\(text)” is not MONTH:AMOUNT, e.g. 2027-03:500",
        zh: "\(option)：“\(text)” 不是 月份:金额 格式，例如 2027-03:500")
    }
    let ym = parts[0].split(separator: "-").compactMap { Int($0) }
    guard ym.count == 2, let first = LocalDate(year: ym[0], month: ym[1], day: 1) else {
      throw CLIError.usage(
        en: "\(option): “\(parts[0])” is not a month like 2027-03",
        zh: "\(option)：“\(parts[0])” 不是 2027-03 这样的月份")
    }
    let index = (first.year - today.year) * 12 + (first.month - today.month)
    guard index >= 0 else {
      throw CLIError.usage(
        en: "\(option): \(parts[0]) is in the past", zh: "\(option)：\(parts[0]) 已经过去")
    }
    var amountText = parts[1]
    let negative = amountText.hasPrefix("-")
    if negative { amountText.removeFirst() }
    let minor = try parseAmount(amountText, option: option)
    return PlanExtra(month: index, amount: negative ? -minor : minor, recurring: recurring)
  }
}

extension PlanStrategy: ExpressibleByArgument {}
extension ExtraEffect: ExpressibleByArgument {}

/// The stable `plan --json` shape: amounts in minor units, months as "YYYY-MM".
struct PlanJSON: Encodable {
  struct DebtPlan: Encodable {
    let id: String
    let name: String
    let balance: Int64
    let payoffMonth: String?
    let interest: Int64
  }
  struct Month: Encodable {
    let month: String
    let paid: Int64
    let interest: Int64
    let remaining: Int64
    let shortfall: Bool
  }
  struct Call: Encodable {
    let debt: String
    let name: String
    let lender: String
    let dueDate: String?
    let shortBy: Int64
  }
  let strategy: String
  let budget: Int64
  let minimumsNeeded: Int64
  let shortfall: Bool
  let debtFree: String?
  let months: Int
  let totalInterest: Int64
  let interestSaved: Int64
  let debts: [DebtPlan]
  let schedule: [Month]
  let callBeforeDue: [Call]
  let minimumBelowInterest: [String]

  init(_ r: PlanResult, baseline: PlanResult) {
    func ym(_ d: LocalDate) -> String { d.yearMonth }
    strategy = r.strategy.rawValue
    budget = r.budget
    minimumsNeeded = r.minimumsNeeded
    shortfall = r.isShortfall
    debtFree = r.debtFreeDate.map(ym)
    months = r.monthCount
    totalInterest = r.totalInterest
    interestSaved = baseline.totalInterest - r.totalInterest
    debts = r.debtIDs.indices.map {
      DebtPlan(
        id: r.debtIDs[$0], name: r.names[$0], balance: r.startBalances[$0],
        payoffMonth: r.payoffDate($0).map(ym), interest: r.interestByDebt[$0])
    }
    schedule = r.months.map {
      Month(
        month: ym(r.date(ofMonth: $0.index)), paid: $0.totalPaid, interest: $0.interest.reduce(0, +),
        remaining: $0.totalBalance, shortfall: $0.shortfall)
    }
    callBeforeDue = r.callList.map {
      Call(
        debt: $0.debtID, name: $0.name, lender: $0.lender, dueDate: $0.dueDate?.description,
        shortBy: $0.shortBy)
    }
    minimumBelowInterest = r.negativeAmortization
  }
}
