import DebtCore

extension AppLogic {
  /// The keys of the question asked when quitting while a change is not saved: the shell tries
  /// the save again or writes an export, and quits only if that works; or the user quits
  /// knowingly without the change.
  static func performUnsaved(_ action: Action, state: inout AppState) -> [Effect] {
    guard case .quitUnsaved = state.overlay else { return [] }
    switch action {
    case .retrySave: return [.retrySaveAndQuit]
    case .exportUnsaved: return [.exportUnsavedAndQuit]
    case .quitUnsaved: return [.quit]
    default: return []
    }
  }
}
