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
