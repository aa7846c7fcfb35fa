import DebtCore

/// Every change goes through `commit`; undo and redo replay inverses from the two histories.
extension AppLogic {
  /// Applies a change, remembers how to undo it, and asks the shell to save.
  static func commit(_ change: PortfolioChange, _ state: inout AppState) -> [Effect] {
    var p = state.portfolio
    guard let inverse = change.apply(to: &p) else { return [] }
    state.portfolio = p
    if change.isUndoable {
      state.undoStack.append(inverse)
      state.redoStack.removeAll()
    }
    return [.save([change])]
  }

  static func undo(_ state: inout AppState) -> [Effect] {
    let empty = unavailable(.undo, in: state)
    let redo = state.key(.redo)
    return replay(
      from: \.undoStack, to: \.redoStack, &state, empty: empty,
      done: LocalizedText(en: "Undone. \(redo) to redo.", zh: "已撤销。按 \(redo) 重做。"))
  }

  static func redo(_ state: inout AppState) -> [Effect] {
    let empty = unavailable(.redo, in: state)
    return replay(
      from: \.redoStack, to: \.undoStack, &state, empty: empty,
      done: LocalizedText(en: "Redone.", zh: "已重做。"))
  }

  /// Applies the newest change of one history and pushes its inverse onto the other.
  private static func replay(
    from source: WritableKeyPath<AppState, [PortfolioChange]>,
    to target: WritableKeyPath<AppState, [PortfolioChange]>,
    _ state: inout AppState, empty: LocalizedText?, done: LocalizedText
  ) -> [Effect] {
    guard let change = state[keyPath: source].popLast() else {
      state.message = empty.map { ($0, .info) }
      return []
    }
    var p = state.portfolio
    guard let inverse = change.apply(to: &p) else { return [] }
    state.portfolio = p
    state[keyPath: target].append(inverse)
    clampSelection(&state)
    state.message = (done, .info)
    return [.save([change])]
  }
}
