import DebtCore
import TerminalUI

/// The pager's part of the app logic: scrolling and searching the long text that is open.
extension AppLogic {
  /// Scrolls or searches the open pager; false when no pager is open or the action is not for it.
  static func performPager(_ action: Action, _ state: inout AppState) -> Bool {
    guard let overlay = state.overlay, var pager = overlay.pager else { return false }
    let command: Pager.Command
    switch action {
    case .moveUp: command = .up
    case .moveDown: command = .down
    case .pageUp: command = .pageUp
    case .pageDown: command = .pageDown
    case .moveFirst: command = .top
    case .moveLast: command = .bottom
    case .search: command = .startSearch
    case .nextMatch: command = .nextMatch
    case .previousMatch: command = .previousMatch
    default: return false
    }
    pager.perform(command, in: PagerOverlay.area(state))
    state.overlay = overlay.replacing(pager)
    return true
  }
}

extension AppLogic {
  /// Opens long text in the pager: the selected guide step, the debt's notes, the plan month by
  /// month; says why when there is nothing to show.
  static func openPage(_ action: Action, _ state: inout AppState) {
    let page: Pager?
    let none: LocalizedText
    switch action {
    case .viewStep:
      page = state.caseSummary.flatMap { GuidePage.pager(state, $0, row: state.caseRow) }
      none = LocalizedText(en: "No guide step here.", zh: "这里没有指南步骤。")
    case .viewNotes:
      let debt = state.detail.flatMap { state.portfolio.debt(id: $0) }
      page = debt.flatMap { $0.notes.isEmpty ? nil : NotesPage.pager(state, $0) }
      none = LocalizedText(
        en: "This debt has no notes: \(state.key(.edit, in: .detail)) edits it.",
        zh: "这笔债务没有备注：按 \(state.key(.edit, in: .detail)) 编辑。")
    case .viewMonths:
      page = PlanMonthsPage.pager(state)
      none = LocalizedText(en: "Nothing to plan: no debt has a balance.", zh: "无需规划：没有未结清的债务。")
    default: return
    }
    guard let page else {
      state.message = (none, .info)
      return
    }
    state.overlay = .page(page)
  }
}
