import DebtCore
import TerminalUI

/// The question asked when quitting while a change is not saved (a full disk, a read-only or
/// unwritable data directory): try again, export everything elsewhere, or quit and lose it.
enum UnsavedQuitDialog {
  /// One paragraph of the question; lines after its first are indented by `hang` columns.
  struct Paragraph {
    var text: String
    var hang = 0
    var isProblem = false
  }

  static func paragraphs(_ state: AppState, _ keyMap: KeyMap, problem: LocalizedText?) -> [Paragraph] {
    func key(_ action: Action) -> String {
      keyMap.keys(for: action, in: .unsaved).first?.name ?? "?"
    }
    func keyLine(_ action: Action, _ text: LocalizedText) -> Paragraph {
      let name = key(action)
      return Paragraph(text: name + "  " + state.t(text), hang: name.displayWidth + 2)
    }
    let error = (state.saveError ?? "").terminalSafe
    let indent = String(repeating: " ", count: key(.exportUnsaved).displayWidth + 2)
    var out: [Paragraph] = [
      Paragraph(
        text: state.t(
          LocalizedText(
            en: "Your last change is only in memory: it could not be saved.", zh: "最近的修改只在内存中，未能保存。")),
        isProblem: true),
      Paragraph(text: error, isProblem: true),
      Paragraph(text: ""),
      keyLine(.retrySave, LocalizedText(en: "try the save again, and quit if it works", zh: "重试保存，成功后退出")),
      keyLine(
        .exportUnsaved,
        LocalizedText(
          en: "export everything to ~/debtdeck-unsaved-DATE-TIME.json and quit",
          zh: "把全部数据导出到 ~/debtdeck-unsaved-日期-时间.json 并退出")),
      Paragraph(
        text: indent
          + state.t(
            LocalizedText(
              en: "(in /tmp if the home folder is not writable); bring it back with",
              zh: "（主目录不可写时写入 /tmp）；之后这样导回：")), hang: indent.count),
      Paragraph(
        text: indent
          + state.t(
            LocalizedText(
              en: "debtdeck import --format json FILE --replace",
              zh: "debtdeck import --format json 文件 --replace")),
        hang: indent.count),
      keyLine(.quitUnsaved, LocalizedText(en: "quit and lose the change", zh: "退出并丢弃这次修改")),
      keyLine(.confirmNo, LocalizedText(en: "stay in DebtDeck", zh: "留在 DebtDeck")),
    ]
    if let problem {
      out.append(Paragraph(text: ""))
      out.append(Paragraph(text: state.t(problem).terminalSafe, isProblem: true))
    }
    return out
  }

  static func render(
    _ state: AppState, _ keyMap: KeyMap, problem: LocalizedText?, _ buffer: inout ScreenBuffer, _ area: Rect,
    _ theme: Theme
  ) {
    let width = min(area.width, 72)
    let textWidth = max(8, width - 4)
    var lines: [(String, Bool)] = []
    for paragraph in paragraphs(state, keyMap, problem: problem) {
      let first = paragraph.text.wrapped(toWidth: textWidth).first ?? ""
      lines.append((first, paragraph.isProblem))
      let rest = String(paragraph.text.dropFirst(first.count)).drop { $0 == " " }
      guard !rest.isEmpty else { continue }
      let hang = String(repeating: " ", count: min(paragraph.hang, textWidth / 2))
      for part in String(rest).wrapped(toWidth: textWidth - hang.count) {
        lines.append((hang + part, paragraph.isProblem))
      }
    }
    let rect = area.centered(width: width, height: min(area.height, lines.count + 2))
    let inner = buffer.box(
      rect, title: state.t(LocalizedText(en: "Quit without saving?", zh: "不保存就退出？")), style: theme.danger,
      titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    for (i, (line, isProblem)) in lines.prefix(inner.height).enumerated() {
      buffer.put(
        line, x: inner.x + 1, y: inner.y + i, style: isProblem ? theme.danger : theme.base, clip: inner)
    }
  }
}
