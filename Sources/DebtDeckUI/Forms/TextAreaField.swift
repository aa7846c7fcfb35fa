import DebtCore
import TerminalUI

/// How a multi-line field is drawn in a form or a dialog: in focus, several rows of wrapped text
/// with the keys that matter here under its label (a new line, finishing, the editor); out of
/// focus, one row with its line breaks shown as `↵`.
enum TextAreaField {
  /// The rows a text area in focus takes when the form has `height` rows in all: a third, from
  /// 3 to 8 (6 at 80×24), so the fields around it and a form's preview stay in view.
  static func rows(forHeight height: Int) -> Int { min(8, max(3, height / 3)) }

  /// What a text area says when an edit did not fit its maximum length.
  static func cutMessage(_ area: TextArea) -> LocalizedText {
    LocalizedText(
      en: "Only the first \(area.maximumLength) characters fit here: \(area.dropped) were left out.",
      zh: "此处最多 \(area.maximumLength) 个字符：有 \(area.dropped) 个未能放入。")
  }

  /// The text on one row: line breaks as `↵`.
  static func oneLine(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: " ↵ ")
  }

  /// The lines under the label of a text area in focus: its keys, and where the cursor is when
  /// the text is longer than the area.
  static func labelLines(_ area: TextArea, state: AppState, width: Int, rows: Int) -> [String] {
    let newLine = state.key(.newLine, in: .textArea)
    let submit = state.key(.submit, in: .textArea)
    let editor = state.key(.editInEditor, in: .textArea)
    var lines = [
      state.t(LocalizedText(en: "\(newLine): new line", zh: "\(newLine)：换行")),
      state.t(LocalizedText(en: "\(submit): finish", zh: "\(submit)：完成")),
      state.t(LocalizedText(en: "\(editor): editor", zh: "\(editor)：编辑器")),
    ]
    let count = area.lineCount(width: width)
    if count > rows {
      let line = area.cursorLine(width: width) + 1
      lines.append(state.t(LocalizedText(en: "line \(line)/\(count)", zh: "第 \(line)/\(count) 行")))
    }
    return lines
  }

  /// Draws the area in `box` and its label's extra lines in `label` (the label's first row is
  /// the label itself, drawn by the form).
  static func render(
    _ area: TextArea, state: AppState, label: Rect, box: Rect, focused: Bool, _ buffer: inout ScreenBuffer,
    _ theme: Theme
  ) {
    var style = theme.base
    style.underline = true
    guard focused else {
      buffer.fill(box.row(0), style: style)
      buffer.put(
        oneLine(area.text).truncated(toWidth: box.width), x: box.x, y: box.y, style: style,
        clip: box.row(0))
      return
    }
    area.render(into: &buffer, rect: box, style: theme.selection, focused: true)
    let lines = labelLines(area, state: state, width: box.width, rows: box.height)
    for (k, line) in lines.prefix(max(0, label.height - 1)).enumerated() {
      buffer.put(
        line.truncated(toWidth: label.width), x: label.x, y: label.y + 1 + k, style: theme.muted,
        clip: label.row(1 + k))
    }
  }
}

extension FieldForm.Field {
  /// A multi-line field.
  var isArea: Bool {
    if case .area = value { return true }
    return false
  }
}

extension FieldForm {
  /// The key that finishes the dialog from the field in focus: Enter, or in a multi-line field
  /// (where Enter starts a new line) the text area's key for it.
  func submitKey(_ keyMap: KeyMap) -> String {
    let context: KeyContext = fields[focus].isArea ? .textArea : .dialog
    return keyMap.keys(for: .submit, in: context).first?.symbol ?? "—"
  }
}
