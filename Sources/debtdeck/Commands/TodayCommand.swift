import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct TodayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "today",
    abstract: HelpText.abstract(
      en: "The daily brief: what is overdue and what falls due soon.",
      zh: "每日简报：哪些已逾期，哪些即将到期。"),
    discussion: HelpText.discussion(
      en: """
        Never writes and never waits for the lock, so it is safe in a shell rc file or cron.
        """,
      zh: """
        从不写入数据，也从不等待文件锁，因此可以放心地写进 shell 的 rc 文件或 cron。
        """))

  @OptionGroup var common: CommonOptions
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false
  @Option(help: HelpText.option(en: "Look this many days ahead (default 7).", zh: "向后看多少天（默认 7）。")) var days:
    Int = 7
  @Flag(help: HelpText.option(en: "Print nothing when nothing is overdue or due.", zh: "没有逾期或到期的事项时什么都不输出。"))
  var quiet = false
  @Flag(
    name: .customLong("fail-if-overdue"),
    help: HelpText.option(en: "Exit with status 1 when something is overdue.", zh: "有逾期的事项时以状态 1 退出。"))
  var failIfOverdue = false
  @Flag(
    help: HelpText.option(
      en: "Show each reminder's id (for `debtdeck remind done ID`).",
      zh: "显示每条提醒的编号（用于 `debtdeck remind done ID`）。")) var ids = false

  struct Output: Encodable {
    let today: String
    let days: Int
    let counts: CountsJSON
    let overdue: [BriefItemJSON]
    let upcoming: [BriefItemJSON]
    let reminders: [ReminderJSON]
  }

  struct CountsJSON: Encodable {
    let overdue: Int
    let today: Int
    let comingUp: Int
    let inCourt: Int
  }

  struct ReminderJSON: Encodable {
    let id: String
    let kind: String
    let group: String
    let date: String
    let eventDate: String
    let debt: String?
    let severity: String
    let amount: Int64?
    let message: String
  }

  /// Checked in `run`, not `validate`: the parser would wrap our bilingual error in its own.
  func checkOptions() throws {
    guard (0...366).contains(days) else {
      throw CLIError.usage(en: "--days must be 0 to 366", zh: "--days 须为 0 至 366")
    }
  }

  func run() throws {
    try checkOptions()
    try TodayCommand.brief(
      context: AppContext(common), days: days, json: json, quiet: quiet, failIfOverdue: failIfOverdue,
      ids: ids)
  }

  static func brief(context: AppContext, days: Int, json: Bool, quiet: Bool, failIfOverdue: Bool, ids: Bool)
    throws
  {
    if let warning = DataPermissions.summary(DataPermissions.check(context.location), context.location) {
      printProblem(LocalizedText(en: "warning: " + warning.en, zh: "警告：" + warning.zh), context.language)
    }
    // The brief cache when it matches the data file (its cost does not grow with the history),
    // else the whole file. Every debt's status once, archived ones too (a late archived debt
    // stays in the brief).
    let (portfolio, statuses) = try briefInputs(context)
    let brief = DailyBrief(
      portfolio: portfolio, today: context.today, days: days, settings: context.settings, statuses: statuses)
    // The exit status and the text come from the same brief.
    defer {
      if failIfOverdue && brief.hasOverdue {
        StandardStreams.shared.finish()
        Foundation.exit(1)
      }
    }
    if json {
      func item(_ i: DailyBrief.Item, _ notice: Reminder?) -> BriefItemJSON {
        BriefItemJSON(
          debt: i.debt.id, name: i.debt.name, stage: i.status.stage.rawValue, state: i.state.rawValue,
          date: i.date.description, amount: i.amount, currency: i.debt.currency.code,
          daysPastDue: i.daysPastDue, installment: i.installment, agreed: i.agreed,
          overdueAmount: i.isLate ? i.status.overdueAmount : 0, penalty: i.status.penalty,
          penaltyAccrued: i.status.penaltyAccrued, fees: i.status.fees, notice: notice?.id)
      }
      let c = brief.counts
      let upcoming = (brief.todayRows + brief.comingUpRows).compactMap { row in
        row.item.map { item($0, row.notice) }
      }
      try printJSON(
        Output(
          today: context.today.description, days: days,
          counts: CountsJSON(overdue: c.overdue, today: c.today, comingUp: c.comingUp, inCourt: c.inCourt),
          overdue: brief.overdueRows.compactMap { row in row.item.map { item($0, row.notice) } },
          upcoming: upcoming,
          reminders: brief.notices.map {
            ReminderJSON(
              id: $0.id, kind: $0.kind.rawValue, group: TodayCommand.group($0, in: brief).rawValue,
              date: $0.date.description, eventDate: $0.eventDate.description, debt: $0.debtID,
              severity: "\($0.severity)", amount: $0.amount, message: context.text($0.message))
          }))
      return
    }
    if brief.isEmpty {
      if !quiet { printOut(context.today.description + " · " + context.text(brief.headline)) }
      return
    }
    let color = isatty(1) == 1 && (context.environment["NO_COLOR"] ?? "").isEmpty
    printRaw(TodayCommand.render(brief, portfolio, context, showIDs: ids, color: color))
  }

  /// What the brief and the reminders read: the brief cache when it matches the data file (its
  /// cost does not grow with the history), else the whole file; every debt's status once.
  static func briefInputs(_ context: AppContext) throws -> (Portfolio, [String: DebtStatus]) {
    if let snapshot = BriefCache.read(context.location),
      let fast = snapshot.statuses(
        asOf: context.today, dueSoonDays: context.settings.dueSoonDays, includeArchived: true)
    {
      return (snapshot.portfolio, fast)
    }
    let portfolio = try context.load().portfolio
    return (
      portfolio,
      portfolio.statuses(
        asOf: context.today, dueSoonDays: context.settings.dueSoonDays, includeArchived: true)
    )
  }

  enum Group: String { case overdue, today, upcoming }

  /// Where a notice shows: on an overdue row, or under Today.
  static func group(_ r: Reminder, in brief: DailyBrief) -> Group {
    brief.overdueRows.contains { $0.notice?.id == r.id } ? .overdue : .today
  }

  /// The brief in three sections — overdue, today, coming up — aligned by display width. Each
  /// line's notice id (with `--ids`) is what `debtdeck remind done|snooze|dismiss` takes.
  static func render(
    _ brief: DailyBrief, _ portfolio: Portfolio, _ context: AppContext, showIDs: Bool, color: Bool
  ) -> String {
    let t = context.t
    var out: [String] = [("DebtDeck — \(context.today) · " + t(brief.headline)).terminalSafe]
    func paint(_ raw: String, _ severity: Reminder.Severity) -> String {
      // Colored output goes out raw (for its escape codes), so the data in it is escaped here.
      let text = raw.terminalSafe
      guard color else { return text }
      switch severity {
      case .danger: return "\u{1B}[1;31m" + text + "\u{1B}[0m"
      case .warning: return "\u{1B}[33m" + text + "\u{1B}[0m"
      case .info: return text
      }
    }
    for (title, rows) in [
      (DailyBrief.overdueTitle, brief.overdueRows), (DailyBrief.todayTitle, brief.todayRows),
      (DailyBrief.comingUpTitle(days: brief.days), brief.comingUpRows),
    ] where !rows.isEmpty {
      out.append("")
      out.append(t(title))
      var table = PlainTable(
        headers: showIDs ? ["", "", "", ""] : ["", "", ""],
        alignments: showIDs ? [.left, .left, .right, .left] : [.left, .left, .right])
      table.showsHeaders = false
      // Nothing is cut: a long line is a long line.
      table.maximumColumnWidth = 1_000
      for row in rows {
        var message = context.text(row.message)
        if let notice = row.notice, row.item == nil, notice.date < context.today, notice.kind == .due {
          let ago = notice.date.days(to: context.today)
          message += t(en: " (reminder from \(ago == 1 ? "1 day" : "\(ago) days") ago)", zh: "（\(ago) 天前的提醒）")
        }
        let currency = row.item?.debt.currency ?? row.debtID.flatMap { portfolio.debt(id: $0)?.currency }
        let amount = row.amount.flatMap { a in currency.map { context.money(a, $0) } } ?? ""
        table.add([row.date.description, message, amount] + (showIDs ? [row.notice?.id ?? ""] : []))
      }
      let lines = table.render().split(separator: "\n").map(String.init)
      for (line, row) in zip(lines, rows) {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        out.append("  " + paint(line, row.severity))
      }
    }
    return out.joined(separator: "\n")
  }

}

