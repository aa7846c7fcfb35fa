import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct TodayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "today", abstract: "The daily brief: what is overdue and what falls due soon.",
    discussion: "Never writes and never waits for the lock, so it is safe in a shell rc file or cron.")

  @OptionGroup var common: CommonOptions
  @Flag(help: "Print JSON.") var json = false
  @Option(help: "Look this many days ahead (default 7).") var days: Int = 7
  @Flag(help: "Print nothing when nothing is overdue or due.") var quiet = false
  @Flag(name: .customLong("fail-if-overdue"), help: "Exit with status 1 when something is overdue.")
  var failIfOverdue = false
  @Flag(help: "Show each reminder's id (for `debtdeck remind done ID`).") var ids = false

  struct Output: Encodable {
    let today: String
    let days: Int
    let overdue: [BriefItemJSON]
    let upcoming: [BriefItemJSON]
    let reminders: [ReminderJSON]
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

  func validate() throws {
    guard (0...366).contains(days) else { throw ValidationError("--days must be 0 to 366") }
  }

  func run() throws {
    try TodayCommand.brief(
      context: AppContext(common), days: days, json: json, quiet: quiet, failIfOverdue: failIfOverdue,
      ids: ids)
  }

  static func brief(context: AppContext, days: Int, json: Bool, quiet: Bool, failIfOverdue: Bool, ids: Bool)
    throws
  {
    // The brief cache when it matches the data file (its cost does not grow with the history),
    // else the whole file. Every debt's status once, shared by the brief and the reminders.
    let portfolio: Portfolio
    let statuses: [String: DebtStatus]
    if let snapshot = BriefCache.read(context.location),
      let fast = snapshot.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays)
    {
      portfolio = snapshot.portfolio
      statuses = fast
    } else {
      portfolio = try context.load().portfolio
      statuses = portfolio.statuses(
        asOf: context.today, dueSoonDays: context.settings.dueSoonDays, includeArchived: false)
    }
    let brief = DailyBrief(
      portfolio: portfolio, today: context.today, days: days, settings: context.settings, statuses: statuses)
    let reminders = ReminderEngine.reminders(
      portfolio: portfolio, settings: context.settings, today: context.today, lookahead: days,
      statuses: statuses)
    defer {
      if failIfOverdue && !brief.overdue.isEmpty {
        StandardStreams.shared.finish()
        Foundation.exit(1)
      }
    }
    if json {
      func item(_ i: DailyBrief.Item) -> BriefItemJSON {
        BriefItemJSON(
          debt: i.debt.id, name: i.debt.name, stage: i.status.stage.rawValue, date: i.date.description,
          amount: i.amount, currency: i.debt.currency.code, daysPastDue: i.daysPastDue,
          penalty: i.status.penalty)
      }
      try printJSON(
        Output(
          today: context.today.description, days: days, overdue: brief.overdue.map(item),
          upcoming: brief.upcoming.map(item),
          reminders: reminders.map {
            ReminderJSON(
              id: $0.id, kind: $0.kind.rawValue, group: TodayCommand.group($0, context.today).rawValue,
              date: $0.date.description, eventDate: $0.eventDate.description, debt: $0.debtID,
              severity: "\($0.severity)", amount: $0.amount, message: context.text($0.message))
          }))
      return
    }
    if reminders.isEmpty {
      if !quiet {
        printOut(
          context.text(
            en: "\(context.today): nothing overdue and nothing due in the next \(days) days.",
            zh: "\(context.today)：没有逾期，未来 \(days) 天内没有到期的还款。"))
      }
      return
    }
    let color = isatty(1) == 1 && (context.environment["NO_COLOR"] ?? "").isEmpty
    printRaw(TodayCommand.renderReminders(reminders, context, showIDs: ids, color: color))
  }

  enum Group: String { case overdue, today, upcoming }

  static func group(_ r: Reminder, _ today: LocalDate) -> Group {
    if r.isOverdue(on: today) { return .overdue }
    return r.date <= today ? .today : .upcoming
  }

  /// The brief as reminders, grouped overdue / today / upcoming, aligned by display width.
  static func renderReminders(_ reminders: [Reminder], _ context: AppContext, showIDs: Bool, color: Bool)
    -> String
  {
    let t = context.t
    let overdue = reminders.filter { group($0, context.today) == .overdue }
    let today = reminders.filter { group($0, context.today) == .today }.sorted { $0.eventDate < $1.eventDate }
    let upcoming = reminders.filter { group($0, context.today) == .upcoming }.sorted {
      $0.eventDate < $1.eventDate
    }
    var out: [String] = [
      t(
        en:
          "DebtDeck — \(context.today): \(overdue.count) overdue, \(today.count) for today, \(upcoming.count) coming up",
        zh: "DebtDeck — \(context.today)：逾期 \(overdue.count) 条，今日 \(today.count) 条，即将到来 \(upcoming.count) 条")
    ]
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
    for (title, items) in [
      (LocalizedText(en: "Overdue", zh: "逾期"), overdue), (LocalizedText(en: "Today", zh: "今日"), today),
      (LocalizedText(en: "Coming up", zh: "即将到来"), upcoming),
    ] where !items.isEmpty {
      out.append("")
      out.append(t(title))
      var table = PlainTable(headers: showIDs ? ["", "", ""] : ["", ""])
      table.showsHeaders = false
      table.maximumColumnWidth = 90
      for r in items {
        let late =
          context.today.days(to: r.date) < 0 && r.kind == .due
          ? t(
            en: " (reminder from \(-context.today.days(to: r.date)) days ago)",
            zh: "（\(-context.today.days(to: r.date)) 天前的提醒）") : ""
        table.add([r.eventDate.description, context.text(r.message) + late] + (showIDs ? [r.id] : []))
      }
      let lines = table.render().split(separator: "\n").map(String.init)
      for (line, r) in zip(lines, items) { out.append("  " + paint(line, r.severity)) }
    }
    return out.joined(separator: "\n")
  }

  static func render(_ brief: DailyBrief, _ context: AppContext) -> String {
    let t = context.t
    var out: [String] = []
    out.append(
      t(
        en:
          "DebtDeck — \(brief.today): \(brief.overdue.count) overdue, \(brief.upcoming.count) due within \(brief.days) days",
        zh:
          "DebtDeck — \(brief.today)：逾期 \(brief.overdue.count) 笔，\(brief.days) 天内到期 \(brief.upcoming.count) 笔"
      ))
    var table = PlainTable(
      headers: [
        t(en: "When", zh: "日期"), t(en: "Debt", zh: "债务"), t(en: "Amount", zh: "金额"),
        t(en: "Stage", zh: "状态"), t(en: "Note", zh: "说明"),
      ],
      alignments: [.left, .left, .right, .left, .left])
    for i in brief.overdue {
      let note =
        i.status.penalty > 0
        ? t(
          en: "incl. penalty \(context.money(i.status.penalty, i.debt.currency))",
          zh: "含罚息 \(context.money(i.status.penalty, i.debt.currency))")
        : t(en: "pay inside the grace period", zh: "请在宽限期内还款")
      table.add([
        i.date.description, i.debt.name, context.money(i.amount, i.debt.currency),
        t(i.status.stage.label) + t(en: " \(i.daysPastDue)d", zh: " \(i.daysPastDue)天"), note,
      ])
    }
    for i in brief.upcoming {
      let n = -i.daysPastDue
      let when =
        n == 0
        ? t(en: "today", zh: "今天")
        : n == 1 ? t(en: "tomorrow", zh: "明天") : t(en: "in \(n) days", zh: "\(n) 天后")
      table.add([
        i.date.description, i.debt.name, context.money(i.amount, i.debt.currency), t(i.status.stage.label),
        when,
      ])
    }
    out.append(table.render())
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
