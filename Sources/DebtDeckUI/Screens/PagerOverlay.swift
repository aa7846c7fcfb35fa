import DebtCore
import TerminalUI

/// Long text over the screen — a letter, the door page, the call rehearsal, a guide step in full,
/// a debt's notes, the plan month by month — in the one pager (`TerminalUI.Pager`): where it goes,
/// the words of its status line, and the letter and door pages (the others have files of their own).
enum PagerOverlay {
  /// Where a pager goes in the area overlays are drawn in.
  static func area(in middle: Rect) -> Rect { middle }

  /// The same area, from the terminal's size as the state knows it (for scrolling).
  static func area(_ state: AppState) -> Rect {
    area(in: Rect(x: 0, y: 1, width: state.contentWidth, height: state.contentHeight + 1))
  }

  /// The status line's words, with the keys as the key table has them (after a rebind too).
  static func labels(_ state: AppState, _ keyMap: KeyMap, context: KeyContext, hint: String) -> Pager.Labels {
    func key(_ action: Action) -> String { keyMap.keys(for: action, in: context).first?.name ?? "—" }
    let keys =
      "↑↓ \(key(.pageUp)) \(key(.pageDown)) \(key(.moveFirst)) \(key(.moveLast)) · \(key(.search)) "
      + state.t(LocalizedText(en: "search", zh: "查找"))
    return Pager.Labels(
      keys: keys, hint: hint, searchPrompt: state.t(LocalizedText(en: "Search: ", zh: "查找：")),
      notFound: state.t(LocalizedText(en: "Not found", zh: "未找到")))
  }

  static func render(
    _ state: AppState, _ keyMap: KeyMap, _ overlay: Overlay, _ buffer: inout ScreenBuffer, _ middle: Rect,
    _ theme: Theme
  ) {
    guard var pager = overlay.pager else { return }
    let context: KeyContext
    let hint: String
    func key(_ action: Action, _ context: KeyContext) -> String {
      keyMap.keys(for: action, in: context).first?.symbol ?? "—"
    }
    switch overlay {
    case .letter:
      context = .letter
      hint = state.t(
        LocalizedText(
          en: "\(key(.previousLetter, .letter))\(key(.nextLetter, .letter)) other letters · "
            + "\(key(.saveLetter, .letter)) saves Markdown · \(key(.back, .letter)) closes",
          zh: "\(key(.previousLetter, .letter))\(key(.nextLetter, .letter)) 其他信函 · "
            + "\(key(.saveLetter, .letter)) 保存为 Markdown · \(key(.back, .letter)) 关闭"))
    case .rehearsal:
      context = .rehearsal
      hint = state.t(
        LocalizedText(
          en:
            "\(key(.liveCall, .rehearsal)) live-call card · \(key(.saveRehearsal, .rehearsal)) saves Markdown · "
            + "\(key(.back, .rehearsal)) closes",
          zh: "\(key(.liveCall, .rehearsal)) 实时通话卡 · \(key(.saveRehearsal, .rehearsal)) 保存为 Markdown · "
            + "\(key(.back, .rehearsal)) 关闭"))
    default:
      context = .page
      hint = state.t(LocalizedText(en: "\(key(.back, .page)) closes", zh: "\(key(.back, .page)) 关闭"))
    }
    pager.labels = labels(state, keyMap, context: context, hint: hint)
    pager.render(into: &buffer, area: area(in: middle), theme: theme)
  }

  /// A page with no words of its own yet (they are filled in when it is drawn).
  static let noLabels = Pager.Labels(keys: "", hint: "", searchPrompt: "", notFound: "")

  /// A drafted letter in the pager: its lines as they will be printed, headings marked.
  static func letter(_ state: AppState, _ kind: LetterKind, debtID: String) -> Pager {
    let kinds = state.letterKinds(debtID: debtID)
    let index = (kinds.firstIndex(of: kind) ?? 0) + 1
    let text = state.letter(kind, debtID: debtID)?.render(.text) ?? ""
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      let s = String(line)
      return Pager.Paragraph(
        s, tone: s.hasPrefix("■") ? .accent : .text, indent: s.hasPrefix("- ") ? 2 : 0)
    }
    return Pager(
      title: state.t(kind.title) + " (\(index)/\(kinds.count))", paragraphs: paragraphs, labels: noLabels)
  }

  /// The home-visit protocol: numbered steps, the first in bold, then when it was checked.
  static func door(_ state: AppState) -> Pager {
    var paragraphs: [Pager.Paragraph] = []
    for (i, step) in DoorGuide.steps.enumerated() {
      let number = "\(i + 1). "
      paragraphs.append(
        Pager.Paragraph(number + state.t(step), tone: i == 0 ? .heading : .text, indent: number.count))
    }
    paragraphs.append(Pager.Paragraph(""))
    paragraphs.append(Pager.Paragraph(state.t(DoorGuide.footnote), tone: .muted))
    var pager = Pager(
      title: state.t(DoorGuide.title), paragraphs: paragraphs, labels: noLabels, maximumWidth: 100)
    pager.titleTone = .danger
    return pager
  }
}
