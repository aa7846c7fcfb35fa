import DebtCore
import TerminalUI

/// Debts: every debt in a table, with a live filter (`/`) and sorting (`s`).
enum DebtsScreen {
  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    let (head, body) = rect.splitTop(1)
    let debts = state.visibleDebts
    if state.filterEditing || !state.filter.text.isEmpty {
      let label = state.t(LocalizedText(en: "Filter: ", zh: "筛选："))
      let w = buffer.put(label, x: head.x + 1, y: head.y, style: theme.accent, clip: head)
      state.filter.render(
        into: &buffer,
        rect: Rect(x: head.x + 1 + w, y: head.y, width: min(40, head.width - w - 1), height: 1),
        style: theme.base, focused: state.filterEditing)
    } else {
      let count = state.t(LocalizedText(en: "\(debts.count) debts", zh: "共 \(debts.count) 笔"))
      buffer.put(count, x: head.x + 1, y: head.y, style: theme.muted, clip: head)
    }
    guard !debts.isEmpty else {
      let text =
        state.portfolio.debts.isEmpty
        ? LocalizedText(
          en: "No debts yet: press \(state.key(.add, in: .list)) to add one.",
          zh: "还没有债务：按 \(state.key(.add, in: .list)) 添加。")
        : LocalizedText(
          en: "No debt matches the filter. \(state.key(.back, in: .debts)) clears it.",
          zh: "没有符合筛选的债务。按 \(state.key(.back, in: .debts)) 清除。")
      buffer.put(state.t(text), x: body.x + 1, y: body.y + 1, style: theme.muted, clip: body)
      return
    }
    // From 110 columns the stage gets the room its longest text needs (up to 22 columns).
    let longestStage = debts.compactMap { state.statuses[$0.id].map { state.stageText($0).displayWidth } }
      .max()
    let stageWidth = body.width >= 110 ? min(22, max(14, longestStage ?? 0)) : 14
    // The columns that fit: Name stays first and readable; the lender goes first, then the APR,
    // then the next date, as the window narrows.
    let all: [TableView.Column] = [
      .init(state.t(LocalizedText(en: "Name", zh: "名称")), minimumWidth: 8),
      .init(state.t(LocalizedText(en: "Lender", zh: "机构")), minimumWidth: 6),
      .init(state.t(LocalizedText(en: "Balance", zh: "待还")), width: 13, alignRight: true),
      .init(state.t(LocalizedText(en: "Next due", zh: "下次还款")), width: 10),
      .init(state.t(LocalizedText(en: "Stage", zh: "状态")), width: stageWidth),
      .init(state.t(LocalizedText(en: "True APR", zh: "真实年化")), width: 8, alignRight: true),
    ]
    let shown = visibleColumns(width: body.width)
    var table = TableView(
      columns: shown.map { all[$0] },
      count: debts.count,
      row: { index in
        let debt = debts[index]
        let status = state.statuses[debt.id]
        let cells: [String] = [
          (debt.archived ? "▪ " : "") + debt.name, debt.lender,
          status.map { state.money($0.payoffAmount, debt.currency) } ?? "",
          status?.nextPayment?.date.description ?? "—",
          status.map { state.stageText($0) } ?? "",
          state.trueAPRs[debt.id].map { formatPercent($0.simple * 100) } ?? "—",
        ]
        return shown.map { cells[$0] }
      },
      selected: state.selection[.debts] ?? 0)
    table.sortColumn = shown.firstIndex(of: state.sortColumn)
    table.sortAscending = state.sortAscending
    table.render(
      into: &buffer, rect: body, header: theme.muted.with(underline: true), selection: theme.selection
    ) {
      let debt = debts[$0]
      return debt.archived ? theme.muted : (state.statuses[debt.id]?.stage.style(theme) ?? theme.base)
    }
  }
}

extension DebtsScreen {
  /// Which of the six columns (name, lender, balance, next due, stage, APR) are drawn at `width`:
  /// all from 80 columns; the lender, then the APR, then the next date leave below, so that the
  /// name keeps at least 16 columns down to the smallest window.
  static func visibleColumns(width: Int) -> [Int] {
    if width >= 80 { return [0, 1, 2, 3, 4, 5] }
    if width >= 66 { return [0, 2, 3, 4, 5] }
    if width >= 58 { return [0, 2, 3, 4] }
    return [0, 2, 4]
  }
}

/// `18.25%`, exact to two decimals without Foundation's formatter.
func formatPercent(_ value: Double) -> String {
  let hundredths = Int((value * 100).rounded())
  let fraction = hundredths % 100
  return "\(hundredths / 100).\(fraction < 10 ? "0" : "")\(fraction)%"
}
