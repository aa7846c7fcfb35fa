import DebtCore
import TerminalUI

/// The app's logic: a key or an action changes the state and returns effects for the shell.
/// Pure and synchronous; the same input always gives the same state.
public enum AppLogic {
  /// Routes a key: text fields get typing first, then the key map of the current contexts.
  public static func handle(_ key: Key, state: inout AppState, keyMap: KeyMap) -> [Effect] {
    state.keys = keyMap
    if key == .endOfInput { return [.quit] }
    if key == .resize { return [] }
    if state.overlay == .help, HelpOverlay.handle(key, &state, keyMap) { return [] }
    if let effects = handleCallKey(key, state: &state, keyMap: keyMap) { return effects }
    if let effects = handleTextAreaKey(key, state: &state, keyMap: keyMap) { return effects }
    if let overlay = state.overlay, var pager = overlay.pager, pager.isSearching {
      _ = pager.editSearch(key, in: PagerOverlay.area(state))
      state.overlay = overlay.replacing(pager)
      return []
    }
    if let effects = handleDialogKey(key, state: &state, keyMap: keyMap) { return effects }
    if state.overlay == nil, var form = state.form {
      if let action = keyMap.action(for: key, in: [.form]), !(isTyping(key) && !form.focus.isChoice) {
        return perform(action, state: &state)
      }
      if form.edit(key) {
        state.form = form
        return []
      }
      if case .control = key, let action = keyMap.action(for: key, in: [.global]) {
        return perform(action, state: &state)
      }
      return []
    }
    if state.overlay == nil && state.detail == nil && state.screen == .debts && state.filterEditing {
      switch key {
      case .enter:
        state.filterEditing = false
      case .escape:
        state.filterEditing = false
        state.filter.set("")
      default:
        if state.filter.handle(key) { state.selection[.debts] = 0 }
      }
      return []
    }
    if case .paste = key {
      // A paste is text, never keys to run: with no field open it goes nowhere.
      state.message = (
        LocalizedText(
          en: "Pasted text goes into a field: open a form or the filter first.",
          zh: "粘贴的文字只能填入输入框：请先打开表单或筛选框。"),
        .info
      )
      return []
    }
    guard let binding = keyMap.binding(for: key, in: state.keyContexts) else { return [] }
    return perform(binding.action, state: &state, in: binding.context)
  }

  static func isTyping(_ key: Key) -> Bool {
    if case .character = key { return true }
    return false
  }

