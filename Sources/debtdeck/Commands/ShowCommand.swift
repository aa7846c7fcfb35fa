import ArgumentParser
import DebtCore
import Foundation
import TerminalUI

struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: HelpText.abstract(
      en: "Show one debt: its terms, status, schedule and payments.",
      zh: "查看一笔债务：条款、状态、还款计划和还款记录。"))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  struct Output: Encodable {
    let debt: Debt
    let status: DebtSummaryJSON
    let schedule: [InstallmentJSON]
    let payments: [PaymentJSON]
  }

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let d = try resolve(debt, in: portfolio)
    let payments = portfolio.payments(for: d.id).sorted { $0.date < $1.date }
    var status = DebtStatus(
      debt: d, payments: payments, asOf: context.today, dueSoonDays: context.settings.dueSoonDays)
    status = portfolio.withCase(status, debtID: d.id, payments: payments)
    let states = ShowCommand.installmentStates(status: status, today: context.today)

    if json {
      try printJSON(
        Output(
          debt: d, status: DebtSummaryJSON(d, status),
          schedule: zip(status.schedule.installments, states).map { inst, state in
            InstallmentJSON(
              number: inst.number, dueDate: inst.dueDate.description, principal: inst.principal,
              interest: inst.interest, total: inst.total, state: state.rawValue)
          },
          payments: payments.map {
            PaymentJSON(id: $0.id, date: $0.date.description, amount: $0.amount, note: $0.note)
          }))
      return
    }

    let t = context.t
    func money(_ m: Int64) -> String { context.money(m, d.currency) }
    var facts = PlainTable(headers: ["", ""])
    facts.showsHeaders = false
    facts.maximumColumnWidth = 1_000  // piped or not, a fact is never cut
    facts.add([t(en: "Debt", zh: "债务"), "\(d.name) (\(d.id))"])
    facts.add([t(en: "Lender", zh: "机构"), d.lender.isEmpty ? "—" : d.lender])
    facts.add([t(en: "Kind", zh: "类型"), t(d.kind.name)])
    facts.add([t(en: "Principal", zh: "本金"), money(d.principal)])
    facts.add([t(en: "Quoted rate", zh: "报价利率"), ShowCommand.rateText(d.rate, context)])
    if d.upfrontFee > 0 { facts.add([t(en: "Upfront fee", zh: "前期费用"), money(d.upfrontFee)]) }
    facts.add([t(en: "Method", zh: "还款方式"), t(d.method.name)])
    facts.add([
      t(en: "Term", zh: "期限"),
      t(
        en: "\(status.schedule.installments.count) installments",
        zh: "\(status.schedule.installments.count) 期"),
    ])
    facts.add([t(en: "Started", zh: "放款日"), d.startDate.description])
    facts.add([t(en: "Due day", zh: "还款日"), t(en: "day \(d.dueDay) of each month", zh: "每月 \(d.dueDay) 日")])
    if d.method != .flatFee && d.method != .revolving {
      facts.add([
        t(en: "Interest counted", zh: "计息方式"),
        t(en: "by \(t(d.dayCount.name)) (check your contract)", zh: "\(t(d.dayCount.name))（以合同为准）"),
      ])
    }
    if let apr = TrueAPR(debt: d, schedule: status.schedule) {
      facts.add([
        t(en: "True APR", zh: "真实年化"),
        t(
          en:
            "\(ShowCommand.percent(apr.simple)) simple (单利) · \(ShowCommand.percent(apr.compound)) compound (IRR/复利)",
          zh: "\(ShowCommand.percent(apr.simple))（单利）· \(ShowCommand.percent(apr.compound))（复利/IRR）"),
      ])
    }
    let multiplier = String(format: "%g", d.penaltyMultiplier)
    let compounding =
      d.compoundPenalty
      ? t(en: "compounded daily", zh: "按日计复利") : t(en: "not compounded", zh: "不计复利")
    facts.add([
      t(en: "Penalty rate", zh: "罚息利率"),
      t(
        en: "\(multiplier) × contract rate, \(compounding) (check contract)",
        zh: "合同利率的 \(multiplier) 倍，\(compounding)（以合同为准）"),
    ])
    if let cap = d.privateLendingCap(context.settings.lprTable) {
      facts.add([
        t(en: "Court cap", zh: "司法保护上限"),
        t(
          en: "\(ShowCommand.percent(cap)) a year (4 × LPR at the contract date)",
          zh: "年 \(ShowCommand.percent(cap))（合同成立时 LPR 的 4 倍）"),
      ])
      if d.penaltyAboveCap(context.settings.lprTable) == true {
        facts.add(["", t(en: "the overdue rate is above the cap", zh: "逾期利率高于该上限")])
      }
    }
    facts.add([
      t(en: "Grace days", zh: "宽限期"),
      t(en: "\(d.graceDays) (check your contract)", zh: "\(d.graceDays) 天（以合同为准）"),
    ])
    facts.add([
      t(en: "Credit bureau", zh: "上征信"),
      d.reportsToCreditBureau ? t(en: "reports", zh: "会上报") : t(en: "does not report", zh: "不上报"),
    ])
    for f in StatusFacts.facts(d, status, today: context.today) { facts.add([t(f.label), t(f.value)]) }
    // Notes of several lines: a row each, the label on the first.
    for (i, line) in d.notes.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !d.notes.isEmpty {
      facts.add([i == 0 ? t(en: "Notes", zh: "备注") : "", String(line)])
    }
    printOut(facts.render())

    printOut("")
    var schedule = PlainTable(
      headers: [
        "#", t(en: "Due", zh: "到期日"), t(en: "Principal", zh: "本金"), t(en: "Interest", zh: "利息"),
        t(en: "Total", zh: "合计"), t(en: "State", zh: "状态"),
      ],
      alignments: [.right, .left, .right, .right, .right, .left])
    for (inst, state) in zip(status.schedule.installments, states) {
      schedule.add([
        "\(inst.number)", inst.dueDate.description, money(inst.principal), money(inst.interest),
        money(inst.total), t(state.label),
      ])
    }
    schedule.add([
      "", t(en: "Sum", zh: "合计"), money(status.schedule.totalPrincipal),
      money(status.schedule.totalInterest), money(status.schedule.total), "",
    ])
    printOut(schedule.render())

    printOut("")
    if payments.isEmpty {
      printOut(t(en: "No payments recorded.", zh: "尚无还款记录。"))
    } else {
      var table = PlainTable(
        headers: ["ID", t(en: "Date", zh: "日期"), t(en: "Amount", zh: "金额"), t(en: "Note", zh: "备注")],
        alignments: [.left, .left, .right, .left])
      for p in payments { table.add([p.id, p.date.description, money(p.amount), p.note]) }
      printOut(table.render())
    }
  }

  static func percent(_ x: Double) -> String { String(format: "%.2f%%", x * 100) }

  static func rateText(_ rate: Rate, _ context: AppContext) -> String {
    let annual = String(format: "%.2f%%", rate.nominalAnnual * 100)
    switch rate.basis {
    case .daily:
      return context.text(
        en: "\(rate.percentText)% per day (\(annual) a year, simple)",
        zh: "日利率 \(rate.percentText)%（年化单利 \(annual)）")
    case .monthly:
      return context.text(
        en: "\(rate.percentText)% per month (\(annual) a year)", zh: "月利率 \(rate.percentText)%（年化 \(annual)）")
    case .flatMonthly:
      return context.text(
        en: "\(rate.percentText)% flat monthly fee (true cost is higher)",
        zh: "月手续费率 \(rate.percentText)%（实际成本更高）")
    case .apr: return context.text(en: "\(rate.percentText)% APR", zh: "年化利率 \(rate.percentText)%")
    }
  }

  enum InstallmentState: String {
    case paid, partial, overdue, due, upcoming
    var label: LocalizedText {
      switch self {
      case .paid: return LocalizedText(en: "paid", zh: "已还")
      case .partial: return LocalizedText(en: "partly paid", zh: "部分已还")
      case .overdue: return LocalizedText(en: "OVERDUE", zh: "已逾期")
      case .due: return LocalizedText(en: "due today", zh: "今日到期")
      case .upcoming: return LocalizedText(en: "", zh: "")
      }
    }
  }

  /// Paid, partly paid, overdue, due or upcoming, by covering installments in order with what was paid.
  static func installmentStates(status: DebtStatus, today: LocalDate) -> [InstallmentState] {
    zip(status.schedule.installments, status.covered).map { inst, covered in
      if covered == inst.total { return .paid }
      if inst.dueDate < today { return .overdue }
      if inst.dueDate == today { return .due }
      return covered > 0 ? .partial : .upcoming
    }
  }

}
