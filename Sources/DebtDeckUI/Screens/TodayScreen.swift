import DebtCore
import TerminalUI

/// Today: what is late, then what falls due soon. Opens first every morning.
enum TodayScreen {
  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let items = state.todayItems
    let (head, body) = rect.splitTop(2)
    let overdue = state.brief.overdue.count
    let headline: LocalizedText =
      items.isEmpty
      ? LocalizedText(
        en: "Nothing overdue, nothing due in the next \(state.brief.days) days.",
        zh: "没有逾期，未来 \(state.brief.days) 天内没有到期的还款。")
      : LocalizedText(
        en: "\(overdue) overdue, \(state.brief.upcoming.count) due in the next \(state.brief.days) days",
        zh: "逾期 \(overdue) 笔，未来 \(state.brief.days) 天内到期 \(state.brief.upcoming.count) 笔")
    buffer.put(
      state.t(headline), x: head.x + 1, y: head.y, style: overdue > 0 ? theme.danger : theme.title, clip: head
    )
    guard !items.isEmpty else {
      if state.portfolio.debts.isEmpty {
        buffer.put(
          state.t(LocalizedText(en: "No debts yet: press a to add one.", zh: "还没有债务：按 a 添加。")),
          x: body.x + 1, y: body.y, style: theme.muted, clip: body)
      }
      return
    }
    let table = TableView(
      columns: [
        .init(state.t(LocalizedText(en: "Due", zh: "到期日")), width: 10),
        .init(state.t(LocalizedText(en: "When", zh: "时间")), width: 12),
        .init(state.t(LocalizedText(en: "Debt", zh: "债务")), minimumWidth: 8),
        .init(state.t(LocalizedText(en: "To pay", zh: "应还")), width: 12, alignRight: true),
        .init(state.t(LocalizedText(en: "Stage", zh: "状态")), width: 14),
        .init(state.t(LocalizedText(en: "Penalty", zh: "罚息")), width: 10, alignRight: true),
      ],
      rows: items.map { item in
        [
          item.date.description, state.relative(item.date), item.debt.name,
          state.money(item.amount, item.debt.currency), state.stageText(item.status),
          item.status.penalty > 0 ? state.money(item.status.penalty, item.debt.currency) : "",
        ]
      },
      selected: state.selection[.today] ?? 0)
    table.render(
      into: &buffer, rect: body.inset(by: 0), header: theme.muted.with(underline: true),
      selection: theme.selection
    ) { items[$0].status.stage.style(theme) }
  }
}
