import ArgumentParser
import DebtCore
import DebtStore
import Foundation

extension LetterKind: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension LetterFormat: ExpressibleByArgument {}

struct LetterCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "letter",
    abstract: HelpText.abstract(
      en: "Draft a letter to a lender from the debt's facts and your offer.",
      zh: "根据债务事实和你的提议起草给放贷方的信函。"),
    discussion: HelpText.discussion(
      en: """
        Kinds: negotiation (协商还款申请), hardship (困难情况说明), card-installment (个性化分期), waiver (减免罚息), \
        stop-third-party (停止联系第三方), credit-objection (征信异议), complaint (投诉材料: timeline, flagged \
        contacts, evidence hashes, where to complain), confirmation (口头约定书面确认: what was agreed on a \
        call, from the log, to confirm in writing).
        Once its court paper is recorded (debtdeck court): payment-order-objection (支付令异议书), \
        defence (答辩状 outline, for a summons or small claims), court-fee-relief (缓交/减交/免交诉讼费, \
        after a judgment), enforcement-settlement (执行和解). Court letters cite their article with the \
        rule book's verified date. Not legal advice: verify before you file.
        Blanks the app cannot know are left in [brackets]. Example:
          debtdeck letter negotiation 借呗 --lang zh-Hans --format markdown \\
            --out 协商.md
        """,
      zh: """
        种类：negotiation（协商还款申请）、hardship（困难情况说明）、card-installment（个性化分期\
        ）、waiver（减免罚息）、stop-third-party（停止联系第三方）、credit-objection（征信异议）\
        、complaint（投诉材料：时间线、被标记的联系、证据哈希、投诉渠道）、confirmation（口头约定\
        书面确认：根据联系记录，把通话中约定的内容以书面形式确认）。
        记录了相应的法院文书之后（debtdeck court）：payment-order-objection（支付令异议书）、\
        defence（答辩状提纲，用于传票或小额诉讼）、court-fee-relief（缓交/减交/免交诉讼费，判决之\
        后）、enforcement-settlement（执行和解）。法院类信函引用的条文附有规则库的核实日期。不构成\
        法律意见：提交前请自行核实。
        本程序无法知道的内容留在 [方括号] 中。例如：
          debtdeck letter negotiation 借呗 --lang zh-Hans --format markdown \\
            --out 协商.md
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The kind of letter.", zh: "信件的类型。")) var kind: LetterKind
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
    if !kind.courtEvents.isEmpty,
      !LetterKind.available(for: target, caseFile: portfolio.cases[target.id], today: context.today).contains(
        kind)
    {
      let events = CourtEventKind.allCases.filter { kind.courtEvents.contains($0) }
      let names = events.map(\.rawValue)
      let first = events.first?.rawValue ?? ""
      throw CLIError.usage(
        LocalizedText(
          en:
            "\(kind.rawValue): record the court paper first (\(names.joined(separator: " or "))): debtdeck court \(target.id) --event \(first) --received DATE",
          zh:
            "\(kind.rawValue)：请先记录相应的法院文书（\(names.joined(separator: " 或 "))）：debtdeck court \(target.id) --event \(first) --received 日期"
        ))
    }
    guard kind != .cardInstallment || target.kind == .creditCard else {
      throw CLIError.usage(
        LocalizedText(
          en:
            "\(kind.rawValue): this letter is for credit cards only (个性化分期, credit-card measures art. 70); try negotiation",
          zh: "\(kind.rawValue)：该函仅适用于信用卡（个性化分期，《信用卡业务监督管理办法》第七十条）；可改用 negotiation"))
    }
    let letter = LetterCommand.draft(kind, debt: target, portfolio: portfolio, context: context)
    let text = letter.render(format)
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

  static func draft(_ kind: LetterKind, debt: Debt, portfolio: Portfolio, context: AppContext) -> Letter {
    let statuses = portfolio.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays)
    let file = portfolio.caseFile(for: debt.id)
    let offer = file.offer.flatMap {
      Offer.make(inputs: $0, debtID: debt.id, portfolio: portfolio, statuses: statuses, today: context.today)
    }
    let status =
      statuses[debt.id]
      ?? DebtStatus(debt: debt, payments: portfolio.payments(for: debt.id), asOf: context.today)
    return LetterWriter(
      debt: debt, status: status, caseFile: file, offer: offer, today: context.today,
      language: context.language, rules: context.settings.legalRules
    ).letter(kind)
  }
}
