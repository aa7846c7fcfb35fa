import DebtCore
import TerminalUI

/// `r` in the case: the call rehearsal as a page that scrolls (↑↓ PgUp PgDn g G), wrapped at word
/// and CJK boundaries so nothing is cut.
enum RehearsalPage {
  struct Geometry {
    let boxWidth: Int
    let textWidth: Int
    /// Rows of text shown (the box less its frame and the hint row).
    let rows: Int
  }

  /// The page's size for a terminal `width` wide with `contentHeight` rows of content.
  static func geometry(width: Int, contentHeight: Int) -> Geometry {
    let box = max(4, min(width - 2, 100))
    // The overlay area is one row taller than the content; the box takes two, the hint one.
    // Two columns of frame, a margin each side, and room for a continuation indent.
    return Geometry(boxWidth: box, textWidth: max(10, box - 6), rows: max(1, contentHeight - 2))
  }

  /// The rehearsal's lines, wrapped to `width`.
  static func lines(_ state: AppState, _ id: String, width: Int) -> [String] {
    guard
      let r = CallRehearsal.make(
        debtID: id, portfolio: state.portfolio, settings: state.settings, today: state.today)
    else { return [] }
    return r.render(state.language, format: .text).split(separator: "\n", omittingEmptySubsequences: false)
      .flatMap { line -> [String] in
        let text = String(line).terminalSafe
        // Continuation lines of a bullet or an answer are indented under its text.
        let indent = text.hasPrefix("- ") || text.hasPrefix("  ") ? "  " : ""
        let wrapped = text.wrapped(toWidth: width)
        return wrapped.enumerated().map { i, l in i == 0 ? l : indent + l }
      }
  }

  static func render(
    _ state: AppState, _ id: String, _ scroll: Int, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let g = geometry(width: area.width, contentHeight: area.height - 1)
    let rect = area.centered(width: g.boxWidth, height: area.height)
    let name = state.portfolio.debt(id: id)?.name.terminalSafe ?? id
    let inner = buffer.box(
      rect,
      title: state.t(LocalizedText(en: "Before the call — \(name)", zh: "通话前准备 — \(name)")).truncated(
        toWidth: max(4, rect.width - 6)),
      style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let all = lines(state, id, width: g.textWidth)
    let rows = max(1, inner.height - 1)
    let first = min(max(0, scroll), max(0, all.count - rows))
    for (i, line) in all.dropFirst(first).prefix(rows).enumerated() {
      let style =
        line.hasPrefix("■")
        ? theme.accent : line.hasPrefix("They: ") || line.hasPrefix("对方：") ? theme.warning : theme.base
      buffer.put(line, x: inner.x + 1, y: inner.y + i, style: style, clip: inner)
    }
    let shown = all.isEmpty ? "" : "\(first + 1)–\(min(all.count, first + rows))/\(all.count) · "
    func key(_ action: Action) -> String { state.key(action, in: .rehearsal) }
    let keys = "↑↓ \(key(.pageUp)) \(key(.pageDown)) \(key(.moveFirst)) \(key(.moveLast))"
    let hint = state.t(
      LocalizedText(
        en: "\(keys) scroll · \(key(.liveCall)) live-call card · \(key(.saveRehearsal)) saves Markdown · "
          + "\(key(.back)) closes",
        zh: "\(keys) 滚动 · \(key(.liveCall)) 实时通话卡 · \(key(.saveRehearsal)) 保存 · \(key(.back)) 关闭"))
    buffer.put(
      (shown + hint).truncated(toWidth: max(4, inner.width - 2)), x: inner.x + 1, y: inner.maxY - 1,
      style: theme.muted, clip: inner)
  }
}
