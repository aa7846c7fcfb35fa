import DebtCore
import TerminalUI

/// `r` in the case: the call rehearsal in the pager — wrapped at word and CJK boundaries, scrolled
/// and searched like every other page; `L` starts the live-call card from it, `s` saves it.
enum RehearsalPage {
  /// The rehearsal of the debt as paragraphs: headings in the accent, what the collector may say
  /// in the warning tone, bullets and answers indented under their text.
  static func pager(_ state: AppState, debtID id: String) -> Pager {
    let text =
      CallRehearsal.make(
        debtID: id, portfolio: state.portfolio, settings: state.settings, today: state.today)?
      .render(state.language, format: .text) ?? ""
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let s = String(line)
      let tone: Pager.Tone =
        s.hasPrefix("■")
        ? .accent
        : s.hasPrefix("They: ") || s.hasPrefix("对方：") ? .warning : s.hasPrefix("  ") ? .muted : .text
      // A numbered step goes on under its text, past "1. ".
      let number = s.prefix { $0.isNumber }
      let indent =
        s.hasPrefix("- ") || s.hasPrefix("  ")
        ? 2 : !number.isEmpty && s.dropFirst(number.count).hasPrefix(". ") ? number.count + 2 : 0
      return Pager.Paragraph(s, tone: tone, indent: indent)
    }
    let name = state.portfolio.debt(id: id)?.name ?? id
    return Pager(
      title: state.t(LocalizedText(en: "Before the call — \(name)", zh: "通话前准备 — \(name)")),
      paragraphs: paragraphs, labels: PagerOverlay.noLabels, maximumWidth: 100)
  }
}
