import DebtCore
import TerminalUI

/// A debt's notes: one line on the detail screen (its first line, an ellipsis when there is more,
/// and the key that shows the rest), and all of them in the pager.
enum NotesPage {
  /// The notes as the detail shows them in `width` columns: all of them when they are one line
  /// that fits; else the first line cut with an ellipsis, and the key to read them in full.
  static func summary(_ state: AppState, _ notes: String, width: Int) -> String {
    let lines = notes.split(separator: "\n", omittingEmptySubsequences: false)
    let first = String(lines.first ?? "").terminalSafe
    if lines.count == 1 && first.displayWidth <= width { return first }
    let key = state.key(.viewNotes, in: .detail)
    let hint = state.t(LocalizedText(en: "  (\(key): all notes)", zh: "  （\(key)：全部备注）"))
    let room = max(2, width - hint.displayWidth)
    let cut = first.displayWidth <= room - 1 ? first + "…" : first.truncated(toWidth: room)
    return cut + hint
  }

  /// Whether the notes need the pager to be read in full.
  static func isLong(_ notes: String, width: Int) -> Bool {
    notes.contains("\n") || notes.terminalSafe.displayWidth > width
  }

  /// The notes in full: one paragraph per line, wrapped and never cut.
  static func pager(_ state: AppState, _ debt: Debt) -> Pager {
    Pager(
      title: state.t(LocalizedText(en: "Notes — \(debt.name)", zh: "备注 — \(debt.name)")), text: debt.notes,
      labels: PagerOverlay.noLabels)
  }
}
