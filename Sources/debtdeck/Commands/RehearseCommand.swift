import ArgumentParser
import DebtCore
import DebtStore
import Foundation

struct RehearseCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rehearse",
    abstract: HelpText.abstract(
      en: "Prepare a call to the lender: figures, opening, plan, likely replies.",
      zh: "准备给放贷方的电话：数字、开场白、方案、可能的回答。"),
    discussion: HelpText.discussion(
      en: """
        Built from the debt's own figures (overdue amount and days, penalty, cost of waiting, your \
        offer) and the rule book: who to call, what to have ready, the first sentences, the plan to \
        propose, and a calm answer to "pay it all today", "we will contact your family", "we will \
        sue", "a lawyer's letter is coming", "someone will visit", "no installments" and a request \
        to transfer money elsewhere. It never offers more than the offer calculator says you can pay. \
        Example:
          debtdeck rehearse d1 --lang zh-Hans --format markdown --out call.md
        """,
      zh: """
        根据这笔债务自己的数字（逾期金额和天数、罚息、拖延的代价、你的提议）和规则库生成：该打给\
        谁、要准备什么、开头几句话、要提出的方案，以及对“今天必须全部还清”“我们会联系你的家人”“\
        我们要起诉你”“律师函马上就到”“会有人上门”“不能分期”和要求你把钱转到别的账户时的冷静回答\
        。它提出的金额绝不会超过提议计算器算出的你能付的数额。例如：
          debtdeck rehearse d1 --lang zh-Hans --format markdown --out call.md
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(help: HelpText.option(en: "text (default) or markdown.", zh: "text（纯文本，默认）或 markdown。")) var format:
    LetterFormat = .text
  @Option(help: HelpText.option(en: "Write to this file instead of standard output.", zh: "写入这个文件，而不是标准输出。"))
  var out: String?

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let target = try resolve(debt, in: portfolio)
    guard
      let rehearsal = CallRehearsal.make(
        debtID: target.id, portfolio: portfolio, settings: context.settings, today: context.today)
    else {
      throw CLIError.usage(en: "\(debt): no such debt", zh: "\(debt)：没有这笔债务")
    }
    let text = rehearsal.render(context.language, format: format)
    if let out {
      do {
        try AtomicFile.write(Array(text.utf8), to: out)
      } catch {
        throw CLIError.from(error)
      }
      printError(LocalizedText(en: "wrote \(out)", zh: "已写入 \(out)"), context.language)
    } else {
      printOut(text, terminator: "")
    }
  }
}
