import ArgumentParser
import DebtCore
import Foundation
import TerminalUI

struct ChannelCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "channel",
    abstract: HelpText.abstract(
      en: "Record the lender's official phone numbers and app, and where you read them.",
      zh: "记录放贷方的官方电话和 App，以及从哪里看到的。"),
    discussion: HelpText.discussion(
      en: """
        A contact logged from another number is then marked \"not the official number\". Read the \
        number in the lender's own app or contract, never from a search engine or an SMS. Without \
        options it shows what is recorded. Example:
          debtdeck channel 借呗 --phone 95188 --app \"支付宝 › 借呗 › 客服\" \\
            --source \"支付宝 App\"
        """,
      zh: """
        此后从其他号码打来的联系会被标为“不是官方号码”。请在放贷方自己的 App 或合同里查号码，不要\
        用搜索引擎或短信里的号码。不带选项时显示已记录的内容。例如：
          debtdeck channel 借呗 --phone 95188 --app \"支付宝 › 借呗 › 客服\" \\
            --source \"支付宝 App\"
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(help: HelpText.option(en: "An official phone number. Repeatable.", zh: "官方电话号码。可重复。")) var phone:
    [String] = []
  @Option(help: HelpText.option(en: "The official app or in-app channel.", zh: "官方 App 或 App 内的渠道。")) var app:
    String?
  @Option(
    help: HelpText.option(
      en: "Where you read it (the lender's app, the contract).", zh: "你在哪里看到的（出借方的 App、合同）。")) var source:
    String?

  func run() throws {
    let context = try AppContext(common)
    let portfolio: Portfolio
    if phone.isEmpty && app == nil && source == nil {
      portfolio = try context.load().portfolio
    } else {
      let phones = try phone.map { p -> String in
        let text = try checkedText(p, option: "--phone", maxLength: 40)
        guard OfficialChannel.digits(text).count >= 3 else {
          throw CLIError.usage(
            en: "--phone: “\(text)” has no phone number in it", zh: "--phone：“\(text)” 里没有电话号码")
        }
        return text
      }
      guard let source, !source.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw CLIError.usage(
          en: "--source: say where you read it (the lender's app, the contract)",
          zh: "--source：请写明从哪里看到的（放贷方的 App、合同）")
      }
      let channel = OfficialChannel(
        phones: phones, app: try checkedText(app ?? "", option: "--app"),
        source: try checkedText(source, option: "--source"), recordedOn: context.today)
      portfolio = try context.update { p -> Portfolio in
        let target = try resolve(debt, in: p)
        var file = p.caseFile(for: target.id)
        file.official = channel
        p.cases[target.id] = file
        return p
      }
    }
    let target = try resolve(debt, in: portfolio)
    guard let o = portfolio.cases[target.id]?.official else {
      print(
        context.text(en: "No official channel recorded for \(target.name).", zh: "\(target.name) 尚未记录官方渠道。")
          .terminalSafe)
      return
    }
    let t = context.t
    print(
      (t(en: "Official channel of \(target.name)", zh: "\(target.name) 的官方渠道") + " ("
        + t(en: "recorded \(o.recordedOn), from \(o.source)", zh: "\(o.recordedOn) 记录，来源：\(o.source)") + ")")
        .terminalSafe)
    if !o.phones.isEmpty {
      print(("  " + t(en: "phone: ", zh: "电话：") + o.phones.joined(separator: ", ")).terminalSafe)
    }
    if !o.app.isEmpty { print(("  " + t(en: "app: ", zh: "App：") + o.app).terminalSafe) }
  }
}
