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

  func render(
    title: String, hint: String, state: AppState, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let rect = area.centered(width: min(76, area.width - 2), height: min(area.height, fields.count + 6))
    let inner = buffer.box(rect, title: title, style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let labelWidth = 16
    let visible = max(1, inner.height - 3)
    let first = max(0, min(focus - visible + 1, fields.count - visible))
    for (row, i) in (first..<min(fields.count, first + visible)).enumerated() {
      let y = inner.y + row
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
    if let error {
      buffer.put(state.t(error), x: inner.x + 1, y: inner.maxY - 2, style: theme.danger, clip: inner)
    }
    buffer.put(hint, x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, clip: inner)
  }
}
