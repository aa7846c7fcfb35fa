/// An editable line of text with a cursor. Works in characters, so a CJK character typed by an
/// input method is one step for the cursor and Backspace, and two columns on screen.
public struct TextField: Hashable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  public var maximumLength: Int

  public init(_ text: String = "", maximumLength: Int = 200) {
    characters = Array(text)
    cursor = characters.count
    self.maximumLength = maximumLength
  }

  public var text: String { String(characters) }

  public mutating func set(_ text: String) {
    characters = Array(text)
    cursor = characters.count
  }

  /// Applies an editing key; returns false for keys it does not use.
  @discardableResult
  public mutating func handle(_ key: Key) -> Bool {
    switch key {
    case .paste(let text):
      // A paste is text: line breaks and tabs fold to spaces in a one-line field; other control
      // characters never enter a field.
      var folded: [Character] = []
      for c in text {
        if c == "\n" || c == "\r\n" || c == "\r" || c == "\t" {
          if folded.last != " " { folded.append(" ") }
        } else if !c.unicodeScalars.contains(where: { SafeText.needsEscape($0) }) {
          folded.append(c)
        }
      }
      let room = max(0, maximumLength - characters.count)
      let taken = folded.prefix(room)
      characters.insert(contentsOf: taken, at: cursor)
      cursor += taken.count
    case .character(let c):
      // Control characters never enter a field.
      guard !c.unicodeScalars.contains(where: { SafeText.needsEscape($0) }) else { return true }
      guard characters.count < maximumLength else { return true }
      characters.insert(c, at: cursor)
      cursor += 1
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left, .control("b"): cursor = max(0, cursor - 1)
    case .right, .control("f"): cursor = min(characters.count, cursor + 1)
    case .home, .control("a"): cursor = 0
    case .end, .control("e"): cursor = characters.count
    case .control("u"):
      characters.removeSubrange(0..<cursor)
      cursor = 0
    case .control("k"): characters.removeSubrange(cursor...)
    case .control("w"):
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    return true
  }

  /// Draws the field in `rect` (one row), scrolled so the cursor is visible; the cursor cell is
  /// shown in reverse video when `focused`.
  public func render(into buffer: inout ScreenBuffer, rect: Rect, style: Style, focused: Bool) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect.row(0), style: style)
    guard focused else {
      // Out of focus a field shows its beginning, and an ellipsis where the rest goes on.
      buffer.put(text.truncated(toWidth: rect.width), x: rect.x, y: rect.y, style: style, clip: rect.row(0))
      return
    }
    // Scroll: show the characters before the cursor that fit, leaving a column for the cursor.
    var start = 0
    var widthBefore = characters[0..<cursor].reduce(0) { $0 + DisplayWidth.of($1) }
    while widthBefore > rect.width - 1 && start < cursor {
      widthBefore -= DisplayWidth.of(characters[start])
      start += 1
    }
    let visible = String(characters[start...])
    // A field scrolls with its cursor: its text may go on past the right edge.
    buffer.put(visible, x: rect.x, y: rect.y, style: style, clip: rect.row(0), mayCut: true)
    let cursorX = rect.x + widthBefore
    let under = cursor < characters.count ? String(characters[cursor]) : " "
    var cursorStyle = style
    cursorStyle.reverse.toggle()
    buffer.put(under, x: cursorX, y: rect.y, style: cursorStyle, clip: rect.row(0))
  }
}
