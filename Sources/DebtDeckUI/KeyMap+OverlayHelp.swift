import DebtCore
import TerminalUI

extension KeyMap {
  /// `?` over long text (a letter, a page, the rehearsal): those overlays take no global keys, so
  /// help is bound in each; it opens over the text and closing it goes back to the text.
  static let overlayHelpBindings: [Binding] = [KeyContext.letter, .page, .rehearsal].map { context in
    Binding(
      key: .character("?"), action: .help, context: context, help: LocalizedText(en: "help", zh: "帮助"),
      inFooter: true)
  }
}
