import ArgumentParser
import DebtCore
import DebtStore
import Foundation

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: "Bring data in: a full JSON backup made by `debtdeck export --format json`.",
    discussion: """
      debtdeck import --format json backup.json            # into an empty data directory
      debtdeck import --format json backup.json --replace  # over existing data (a backup is kept)
      debtdeck import --format json backup.json --dry-run  # say what would change
      The file is checked like the data file itself: older versions are upgraded, newer ones and
      damaged files are refused with the file, line and reason; nothing is changed then.
      """)

  enum Format: String, ExpressibleByArgument, CaseIterable { case json }

  @OptionGroup var common: CommonOptions
  @Option(help: "json.") var format: Format
  @Argument(help: "The file to import.") var file: String
  @Flag(help: "Replace existing data (the current file is kept as a backup).") var replace = false
  @Flag(name: .customLong("dry-run"), help: "Show what would change; change nothing.") var dryRun = false

  func run() throws {
    let context = try AppContext(common)
    let store = context.store
    let incoming: Portfolio
    do {
      incoming = try store.read(file)
    } catch {
      throw CLIError.from(error)
    }
    let current = try context.load().portfolio
    let t = context.t
    let summary = t(
      en: "\(incoming.debts.count) debts and \(incoming.payments.count) payments",
      zh: "\(incoming.debts.count) 笔债务、\(incoming.payments.count) 条还款")
    if !current.debts.isEmpty && !replace {
      throw CLIError.usage(
        "\(context.location.dataDirectory) already holds \(current.debts.count) debts; "
          + "add --replace to replace them with \(file) (a backup is kept), or --dry-run to compare")
    }
    if dryRun {
      print(
        t(
          en:
            "Would import \(summary), replacing \(current.debts.count) debts and \(current.payments.count) payments.",
          zh: "将导入\(summary)，替换现有 \(current.debts.count) 笔债务和 \(current.payments.count) 条还款。"))
      return
    }
    try context.update { $0 = incoming }
    print(t(en: "Imported \(summary).", zh: "已导入\(summary)。"))
  }
}
