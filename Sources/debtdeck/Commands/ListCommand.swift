import ArgumentParser
import DebtCore
import TerminalUI

struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: HelpText.abstract(
      en: "List debts with balance, next due date and stage.",
      zh: "列出债务：余额、下次还款日和阶段。"))

  @OptionGroup var common: CommonOptions
  @Flag(
    help: HelpText.option(
      en: "Print JSON (see README, \"JSON output\").", zh: "输出 JSON（见 README 的“JSON output”一节）。")) var json =
    false
  @Flag(help: HelpText.option(en: "Include archived debts.", zh: "包括已归档的债务。")) var all = false

  func run() throws {
    let context = try AppContext(common)
    let portfolio = try context.load().portfolio
    let statuses = portfolio.statuses(
      asOf: context.today, dueSoonDays: context.settings.dueSoonDays, includeArchived: all)
    let rows = portfolio.debts.compactMap { debt in statuses[debt.id].map { (debt, $0) } }
    if json {
      try printJSON(rows.map { DebtSummaryJSON($0.0, $0.1) })
      return
    }
    if rows.isEmpty {
      printOut(
        context.text(
          en: "No debts yet. Add one with `debtdeck add`, or try `debtdeck demo`.",
          zh: "还没有债务。用 `debtdeck add` 添加，或试试 `debtdeck demo`。"))
      return
    }
    var table = PlainTable(
      headers: [
        "ID", context.text(en: "Name", zh: "名称"), context.text(en: "Lender", zh: "机构"),
        context.text(en: "Balance", zh: "待还"), context.text(en: "Next due", zh: "下次还款"),
        context.text(en: "Amount", zh: "金额"), context.text(en: "Stage", zh: "状态"),
      ],
      alignments: [.left, .left, .left, .right, .left, .right, .left])
    var totals: [Currency: Int64] = [:]
    for (debt, status) in rows {
      totals[debt.currency, default: 0] += status.payoffAmount
      table.add([
        debt.id, debt.name, debt.lender, context.money(status.payoffAmount, debt.currency),
        status.nextPayment?.date.description ?? "—",
        status.nextPayment.map { context.money($0.amount, debt.currency) } ?? "—",
        context.text(status.stage.label)
          + (status.daysPastDue > 0
            ? context.text(en: " (\(status.daysPastDue)d)", zh: "（\(status.daysPastDue)天）") : ""),
      ])
    }
    printOut(table.render())
    let sums = totals.sorted { $0.key.code < $1.key.code }.map { context.money($0.value, $0.key) }
    printOut(context.text(en: "Total owed: ", zh: "合计待还：") + sums.joined(separator: " + "))
    // Archived debts still owed are left out only with a word saying so.
    if !all {
      let hidden = portfolio.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays)
      let owed = portfolio.debts.filter { $0.archived && (hidden[$0.id]?.payoffAmount ?? 0) > 0 }
      if !owed.isEmpty {
        var sums: [Currency: Int64] = [:]
        for d in owed { sums[d.currency, default: 0] += hidden[d.id]?.payoffAmount ?? 0 }
        let text = sums.sorted { $0.key.code < $1.key.code }.map { context.money($0.value, $0.key) }
          .joined(separator: " + ")
        printOut(
          context.text(
            en:
              "Not counted: \(owed.count) archived debt\(owed.count == 1 ? "" : "s") still owing \(text) (list --all shows them)",
            zh: "未计入：\(owed.count) 笔已归档债务仍欠 \(text)（list --all 可查看）"))
      }
    }
  }
}