/// `debtdeck today` with plain options, parsed without the argument parser: the brief runs in
/// every new shell, and building the parser's whole command tree costs more than the brief
/// itself. Anything it does not recognise (help, `--days=7`, a typo) goes to the parser, which
/// gives the usual messages.
struct TodayFastPath {
  var days = 7
  var json = false
  var quiet = false
  var failIfOverdue = false
  var ids = false
  var dataDir: String?
  var language: Language?

  init?(_ arguments: [String]) {
    guard arguments.first == "today" else { return nil }
    var i = 1
    while i < arguments.count {
      switch arguments[i] {
      case "--json": json = true
      case "--quiet": quiet = true
      case "--fail-if-overdue": failIfOverdue = true
      case "--ids": ids = true
      case "--days", "--data-dir", "--lang":
        guard i + 1 < arguments.count else { return nil }
        let value = arguments[i + 1]
        switch arguments[i] {
        case "--days":
          guard let n = Int(value), (0...366).contains(n) else { return nil }
          days = n
        case "--data-dir":
          guard !value.hasPrefix("-") else { return nil }
          dataDir = value
        default:
          guard let l = Language(argument: value) else { return nil }
          language = l
        }
        i += 1
      default: return nil
      }
      i += 1
    }
  }

  func run() throws {
    try TodayCommand.brief(
      context: AppContext(dataDir: dataDir, language: language), days: days, json: json, quiet: quiet,
      failIfOverdue: failIfOverdue, ids: ids)
  }
}