  /// Does one action.
  /// - Parameter context: where the key matched in the key table (nil: the most specific
  ///   context of the state, as for an action performed without a key).
  public static func perform(_ action: Action, state: inout AppState, in context: KeyContext? = nil)
    -> [Effect]
  {
    state.message = nil
    if performPager(action, &state) { return [] }
    if let why = unavailable(action, in: state) {
      // A key that cannot act says why, rather than nothing at all.
      state.message = (why, .info)
      return []
    }
    switch action {
    case .quit:
      if state.form?.isDirty == true {
        state.overlay = .confirmDiscardForm
        return []
      }
      if state.saveError != nil {
        state.overlay = .quitUnsaved(problem: nil)
        return []
      }
      return [.quit]
    case .retrySave, .exportUnsaved, .quitUnsaved: return performUnsaved(action, state: &state)
    case .suspend: return [.suspend]
    case .help:
      // The keys of where it was opened come first; closing goes back there.
      HelpOverlay.open(&state)
    case .door: state.overlay = .page(PagerOverlay.door(state))
    case .undo: return undo(&state)
    case .redo: return redo(&state)

    case .nextScreen, .previousScreen:
      let all = Screen.allCases
      let i = all.firstIndex(of: state.screen) ?? 0
      let step = action == .nextScreen ? 1 : -1
      show(all[(i + step + all.count) % all.count], &state)
    case .showToday: show(.today, &state)
    case .showDashboard: show(.dashboard, &state)
    case .showDebts: show(.debts, &state)
    case .showCalendar: show(.calendar, &state)
    case .showPlan: show(.plan, &state)
    case .showSettings: show(.settings, &state)
    case .budgetUp, .budgetDown, .budgetUpMore, .budgetDownMore:
      let step: Int64 = [.budgetUp, .budgetDown].contains(action) ? 10_000 : 100_000
      let sign: Int64 = [.budgetUp, .budgetUpMore].contains(action) ? 1 : -1
      state.planBudget = max(0, state.effectiveBudget(state.planner) + sign * step)
    case .whatIf: state.planWhatIf.toggle()

    case .openCase, .stepDone, .stepSkipped, .doStep, .recordContact, .offerCalculator, .recordAgreement,
      .draftLetter, .nextLetter, .previousLetter, .saveLetter, .nextSection, .previousSection:
      return performCase(action, state: &state)
    case .rehearse, .liveCall, .saveRehearsal: return performCall(action, state: &state)

    case .moveUp: move(-1, &state, in: context)
    case .moveDown: move(1, &state, in: context)
    case .pageUp: move(-max(1, state.pageSize - 1), &state, in: context)
    case .pageDown: move(max(1, state.pageSize - 1), &state, in: context)
    case .moveFirst: move(-Int.max / 2, &state, in: context)
    case .moveLast: move(Int.max / 2, &state, in: context)

    case .open:
      if let debt = state.selectedDebt {
        state.detail = debt.id
        state.detailScroll = 0
      }
    case .back:
      if state.overlay != nil {
        state.overlay = nil
      } else if state.caseDebt != nil {
        state.caseDebt = nil
      } else if state.detail != nil {
        state.detail = nil
      } else if state.screen == .debts {
        state.filter.set("")
      }

    case .pay:
      guard let debt = state.selectedDebt, let status = state.statuses[debt.id] else { return [] }
      // What clears the oldest unpaid installment: it, plus penalty and fees, which a payment pays first.
      let suggested =
        (status.firstUnpaid?.remaining ?? 0) + (status.stage.isLate ? status.penalty + status.fees : 0)
      state.overlay = .pay(
        PayDialog(debtID: debt.id, suggested: suggested, currency: debt.currency, today: state.today))
    case .add:
      state.form = DebtForm(today: state.today, currency: state.settings.currency)
    case .edit:
      if let debt = state.selectedDebt { state.form = DebtForm(editing: debt) }
    case .delete:
      if let debt = state.selectedDebt { state.overlay = .confirmDelete(debtID: debt.id) }
    case .archive:
      guard let debt = state.selectedDebt else { return [] }
      // Archiving asks first and says what it changes; restoring from the archive does not.
      if !debt.archived {
        state.overlay = .confirmArchive(debtID: debt.id)
        return []
      }
      return toggleArchive(debt, &state)

    case .reminderDone, .dismissReminder, .snoozeDay, .snoozeThreeDays, .snoozeUntil:
      if let effects = resolveVerbalNotice(action, state: &state) { return effects }
      guard let reminder = state.selectedReminder else { return [] }
      if action == .snoozeUntil {
        state.overlay = .snoozeUntil(SnoozeDialog(reminderID: reminder.id, today: state.today))
        return []
      }
      let newState: ReminderState
      let said: LocalizedText
      switch action {
      case .reminderDone:
        newState = .done(on: state.today)
        // A line of money due stays until it is paid: say so, or the first press looks like nothing.
        said =
          state.selectedRow?.item != nil
          ? LocalizedText(
            en:
              "Done: acknowledged; the line stays until it is paid. \(state.key(.undo)) to undo.",
            zh: "已完成：提醒已确认，还清前仍会显示。按 \(state.key(.undo)) 撤销。")
          : LocalizedText(en: "Done. \(state.key(.undo)) to undo.", zh: "已完成。按 \(state.key(.undo)) 撤销。")
      case .dismissReminder:
        newState = .dismissed(on: state.today)
        said = LocalizedText(
          en: "Dismissed. \(state.key(.undo)) to undo.", zh: "已忽略。按 \(state.key(.undo)) 撤销。")
      default:
        let days = action == .snoozeDay ? 1 : 3
        let until = state.today.adding(days: days)
        newState = .snoozed(until: until)
        said = LocalizedText(
          en: "Snoozed until \(until). \(state.key(.undo)) to undo.",
          zh: "已推迟到 \(until)。按 \(state.key(.undo)) 撤销。")
      }
      state.message = (said, .success)
      let effects = commit(.setReminder(id: reminder.id, newState), &state)
      clampSelection(&state)
      return effects

    case .filter:
      state.filterEditing = true
    case .sort:
      state.sortColumn = (state.sortColumn + 1) % 6
      state.sortAscending = true
    case .reverseSort:
      state.sortAscending.toggle()

    case .previousDay: state.calendarDate = state.calendarDate.adding(days: -1)
    case .nextDay: state.calendarDate = state.calendarDate.adding(days: 1)
    case .previousWeek: state.calendarDate = state.calendarDate.adding(days: -7)
    case .nextWeek: state.calendarDate = state.calendarDate.adding(days: 7)
    case .previousMonth: state.calendarDate = state.calendarDate.adding(months: -1)
    case .nextMonth: state.calendarDate = state.calendarDate.adding(months: 1)
    case .goToToday: state.calendarDate = state.today

    case .nextField, .previousField:
      if case .followThrough(var next) = state.overlay {
        next.move(by: action == .nextField ? 1 : -1)
        state.overlay = .followThrough(next)
      } else if moveInDialog(by: action == .nextField ? 1 : -1, &state) {
        return []
      } else {
        state.form?.move(by: action == .nextField ? 1 : -1)
      }
    case .choiceNext, .choicePrevious:
      if state.form == nil && state.screen == .settings {
        return SettingsScreen.change(&state, by: action == .choiceNext ? 1 : -1)
      }
      _ = state.form?.edit(action == .choiceNext ? .character(" ") : .left)
    case .submit: return submit(&state)
    case .cancel:
      if cancelCall(&state) || cancelDialog(&state) {
        return []
      } else if state.form?.isDirty == true {
        state.overlay = .confirmDiscardForm
      } else {
        state.form = nil
      }

    case .confirmYes:
      switch state.overlay {
      case .confirmArchive(let id):
        state.overlay = nil
        guard let debt = state.portfolio.debt(id: id) else { return [] }
        return toggleArchive(debt, &state)
      case .confirmDelete(let id):
        state.overlay = nil
        state.detail = nil
        let name = state.portfolio.debt(id: id)?.name ?? id
        state.message = (
          LocalizedText(
            en: "Deleted \(name). \(state.key(.undo)) to undo.", zh: "已删除 \(name)。按 \(state.key(.undo)) 撤销。"),
          .success
        )
        let effects = commit(.removeDebt(id: id), &state)
        clampSelection(&state)
        return effects
      case .confirmDiscardForm:
        state.overlay = nil
        state.form = nil
      default: state.overlay = nil
      }
    case .confirmNo: state.overlay = nil
    case .search, .nextMatch, .previousMatch: break  // only in a pager (above)
    case .newLine, .editInEditor: return performTextArea(action, state: &state)
    case .viewStep, .viewNotes, .viewMonths: openPage(action, &state)
    }
    return []
  }

