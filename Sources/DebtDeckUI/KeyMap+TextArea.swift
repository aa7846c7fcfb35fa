import DebtCore
import TerminalUI

extension KeyMap {
  private static func area(
    _ key: Key, _ action: Action, _ context: KeyContext, _ en: String, _ zh: String, footer: Bool = false
  ) -> Binding {
    Binding(key: key, action: action, context: context, help: LocalizedText(en: en, zh: zh), inFooter: footer)
  }

  /// In a multi-line field Enter starts a new line, as in a commit message; Ctrl-S finishes the
  /// form (Enter still does on any one-line field). Ctrl-O opens the text in $EDITOR, from any
  /// text field (Ctrl-E stays the end of the line, as in a shell).
  static let textAreaBindings: [Binding] = [
    area(.enter, .newLine, .textArea, "new line", "换行", footer: true),
    area(.control("s"), .submit, .textArea, "finish", "完成", footer: true),
    area(.control("o"), .editInEditor, .textArea, "$EDITOR", "用 $EDITOR 编辑", footer: true),
    area(.control("o"), .editInEditor, .form, "edit the field in $EDITOR", "用 $EDITOR 编辑此项"),
    area(.control("o"), .editInEditor, .dialog, "edit the field in $EDITOR", "用 $EDITOR 编辑此项"),
  ]
}
