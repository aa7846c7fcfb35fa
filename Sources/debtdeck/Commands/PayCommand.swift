import ArgumentParser
import DebtCore

struct PayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "pay",
    abstract: HelpText.abstract(
      en: "Record a payment towards a debt.",
      zh: "记录一笔还款。"),
    discussion: HelpText.discussion(
      en: """
        Example:
          debtdeck pay 借呗 1,200.50 --date 2026-11-20 --note 部分还款
        """,
      zh: """
        例如：
          debtdeck pay 借呗 1,200.50 --date 2026-11-20 --note 部分还款
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Argument(
    help: HelpText.option(
      en: "The amount paid, e.g. 1200.50 or ¥1,200.50.", zh: "还款金额，例如 1200.50 或 ¥1,200.50。")) var amount:
    String
  @Option(help: HelpText.option(en: "When it was paid (default: today).", zh: "还款的日期（默认：今天）。")) var date:
    String?
  @Option(help: HelpText.option(en: "A note, e.g. how it was paid.", zh: "备注，例如用什么方式还的。")) var note: String =
    ""
  @Flag(
    help: HelpText.option(
      en:
        "Record it even when it looks mistaken: more than settles the debt, before the debt started, or the same as a payment already recorded that day.",
      zh: "即使看起来有误也照样记录：超过结清所需的金额、早于借款开始日，或当天已记录过相同的一笔。")
  )
  var yes = false

  func run() throws {
    let context = try AppContext(common)
    let when = try date.map { try parseDate($0, option: "--date") } ?? context.today
    if let problem = Payment.dateProblem(when, today: context.today) {
      throw CLIError.usage(option: "--date", problem)
    }
    let note = try checkedText(note, option: "--note", maxLength: 1000)
    let id = try context.update { portfolio -> String in
      let target = try resolve(debt, in: portfolio)
      let minor = try parseAmount(amount, option: "amount", currency: target.currency)
      guard minor > 0 else { throw CLIError.usage(en: "amount: must be more than 0", zh: "金额：必须大于 0") }
      let payment = Payment(id: "", debt: target.id, date: when, amount: minor, note: note)
      let concerns = Plausibility.concerns(
        payment, debt: target, payments: portfolio.payments(for: target.id), today: context.today)
      if !yes, let first = concerns.first {
        let why = Plausibility.message(first, currency: target.currency)
        throw CLIError.usage(
          en: why.en + "; nothing was recorded (add --yes to record it anyway)",
          zh: why.zh + "；未记录（如确实无误，请加 --yes）")
      }
      return portfolio.record(payment)
    }
    printOut(id)
  }
}