  static func show(_ screen: Screen, _ state: inout AppState) {
    state.screen = screen
    state.detail = nil
    state.caseDebt = nil
    state.filterEditing = false
  }

  /// Moves what the key's context holds: the case's steps or pane, the settings row, the
  /// detail's scroll, or the list's selection.
  static func move(_ delta: Int, _ state: inout AppState, in context: KeyContext? = nil) {
    switch context ?? state.keyContexts.first {
    case .caseFile:
      if let summary = state.caseSummary { moveInCase(delta, summary, &state) }
    case .settings:
      state.settingsRow = min(
        max(state.settingsRow + (delta > 0 ? 1 : -1), 0), SettingsScreen.Row.allCases.count - 1)
    case .detail:
      // As far as the last frame drew: the view measures, update does not.
      let last = state.drawn.detailMaxScroll
      state.detailScroll = min(max(0, state.detailScroll + min(max(delta, -last - 1), last + 1)), last)
    default:
      let count = state.listCount
      guard count > 0 else { return }
      let current = state.selection[state.screen] ?? 0
      let next =
        delta > 0 ? min(count - 1, current + min(delta, count)) : max(0, current + max(delta, -count))
      state.selection[state.screen] = next
    }
  }

  static func toggleArchive(_ debt: Debt, _ state: inout AppState) -> [Effect] {
    var debt = debt
    debt.archived.toggle()
    state.message = (
      debt.archived
        ? LocalizedText(
          en: "Archived \(debt.name). \(state.key(.undo)) to undo.",
          zh: "已归档 \(debt.name)。按 \(state.key(.undo)) 撤销。")
        : LocalizedText(en: "Restored \(debt.name) from the archive.", zh: "已取消归档 \(debt.name)。"),
      .success
    )
    let effects = commit(.updateDebt(debt), &state)
    clampSelection(&state)
    return effects
  }

  static func clampSelection(_ state: inout AppState) {
    for screen in [Screen.today, .debts] {
      let saved = state.screen
      state.screen = screen
      let count = state.listCount
      state.selection[screen] = min(state.selection[screen] ?? 0, max(0, count - 1))
      state.screen = saved
    }
  }
}
