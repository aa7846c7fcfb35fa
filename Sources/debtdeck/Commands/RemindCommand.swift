import ArgumentParser
import DebtCore
import DebtDeckUI

struct RemindCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "remind",
    abstract: HelpText.abstract(
      en: "Act on reminders from the shell, and set follow-ups.",
      zh: "在命令行处理提醒，并设置跟进事项。"),
    discussion: HelpText.discussion(
      en: """
        The ids are shown by `debtdeck today --ids`.
          debtdeck remind done ID
          debtdeck remind snooze ID --days 3     # or --until 2026-12-01
          debtdeck remind dismiss ID
          debtdeck remind add --date 2026-11-27 --text \"call 微众银行\" --debt 微粒贷
        """,
      zh: """
        提醒的编号可用 `debtdeck today --ids` 查看。
          debtdeck remind done ID
          debtdeck remind snooze ID --days 3     # 或 --until 2026-12-01
          debtdeck remind dismiss ID
          debtdeck remind add --date 2026-11-27 --text \"回电微众银行\" --debt 微粒贷
        """),
    subcommands: [Done.self, Snooze.self, Dismiss.self, Add.self])

  struct Done: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: HelpText.abstract(
        en: "Mark a reminder done: it never returns.",
        zh: "把提醒标为已完成：不会再出现。"))
    @OptionGroup var common: CommonOptions
    @Argument(help: HelpText.option(en: "The reminder's id.", zh: "提醒的编号。")) var id: String
    func run() throws {
      let context = try AppContext(common)
      try RemindCommand.set(id, .done(on: context.today), context)
    }
  }

  struct Dismiss: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: HelpText.abstract(
        en: "Dismiss a reminder without doing it.",
        zh: "不处理而直接忽略一条提醒。"))
    @OptionGroup var common: CommonOptions
    @Argument(help: HelpText.option(en: "The reminder's id.", zh: "提醒的编号。")) var id: String
    func run() throws {
      let context = try AppContext(common)
      try RemindCommand.set(id, .dismissed(on: context.today), context)
    }
  }

  struct Snooze: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: HelpText.abstract(
        en: "Hide a reminder until a date; it comes back then.",
        zh: "暂时隐藏提醒，到指定日期再出现。"))
    @OptionGroup var common: CommonOptions
    @Argument(help: HelpText.option(en: "The reminder's id.", zh: "提醒的编号。")) var id: String
    @Option(help: HelpText.option(en: "Days to snooze (default 1).", zh: "推迟的天数（默认 1）。")) var days: Int?
    @Option(help: HelpText.option(en: "Snooze until this date.", zh: "推迟到这一天。")) var until: String?
    func run() throws {
      let context = try AppContext(common)
      guard (days ?? 1) > 0, (days ?? 1) <= 366 else {
        throw CLIError.usage(en: "--days: 1 to 366", zh: "--days：1 至 366")
      }
      let date =
        try until.map { try parseDate($0, option: "--until") } ?? context.today.adding(days: days ?? 1)
      guard date > context.today else {
        throw CLIError.usage(en: "--until: \(date) is not after today", zh: "--until：\(date) 不晚于今天")
      }
      try RemindCommand.set(id, .snoozed(until: date), context)
    }
  }

  struct Add: ParsableCommand {
    static let configuration = CommandConfiguration(
      abstract: HelpText.abstract(
        en: "Set a follow-up: a reminder on a date.",
        zh: "设置跟进事项：在某天提醒。"))
    @OptionGroup var common: CommonOptions
    @Option(help: HelpText.option(en: "When to be reminded.", zh: "什么时候提醒。")) var date: String
    @Option(help: HelpText.option(en: "What to do.", zh: "要做的事。")) var text: String
    @Option(help: HelpText.option(en: "The debt it concerns (id or name).", zh: "相关的债务（编号或名称）。")) var debt:
      String?
    func run() throws {
      let context = try AppContext(common)
      let when = try parseDate(date, option: "--date")
      let text = try checkedText(text, option: "--text", maxLength: 2000)
      let id = try context.update { portfolio -> String in
        let debtID = try debt.map { try resolve($0, in: portfolio).id }
        guard
          case .removeFollowUp(let id)? = PortfolioChange.addFollowUp(
            FollowUp(id: "", debt: debtID, date: when, text: text)
          ).apply(to: &portfolio)
        else { return "" }
        return id
      }
      printOut(id)
    }
  }

  static func set(_ id: String, _ state: ReminderState, _ context: AppContext) throws {
    try context.update { portfolio in
      let known = ReminderEngine.isKnown(
        id, portfolio: portfolio, settings: context.settings, today: context.today)
      guard known else {
        throw CLIError.usage(
          en: "no open reminder has the id “\(id)”; `debtdeck today --ids` lists them",
          zh: "没有编号为 “\(id)” 的待办提醒；`debtdeck today --ids` 可列出全部")
      }
      portfolio.reminderStates[id] = state
    }
  }
}
