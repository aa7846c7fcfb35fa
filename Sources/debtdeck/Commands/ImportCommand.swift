import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct ImportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "import",
    abstract: HelpText.abstract(
      en: "Bring data in: debts or payments from CSV, or a full JSON backup.",
      zh: "导入数据：CSV 中的债务或还款，或完整的 JSON 备份。"),
    discussion: HelpText.discussion(
      en: """
          debtdeck import --format csv --kind debts 借款.csv --dry-run
          debtdeck import --format csv --kind payments 还款记录.csv
        CSV columns are found by their header, in English or Chinese: debts need name/名称, \
        principal/本金 and start/借款日 (also lender/平台, kind/类型, rate/年化利率|日利率|月利率, method/还款方式, \
        term/期数, dueDay/还款日, grace/宽限期, currency/币种, notes/备注); payments need debt/债务 (id or name), \
        date/日期 and amount/金额 (note/备注).
        Amounts like ¥1,234.50 and dates like 2026/3/5 or 2026年3月5日 are read as written. UTF-8 (with \
        or without BOM), UTF-16 and GB18030/GBK are recognised; --encoding chooses. A wrong row is \
        reported with its line and nothing is imported, unless --skip-bad-rows; rows already there \
        (same content) are skipped as duplicates. --dry-run says what would be added.
          debtdeck import --format json backup.json            # into an empty data dir
          debtdeck import --format json backup.json --replace  # a backup is kept
          debtdeck import --format json backup.json --dry-run  # what would change
        The file is checked like the data file itself: older versions are upgraded, newer ones and \
        damaged files are refused with the file, line and reason; nothing is changed then.
        """,
      zh: """
          debtdeck import --format csv --kind debts 借款.csv --dry-run
          debtdeck import --format csv --kind payments 还款记录.csv
        CSV 的列按表头识别，中英文均可：债务需要 名称/name、本金/principal 和 借款日/start（可选\
        ：平台/lender、类型/kind、年化利率|日利率|月利率/rate、还款方式/method、期数/term、还款日\
        /dueDay、宽限期/grace、币种/currency、备注/notes）；还款需要 债务/debt（编号或名称）、日\
        期/date 和 金额/amount（可选 备注/note）。
        ¥1,234.50 这样的金额和 2026/3/5、2026年3月5日 这样的日期按原样读取。可识别 UTF-8（带或不\
        带 BOM）、UTF-16 和 GB18030/GBK；也可用 --encoding 指定。有错的行会连同行号一起报告，并且\
        不导入任何内容，除非加 --skip-bad-rows；已存在（内容相同）的行作为重复跳过。--dry-run 只\
        显示将要添加的内容。
          debtdeck import --format json backup.json             # 导入空目录
          debtdeck import --format json backup.json --replace   # 会保留备份
          debtdeck import --format json backup.json --dry-run   # 显示将有的变化
        文件的检查和数据文件本身一样：旧版本会被升级；新版本或损坏的文件会被拒绝，并说明文件、行\
        号和原因，此时不做任何改动。
        """))

  enum Format: String, ExpressibleByArgument, CaseIterable { case json, csv }

  @OptionGroup var common: CommonOptions
  @Option(help: HelpText.option(en: "csv or json.", zh: "csv 或 json。")) var format: Format
  @Option(help: HelpText.option(en: "For CSV: debts or payments.", zh: "用于 CSV：debts（债务）或 payments（还款）。"))
  var kind: CSVKind?
  @Option(
    help: HelpText.option(
      en: "For CSV: auto (default), utf-8, utf-16, gb18030, gbk.",
      zh: "用于 CSV：auto（默认）、utf-8、utf-16、gb18030、gbk。")) var encoding: TextDecoding.Encoding =
      .auto
  @Flag(
    name: .customLong("skip-bad-rows"),
    help: HelpText.option(
      en: "For CSV: import the good rows and report the bad ones.", zh: "用于 CSV：导入正确的行，并报告有错的行。"))
  var skipBadRows = false
  @Argument(help: HelpText.option(en: "The file to import.", zh: "要导入的文件。")) var file: String
  @Flag(
    help: HelpText.option(
      en: "Replace existing data (the current file is kept as a backup).", zh: "替换已有的数据（当前文件会保留为备份）。"))
  var replace = false
  @Flag(
    name: .customLong("dry-run"),
    help: HelpText.option(en: "Show what would change; change nothing.", zh: "只显示会改变什么，什么都不改。")) var dryRun =
    false

  func run() throws {
    let context = try AppContext(common)
    if format == .csv {
      try importCSV(context)
      return
    }
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
      let dir = context.location.dataDirectory
      throw CLIError.usage(
        en: "\(dir) already holds \(current.debts.count) debts; "
          + "add --replace to replace them with \(file) (a backup is kept), or --dry-run to compare",
        zh: "\(dir) 里已有 \(current.debts.count) 笔债务；加 --replace 可用 \(file) 替换（会保留备份），或用 --dry-run 先比较")
    }
    if dryRun {
      printOut(
        t(
          en:
            "Would import \(summary), replacing \(current.debts.count) debts and \(current.payments.count) payments.",
          zh: "将导入\(summary)，替换现有 \(current.debts.count) 笔债务和 \(current.payments.count) 条还款。"))
      return
    }
    try context.update { $0 = incoming }
    printOut(t(en: "Imported \(summary).", zh: "已导入\(summary)。"))
  }
}

