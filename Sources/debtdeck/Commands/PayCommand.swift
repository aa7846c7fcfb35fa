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
  @Argument(help: "The debt: its id (d1) or a unique name.") var debt: String
  @Argument(help: "The amount paid, e.g. 1200.50 or ¥1,200.50.") var amount: String
  @Option(help: "When it was paid (default: today).") var date: String?
  @Option(help: "A note, e.g. how it was paid.") var note: String = ""
  @Flag(
    help:
      "Record it even when it looks mistaken: more than settles the debt, before the debt started, or the same as a payment already recorded that day."
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
