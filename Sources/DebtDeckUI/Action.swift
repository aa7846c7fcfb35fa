import DebtCore

/// Everything the user can ask for with a key. The key map binds keys to these; `update` does them.
public enum Action: String, CaseIterable, Sendable {
  case quit, help, undo, redo, suspend, door
  case nextScreen, previousScreen
  case showToday, showDashboard, showDebts, showCalendar, showPlan, showSettings
  case moveUp, moveDown, pageUp, pageDown, moveFirst, moveLast
  case open, back
  case pay, add, edit, delete, archive
  case reminderDone, snoozeDay, snoozeThreeDays, snoozeUntil, dismissReminder
  case filter, sort, reverseSort
  case budgetUp, budgetDown, budgetUpMore, budgetDownMore, whatIf
  case previousMonth, nextMonth, previousWeek, nextWeek, previousDay, nextDay, goToToday
  // The case file.
  case openCase, stepDone, stepSkipped, doStep, recordContact, offerCalculator, draftLetter, recordAgreement
  case nextSection, previousSection
  case nextLetter, previousLetter, saveLetter
  // Before, during and after a call.
  case rehearse, liveCall, saveRehearsal
  // Forms and dialogs.
  case nextField, previousField, submit, cancel, choiceNext, choicePrevious
  case confirmYes, confirmNo
  // Quitting while a change is not saved.
  case retrySave, exportUnsaved, quitUnsaved
  // Long text (letters, the door page, guide pages): search it, find the next or previous match.
  case search, nextMatch, previousMatch
  // Text of several lines (notes, what was said): a new line; any text field in $EDITOR.
  case newLine, editInEditor
  /// Open long text in the pager: the selected guide step, the debt's notes, the plan month by month.
  case viewStep, viewNotes, viewMonths
}

/// What `update` asks the shell to do; `update` itself never touches files or the terminal.
public enum Effect: Hashable, Sendable {
  /// Save the portfolio; if another process saved meanwhile, re-apply these changes on top.
  case save([PortfolioChange])
  case quit
  case suspend
  /// Save the settings (language, theme, currency, reminder lead days).
  case saveSettings(Settings)
  /// Write a drafted letter into the data directory's `letters` folder under this file name.
  case writeLetter(name: String, text: String)
  /// Hash a file kept as evidence for the contact being recorded; the answer goes to
  /// `AppLogic.evidenceReady`.
  case hashEvidence(path: String)
  /// Quitting while a change is not saved: try the save again, and quit if it works.
  case retrySaveAndQuit
  /// Quitting while a change is not saved: write everything to a file elsewhere, and quit if it
  /// works.
  case exportUnsavedAndQuit
  /// Edit the text of the field in focus in the user's editor ($VISUAL, $EDITOR, vi) with the
  /// terminal handed over meanwhile; the answer goes to `AppLogic.editorFinished`.
  case editInEditor(text: String)
}