enum CSVKind: String, ExpressibleByArgument, CaseIterable {
  case debts, payments
  var importKind: CSVImport.Kind { self == .debts ? .debts : .payments }
}

extension TextDecoding.Encoding: ExpressibleByArgument {}

extension ImportCommand {
  /// The CSV file as text, in the encoding given or found.
  func decodedText() throws -> String {
    let read: [UInt8]?
    do {
      read = try RegularFile.read(file)
    } catch {
      throw CLIError.from(error)
    }
    guard let bytes = read else {
      throw CLIError.from(StoreError.io(file: file, operation: "open", errno: ENOENT))
    }
    do {
      return try TextDecoding.decode(bytes, as: encoding).0
    } catch {
      throw CLIError.data(en: "\(file): \(error.text.en)", zh: "\(file)：\(error.text.zh)")
    }
  }

  func importCSV(_ context: AppContext) throws {
    guard let kind else {
      throw CLIError.usage(
        en: "--kind: say whether \(file) holds debts or payments",
        zh: "--kind：请说明 \(file) 里是债务（debts）还是还款（payments）")
    }
    // The file's bytes are let go once decoded; the rows are read from the text one at a time.
    var text: String? = try decodedText()
    let t = context.t
    /// Reads every row of the text into a session on `portfolio`; on a terminal, a progress line.
    func readAll(into portfolio: Portfolio, progress: Bool) throws -> CSVImport.Result {
      var session: CSVImport.Session?
      var count = 0
      do {
        try CSVReader.forEachRow(text ?? "") { row in
          guard session != nil else {
            session = CSVImport.Session(
              header: row, kind: kind.importKind, into: portfolio, currency: context.settings.currency,
              today: context.today)
            return
          }
          session?.read(row)
          count += 1
          if progress && count % 50_000 == 0 {
            StandardStreams.shared.err(
              t(en: "\r  \(LocalizedText.rows(count).en) read…", zh: "\r  已读取 \(count) 行…"))
          }
        }
      } catch {
        throw CLIError.data(
          en: "\(file):\(error.line): \(error.text.en)", zh: "\(file):\(error.line)：\(error.text.zh)")
      }
      if progress && count >= 50_000 { StandardStreams.shared.err("\r\u{1B}[K") }
      return
        (session
        ?? CSVImport.Session(
          header: nil, kind: kind.importKind, into: portfolio, currency: context.settings.currency,
          today: context.today)).result
    }
    func report(_ result: CSVImport.Result) {
      for p in result.problems {
        let column = p.column.map { LocalizedText(en: "column “\($0)”: ", zh: "“\($0)”列：") }
        printError(
          LocalizedText(
            en: "\(file):\(p.line): " + (column?.en ?? "") + p.message.en,
            zh: "\(file):\(p.line)：" + (column?.zh ?? "") + p.message.zh), context.language)
      }
    }
    /// `payments`: how many were read (the result may keep only the first few).
    func summary(_ r: CSVImport.Result, payments: Int) -> String {
      var parts = [
        kind == .debts
          ? t(en: r.debts.count == 1 ? "1 debt" : "\(r.debts.count) debts", zh: "\(r.debts.count) 笔债务")
          : t(en: payments == 1 ? "1 payment" : "\(payments) payments", zh: "\(payments) 条还款")
      ]
      if !r.duplicates.isEmpty {
        let lines = r.duplicates.prefix(10).map(String.init).joined(separator: ", ")
        parts.append(
          t(
            en:
              "\(r.duplicates.count) duplicate \(r.duplicates.count == 1 ? "row" : "rows") skipped (lines \(lines))",
            zh: "跳过 \(r.duplicates.count) 行重复（第 \(lines) 行）"))
      }
      if !r.problems.isEmpty {
        parts.append(
          t(en: "\(LocalizedText.rows(r.badRows).en) with problems left out", zh: "\(r.badRows) 行有问题未导入"))
      }
      return parts.joined(separator: t(en: "; ", zh: "；"))
    }
    func listing(_ r: CSVImport.Result, payments: Int, _ portfolio: Portfolio) {
      var table = PlainTable(headers: ["", "", "", ""])
      table.showsHeaders = false
      for d in r.debts {
        table.add([d.id, d.name, Money.format(d.principal, d.currency), d.startDate.description])
      }
      // The first rows only: a listing of a million payments helps no one and costs memory.
      let shown = 20
      for p in r.payments.prefix(shown) {
        let debt = portfolio.debt(id: p.debt)
        table.add([
          p.id, debt?.name ?? p.debt, Money.format(p.amount, debt?.currency ?? .cny), p.date.description,
        ])
      }
      if !table.rows.isEmpty { printOut(table.render()) }
      if payments > shown {
        let more = payments - shown
        printOut(t(en: "… and \(more) more payments", zh: "……另有 \(more) 条还款"))
      }
    }
    if dryRun {
      let portfolio = try context.load().portfolio
      let result = try readAll(into: portfolio, progress: false)
      report(result)
      printOut(
        t(en: "Would add ", zh: "将添加") + summary(result, payments: result.payments.count)
          + t(en: ".", zh: "。"))
      listing(result, payments: result.payments.count, portfolio)
      if !result.problems.isEmpty && !skipBadRows {
        StandardStreams.shared.finish()
        Foundation.exit(65)
      }
      return
    }
    // A long import on a terminal says how far it got, on one line of stderr.
    let (result, added, portfolio) = try context.update { portfolio -> (CSVImport.Result, Int, Portfolio) in
      var result = try readAll(into: portfolio, progress: isatty(2) == 1)
      text = nil
      if !result.problems.isEmpty && !skipBadRows {
        report(result)
        throw CLIError.data(
          LocalizedText(
            en:
              "\(file): \(LocalizedText.rows(result.badRows).en) \(result.badRows == 1 ? "has" : "have") problems, "
              + "so nothing was imported; "
              + "fix \(result.badRows == 1 ? "it" : "them"), or add --skip-bad-rows to import the others",
            zh: "\(file)：有 \(result.badRows) 行有问题，因此没有导入任何内容；请修正，或加 --skip-bad-rows 只导入其余的行"))
      }
      for d in result.debts { CSVImport.insert(d, into: &portfolio) }
      portfolio.payments.reserveCapacity(portfolio.payments.count + result.payments.count)
      for p in result.payments { CSVImport.insert(p, into: &portfolio) }
      // While the file is saved, only what the listing shows is kept twice.
      let added = result.payments.count
      result.payments = Array(result.payments.prefix(20))
      return (result, added, portfolio)
    }
    report(result)
    printOut(t(en: "Imported ", zh: "已导入") + summary(result, payments: added) + t(en: ".", zh: "。"))
    listing(result, payments: added, portfolio)
  }
}
