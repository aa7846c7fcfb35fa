import DebtCore
import TerminalUI

/// The one path every dialog's keys take, whichever dialog is open: the key table's dialog keys
/// (Tab, Enter, Esc) first, then ↑↓ between fields, and anything else to the field in focus.
extension AppLogic {
  /// A key while a dialog is open; nil when none is.
  static func handleDialogKey(_ key: Key, state: inout AppState, keyMap: KeyMap) -> [Effect]? {
    guard var dialog = state.overlay?.dialog else { return nil }
    if let action = keyMap.action(for: key, in: [.dialog]) { return perform(action, state: &state) }
    switch key {
    case .up, .backTab: dialog.form.move(by: -1)
    case .down: dialog.form.move(by: 1)
    default: dialog.edit(key)
    }
    state.overlay = dialog.overlay
    return []
  }

  /// Tab / Shift-Tab in a dialog; false when none is open.
  static func moveInDialog(by delta: Int, _ state: inout AppState) -> Bool {
    guard var dialog = state.overlay?.dialog else { return false }
    dialog.form.move(by: delta)
    state.overlay = dialog.overlay
    return true
  }

  /// Enter in a dialog: it stays open with what is wrong, or closes having recorded; nil when no
  /// dialog is open.
  static func submitDialog(_ state: inout AppState) -> [Effect]? {
    guard var dialog = state.overlay?.dialog else { return nil }
    // Closed before it records, so that it can open what comes next (the live call's next steps).
    state.overlay = nil
    switch dialog.submit(&state) {
    case .problem(let problem):
      dialog.form.error = problem
      state.overlay = dialog.overlay
      return []
    case .waiting(let effects):
      state.overlay = dialog.overlay
      return effects
    case .done(let effects):
      return effects
    }
  }

  /// Esc in a dialog; false when none is open.
  static func cancelDialog(_ state: inout AppState) -> Bool {
    guard var dialog = state.overlay?.dialog else { return false }
    state.overlay = dialog.cancel(&state) ? nil : dialog.overlay
    return true
  }
}
