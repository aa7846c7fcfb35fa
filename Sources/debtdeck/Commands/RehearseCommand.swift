import ArgumentParser
import DebtCore
import DebtStore
import Foundation

struct RehearseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse",
    abstract: "Prepare a call to the lender: figures, opening, plan, likely replies.",
    discussion: """
      Built from the debt's own figures (overdue amount and days, penalty, cost of waiting, your
      offer) and the rule book: who to call, what to have ready, the first sentences, the plan to
      propose, and a calm answer to "pay it all today", "we will contact your family", "we will
      sue", "a lawyer's letter is coming", "someone will visit", "no installments" and a request
      to transfer money elsewhere. It never offers more than the offer calculator says you can pay.
      Example: debtdeck rehearse d1 --lang zh-Hans --format markdown --out call.md
      """)

  @OptionGroup var common: CommonOptions
  @Argument(help: "The debt: its id (d1) or a unique name.") var debt: String
  @Option(help: "text (default) or markdown.") var format: LetterFormat = .text
  @Option(help: "Write to this file instead of standard output.") var out: String?

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let target = try resolve(debt, in: portfolio)
    guard
      let rehearsal = CallRehearsal.make(
        debtID: target.id, portfolio: portfolio, settings: context.settings, today: context.today)
    else {
      throw CLIError.usage(context.text(en: "\(debt): no such debt", zh: "\(debt)：没有这笔债务"))
    }
    let text = rehearsal.render(context.language, format: format)
    if let out {
      do {
        try AtomicFile.write(Array(text.utf8), to: out)
      } catch {
        throw CLIError.from(error)
      }
      printError(context.text(en: "wrote \(out)", zh: "已写入 \(out)"))
    } else {
      printOut(text, terminator: "")
    }
  }
}
