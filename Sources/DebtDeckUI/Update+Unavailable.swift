import DebtCore
import TerminalUI

/// Why a key does nothing right now: the one place that knows, for the message line (a key that
/// cannot act says why) and for the footer (it dims what cannot act).
extension AppLogic {
  /// Why `action` would do nothing in `state`, in both languages; nil when it can act.
  public static func unavailable(_ action: Action, in state: AppState) -> LocalizedText? {
    switch action {
    case .pay:
      // A payment also needs the debt's status (for the amount it suggests).
      guard let debt = state.selectedDebt, state.statuses[debt.id] != nil else { return noDebt(state) }
      return nil
    case .open, .edit, .delete, .archive, .openCase, .rehearse, .recordContact, .offerCalculator,
      .recordAgreement, .draftLetter:
      return state.selectedDebt == nil ? noDebt(state) : nil
    case .liveCall:
      if case .rehearsal = state.overlay { return nil }
      return state.selectedDebt == nil ? noDebt(state) : nil
    case .reminderDone, .dismissReminder, .snoozeDay, .snoozeThreeDays, .snoozeUntil:
      guard state.selectedReminder == nil else { return nil }
      if state.selectedRow?.item != nil {
        let pay = state.key(.pay, in: .list)
        return LocalizedText(
          en: "Stays until paid: its reminder is acknowledged. \(pay) records a payment.",
          zh: "此项在还清前会一直显示：提醒已确认。按 \(pay) 记录还款。")
      }
      return LocalizedText(
        en: "No reminder on this line: there is nothing to mark.", zh: "这一行没有提醒：没有可标记的事项。")
    case .undo:
      guard state.undoStack.isEmpty else { return nil }
      return LocalizedText(en: "Nothing to undo.", zh: "没有可撤销的操作。")
    case .redo:
      guard state.redoStack.isEmpty else { return nil }
      return LocalizedText(en: "Nothing to redo.", zh: "没有可重做的操作。")
    case .stepDone, .stepSkipped, .doStep, .viewStep:
      // The section first: it needs no case summary (the footer asks on every frame).
      guard state.caseDebt != nil else { return nil }
      if state.caseSection != .guide {
        // The ladder, the agreement and the log have no steps: say where the steps are.
        let next = state.key(.nextSection, in: .caseFile)
        let previous = state.key(.previousSection, in: .caseFile)
        return LocalizedText(
          en: "The steps are in the Guide section (\(next) / \(previous) move between sections).",
          zh: "步骤在“指南”部分（按 \(next) / \(previous) 切换部分）。")
      }
      guard let summary = state.caseSummary, !summary.steps.indices.contains(state.caseRow) else {
        return nil
      }
      return LocalizedText(
        en: "The guide has no step for this debt's stage today.", zh: "该债务目前的阶段在指南中没有步骤。")
    case .nextLetter, .previousLetter:
      guard case .letter(let id, _, _) = state.overlay, state.letterKinds(debtID: id).count < 2 else {
        return nil
      }
      return LocalizedText(
        en: "This is the only letter that fits this debt now.", zh: "这是目前唯一适用于该债务的信函。")
    default:
      return nil
    }
  }

  /// The debt actions' reason: the cursor is on no debt.
  static func noDebt(_ state: AppState) -> LocalizedText {
    let add = state.key(.add, in: .list)
    return LocalizedText(
      en: "No debt under the cursor: move to a debt's line first, or add one (\(add)).",
      zh: "光标处没有债务：请先移到某笔债务所在的行，或添加一笔（按 \(add)）。")
  }
}
