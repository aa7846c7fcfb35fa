import ArgumentParser
import DebtCore
import DebtStore
import Foundation

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo",
    abstract: HelpText.abstract(
      en: "Write a realistic sample portfolio, in a throwaway directory by default.",
      zh: "写入一套逼真的示例数据，默认放在临时目录中。"),
    discussion: HelpText.discussion(
      en: """
        Five debts relative to today: an overdue 借呗 at M2, a 微粒贷 due in 3 days, a credit card, a 花呗 \
        and a bank loan. Without --data-dir, a new directory under $TMPDIR is used and printed; with --open it \
        is removed when the app ends.
        """,
      zh: """
        五笔以今天为基准的债务：一笔处于 M2 的逾期借呗、一笔 3 天后到期的微粒贷、一张信用卡、一笔\
        花呗和一笔银行贷款。不带 --data-dir 时，会在 $TMPDIR 下新建一个目录并显示其路径；带 --open 时，退出程序后该目录会被删除。
        """))

  @OptionGroup var common: CommonOptions
  @Flag(
    help: HelpText.option(en: "Open the full-screen app on the demo data afterwards.", zh: "之后用演示数据打开全屏界面。"))
  var open = false
  @Flag(
    help: HelpText.option(
      en: "Replace existing data in --data-dir (a backup is kept).", zh: "替换 --data-dir 中已有的数据（会保留备份）。"))
  var force = false

  func run() throws {
    var options = common
    var throwaway: String? = nil
    // A directory made here for `--open` is removed when the app ends: nothing is left in $TMPDIR.
    defer {
      if open, let throwaway { try? FileManager.default.removeItem(atPath: throwaway) }
    }
    if options.dataDir == nil {
      let base = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
      var template = Array("\(base)/debtdeck-demo-XXXXXX".utf8CString)
      guard let made = mkdtemp(&template) else {
        throw CLIError(en: "cannot create a directory in \(base)", zh: "无法在 \(base) 中创建目录", exitCode: 73)
      }
      options.dataDir = String(cString: made)
      throwaway = options.dataDir
    }
    let context = try AppContext(options)
    let demo = DemoPortfolio.make(today: context.today)
    try context.update { portfolio in
      if !portfolio.debts.isEmpty && !force {
        let dir = context.location.dataDirectory
        throw CLIError.usage(
          en: "\(dir) already holds \(portfolio.debts.count) debts; "
            + "use another --data-dir, or --force to replace them (a backup is kept)",
          zh: "\(dir) 里已有 \(portfolio.debts.count) 笔债务；请换一个 --data-dir，或用 --force 替换（会保留备份）")
      }
      portfolio = demo
    }
    if open {
      try launchApp(context)
      return
    }
    printOut(context.location.dataDirectory)
    printError(
      LocalizedText(
        en: "Demo data written. Try: DEBTDECK_HOME=\(context.location.dataDirectory) debtdeck",
        zh: "示例数据已写入。试试：DEBTDECK_HOME=\(context.location.dataDirectory) debtdeck"), context.language)
  }
}
