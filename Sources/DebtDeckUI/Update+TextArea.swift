import DebtCore
import TerminalUI

/// Multi-line fields and the editor: the keys of a text area in focus (before the form's), a new
/// line, and the text handed to $EDITOR and back.
extension AppLogic {
  /// Keys for a text area in focus: its own bindings (Enter = new line, Ctrl-S finishes), then
  /// editing; nil when no text area has the focus or the key is not for it (↑ on its first line
  /// goes on to the field above).
  static func handleTextAreaKey(_ key: Key, state: inout AppState, keyMap: KeyMap) -> [Effect]? {
    guard state.focusedArea != nil else { return nil }
    if let action = keyMap.action(for: key, in: [.textArea]) { return perform(action, state: &state) }
    let width = state.textAreaWidth
    var used = false
    state.changeFocusedArea { used = $0.handle(key, width: width) }
    return used ? [] : nil
  }

  static func performTextArea(_ action: Action, state: inout AppState) -> [Effect] {
    switch action {
    case .newLine: state.changeFocusedArea { $0.insertNewline() }
    case .editInEditor:
      guard let text = state.focusedText else {
        state.message = (
          LocalizedText(
            en:
              "\(state.key(.editInEditor, in: .textArea)) edits a text field in your editor: move to one first.",
            zh: "\(state.key(.editInEditor, in: .textArea)) 在编辑器中编辑文字输入框：请先移到一个输入框。"),
          .info
        )
        return []
      }
      return [.editInEditor(text: text)]
    default: break
    }
    return []
  }

  /// The editor ended: its text replaces the field's (a one-line field folds line breaks to
  /// spaces), or the field keeps its text and the message says why.
  public static func editorFinished(_ result: Result<String, LocalizedText>, state: inout AppState)
    -> [Effect]
  {
    switch result {
    case .failure(let why):
      state.message = (why, .error)
    case .success(let text):
      state.setFocusedText(text)
      if let cut = state.focusedCut {
        state.message = (cut, .error)
      } else {
        state.message = (LocalizedText(en: "Text from the editor.", zh: "已载入编辑器中的文字。"), .success)
      }
    }
    return []
  }
}
