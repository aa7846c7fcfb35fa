import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: HelpText.abstract(
      en: "Write the data out: CSV, JSON (a full backup), an hledger journal, or iCalendar.",
      zh: "导出数据：CSV、JSON 备份、hledger 或 iCalendar。"),
    discussion: HelpText.discussion(
      en: """
          debtdeck export --format csv --kind debts --out debts.csv
          debtdeck export --format csv --kind payments
          debtdeck export --format json --out backup.json
          debtdeck export --format ics --out debts.ics    # due dates, with alarms
          debtdeck export --format hledger --out debts.journal
        CSV cells that a spreadsheet would run as a formula (=, +, -, @) are written as text. An \
        hledger journal can be read with `hledger -f debts.journal bal`.
        """,
      zh: """
          debtdeck export --format csv --kind debts --out debts.csv
          debtdeck export --format csv --kind payments
          debtdeck export --format json --out backup.json
          debtdeck export --format ics --out debts.ics    # 还款日，带闹钟提醒
          debtdeck export --format hledger --out debts.journal
        电子表格会当作公式执行的单元格（以 =、+、-、@ 开头）会作为文本写出。hledger 账本可用 `hledger -f debts.journal bal` 查看。
        """))

  enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json, ics, hledger }
  enum Kind: String, ExpressibleByArgument, CaseIterable { case debts, payments }

  @OptionGroup var common: CommonOptions
  @Option(help: HelpText.option(en: "csv, json, hledger or ics.", zh: "csv、json、hledger 或 ics。")) var format:
    Format
  @Option(help: HelpText.option(en: "For CSV: debts or payments.", zh: "用于 CSV：debts（债务）或 payments（还款）。"))
  var kind: Kind = .debts
  @Option(
    help: HelpText.option(
      en: "Write to this file (0600) instead of standard output.", zh: "写入这个文件（权限 0600），而不是标准输出。")) var out:
    String?

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let bytes: [UInt8]
    switch format {
    case .csv:
      let text =
        kind == .debts ? CSVWriter.debts(portfolio, today: context.today) : CSVWriter.payments(portfolio)
      bytes = Array(text.utf8)
    case .json:
      // The same data, with DEL, C1 controls, bidi overrides and U+2028 as \u escapes, so that
      // `cat` of the export cannot talk to the terminal.
      bytes = Array(
        SafeText.escapeJSON(String(decoding: try PortfolioStore.encode(portfolio), as: UTF8.self)).utf8)
    case .hledger:
      bytes = Array(HledgerJournal.document(portfolio, today: context.today).utf8)
    case .ics:
      bytes = Array(
        ICalendar.document(
          portfolio: portfolio, settings: context.settings, today: context.today, language: context.language
        ).utf8)
    }
    guard let out else {
      // To a terminal, control characters from the data are shown escaped; to a file or a pipe,
      // the data goes out exactly.
      if isatty(1) == 1 {
        printOut(
          String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .map { String($0).terminalSafe }.joined(separator: "\n"), terminator: "")
      } else {
        printRaw(String(decoding: bytes, as: UTF8.self), terminator: "")
      }
      return
    }
    do {
      try AtomicFile.write(bytes, to: out)
    } catch {
      throw CLIError.from(error)
    }
    printError(LocalizedText(en: "Wrote \(out).", zh: "已写入 \(out)。"), context.language)
  }
}
