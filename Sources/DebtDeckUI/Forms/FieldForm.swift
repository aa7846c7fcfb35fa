import DebtCore
import TerminalUI

/// A small form of labelled fields — text or a choice — used by the dialogs of the case file
/// (record a contact, the offer calculator). Keys: typing edits the text field in focus; ←/→ or
/// space change a choice.
public struct FieldForm: Hashable, Sendable {
  public enum Value: Hashable, Sendable {
    case text(TextField)
    case choice([LocalizedText], Int)
  }

  public struct Field: Hashable, Sendable {
    public let label: LocalizedText
    public var value: Value
    public init(_ label: LocalizedText, _ value: Value) {
      self.label = label
      self.value = value
    }
  }

  public var fields: [Field]
  public var focus = 0
  public var error: LocalizedText?

  public init(_ fields: [Field]) { self.fields = fields }

  public func text(_ i: Int) -> String {
    if case .text(let t) = fields[i].value { return t.text }
    return ""
  }

  public func choice(_ i: Int) -> Int {
    if case .choice(_, let n) = fields[i].value { return n }
    return 0
  }

  public mutating func move(by delta: Int) {
    focus = (focus + delta + fields.count) % fields.count
  }

  /// Edits the field in focus; false when the key means nothing to it.
  public mutating func edit(_ key: Key) -> Bool {
    error = nil
    switch fields[focus].value {
    case .text(var t):
      guard t.handle(key) else { return false }
      fields[focus].value = .text(t)
      return true
    case .choice(let options, let n):
      switch key {
      case .right, .character(" "): fields[focus].value = .choice(options, (n + 1) % options.count)
      case .left: fields[focus].value = .choice(options, (n - 1 + options.count) % options.count)
      default: return false
      }
      return true
    }
  }

  /// Draws the dialog: the fields (scrolled so the focused one is in view), a preview of what
  /// Enter would record below them (it comes into view with the last fields), then the message
  /// and the key hint, both wrapped, never cut.
  func render(
    title: String, hint: String, preview: [(String, Style)] = [], state: AppState,
    _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let width = min(76, area.width - 2)
    let textWidth = max(10, width - 4)
    let bottom =
      (error.map { state.t($0).wrapped(toWidth: textWidth).map { ($0, theme.danger) } } ?? [])
      + hint.wrapped(toWidth: textWidth).map { ($0, theme.muted) }
    let previewRows = preview.flatMap { line, style in line.wrapped(toWidth: textWidth).map { ($0, style) } }
    let rowCount = fields.count + (previewRows.isEmpty ? 0 : 1 + previewRows.count)
    let rect = area.centered(width: width, height: min(area.height, rowCount + bottom.count + 3))
    buffer.clearRows(of: rect, in: area, style: theme.base)
    let inner = buffer.box(rect, title: title, style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let labelWidth = 16
    let bottomRows = min(bottom.count, max(0, inner.height - 2))
    let visible = max(1, inner.height - bottomRows - 1)
    let first = ScrollWindow.first(focus: focus, count: rowCount, visible: visible)
    for (row, i) in (first..<min(rowCount, first + visible)).enumerated() {
      let y = inner.y + row
      guard i < fields.count else {
        let p = i - fields.count - 1
        if p >= 0 { buffer.put(previewRows[p].0, x: inner.x + 1, y: y, style: previewRows[p].1, clip: inner) }
        continue
      }
      let focused = i == focus
      buffer.put(
        state.t(fields[i].label), x: inner.x + 1, y: y, width: labelWidth - 1,
        style: focused ? theme.accent : theme.muted, clip: inner)
      let box = Rect(x: inner.x + 1 + labelWidth, y: y, width: inner.width - labelWidth - 2, height: 1)
      switch fields[i].value {
      case .text(let t):
        var style = theme.base
        style.underline = true
        t.render(into: &buffer, rect: box, style: focused ? theme.selection : style, focused: focused)
      case .choice(let options, let n):
        buffer.put(
          "‹ " + state.t(options[n]) + " ›", x: box.x, y: y, width: box.width,
          style: focused ? theme.selection : theme.base, clip: inner)
      }
    }
    if first > 0 || first + visible < rowCount {
      let more = (first > 0 ? "↑" : "") + (first + visible < rowCount ? "↓" : "")
      let text = " \(more) \(focus + 1)/\(fields.count) "
      buffer.put(
        text, x: rect.maxX - text.displayWidth - 1, y: rect.maxY - 1, style: theme.border, clip: rect)
    }
    for (k, line) in bottom.suffix(bottomRows).enumerated() {
      buffer.put(line.0, x: inner.x + 1, y: inner.maxY - bottomRows + k, style: line.1, clip: inner)
    }
  }
}
