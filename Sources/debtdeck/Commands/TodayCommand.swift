import ArgumentParser
import DebtCore
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

  struct Output: Encodable {
    let today: String
    let days: Int
    let overdue: [BriefItemJSON]
    let upcoming: [BriefItemJSON]
  }

  func validate() throws {
    guard (0...366).contains(days) else { throw ValidationError("--days must be 0 to 366") }
  }

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let brief = DailyBrief(portfolio: portfolio, today: context.today, days: days, settings: context.settings)
    defer {
      if failIfOverdue && !brief.overdue.isEmpty { Foundation.exit(1) }
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
          upcoming: brief.upcoming.map(item)))
      return
    }
    if brief.isEmpty {
      if !quiet {
        print(
          context.text(
            en: "\(context.today): nothing overdue and nothing due in the next \(days) days.",
            zh: "\(context.today)：没有逾期，未来 \(days) 天内没有到期的还款。"))
      }
      return
    }
    print(TodayCommand.render(brief, context))
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
