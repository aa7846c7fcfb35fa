import ArgumentParser
import DebtCore
import DebtStore
import Foundation

struct DemoCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "demo", abstract: "Write a realistic sample portfolio, in a throwaway directory by default.",
    discussion: """
      Five debts relative to today: an overdue 借呗 at M2, a 微粒贷 due in 3 days, a credit card,
      a 花呗 and a bank loan. Without --data-dir, a new directory under $TMPDIR is used and printed;
      with --open it is removed when the app ends.
      """)

  @OptionGroup var common: CommonOptions
  @Flag(help: "Open the full-screen app on the demo data afterwards.") var open = false
  @Flag(help: "Replace existing data in --data-dir (a backup is kept).") var force = false

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
        throw CLIError(message: "cannot create a directory in \(base)", exitCode: 73)
      }
      options.dataDir = String(cString: made)
      throwaway = options.dataDir
    }
    let context = try AppContext(options)
    let demo = DemoPortfolio.make(today: context.today)
    try context.update { portfolio in
      if !portfolio.debts.isEmpty && !force {
        throw CLIError.usage(
          "\(context.location.dataDirectory) already holds \(portfolio.debts.count) debts; "
            + "use another --data-dir, or --force to replace them (a backup is kept)")
      }
      portfolio = demo
    }
    if open {
      try launchApp(context)
      return
    }
    printOut(context.location.dataDirectory)
    printError(
      context.text(
        en: "Demo data written. Try: DEBTDECK_HOME=\(context.location.dataDirectory) debtdeck",
        zh: "示例数据已写入。试试：DEBTDECK_HOME=\(context.location.dataDirectory) debtdeck"))
  }
}
