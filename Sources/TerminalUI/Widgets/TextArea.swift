/// Editable text of several lines with a cursor, wrapped to the width it is drawn at: notes,
/// what was said on a call, the text of an agreement. Works in characters (graphemes), like
/// `TextField`: a CJK character is one step for the cursor and two columns on screen.
///
/// ←→ move by character, ↑↓ by display line (keeping the column), Home/End to the start or end
/// of the display line, Ctrl-A/Ctrl-E of the line of text. A paste keeps its line breaks. Enter
/// is not taken here: the app binds the key that starts a new line (`insertNewline`), so that it
/// can be told apart from the key that submits.
public struct TextArea: Hashable, Sendable {
  public private(set) var characters: [Character]
  public private(set) var cursor: Int
  public var maximumLength: Int
  /// How many characters the last edit could not take (the text was at its maximum length).
  public private(set) var dropped = 0
  /// The column ↑↓ aim for while they are pressed in a row.
  private var goalColumn: Int?

  public init(_ text: String = "", maximumLength: Int = 2000) {
    self.maximumLength = maximumLength
    characters = []
    cursor = 0
    set(text)
  }

  public var text: String { String(characters) }

  /// Replaces the text (cleaned as a paste is, and cut to the maximum length); the cursor goes
  /// to the end.
  public mutating func set(_ text: String) {
    let clean = TextArea.clean(text)
    characters = Array(clean.prefix(maximumLength))
    dropped = clean.count - characters.count
    cursor = characters.count
    goalColumn = nil
  }

  /// Text as a text area keeps it: line breaks as `\n` (from CR LF and CR too), tabs as a space,
  /// no other control characters.
  public static func clean(_ text: String) -> [Character] {
    var out: [Character] = []
    for c in text {
      if c == "\n" || c == "\r\n" || c == "\r" || c == "\u{2028}" || c == "\u{2029}" {
        out.append("\n")
      } else if c == "\t" {
        out.append(" ")
      } else if !c.unicodeScalars.contains(where: { SafeText.needsEscape($0) }) {
        out.append(c)
      }
    }
    return out
  }

  /// Inserts text at the cursor, as much as the maximum length leaves room for.
  public mutating func insert(_ text: String) {
    let clean = TextArea.clean(text)
    let room = max(0, maximumLength - characters.count)
    let taken = clean.prefix(room)
    characters.insert(contentsOf: taken, at: cursor)
    cursor += taken.count
    dropped = clean.count - taken.count
  }

  public mutating func insertNewline() {
    goalColumn = nil
    insert("\n")
  }

  /// Applies an editing key; ↑↓ need the `width` the area is drawn at. Returns false for keys it
  /// does not use — and for ↑ on the first display line and ↓ on the last, so that they can move
  /// to the field above or below.
  @discardableResult
  public mutating func handle(_ key: Key, width: Int) -> Bool {
    dropped = 0
    if key != .up && key != .down { goalColumn = nil }
    switch key {
    case .paste(let text): insert(text)
    case .character(let c):
      guard !c.unicodeScalars.contains(where: { SafeText.needsEscape($0) }) else { return true }
      insert(String(c))
    case .backspace:
      guard cursor > 0 else { return true }
      characters.remove(at: cursor - 1)
      cursor -= 1
    case .delete, .control("d"):
      guard cursor < characters.count else { return true }
      characters.remove(at: cursor)
    case .left, .control("b"): cursor = max(0, cursor - 1)
    case .right, .control("f"): cursor = min(characters.count, cursor + 1)
    case .up, .down: return moveVertically(key == .up ? -1 : 1, width: width)
    case .home, .end:
      let lines = TextArea.layout(characters, width: width)
      let line = lines[TextArea.position(of: cursor, in: lines, characters).line]
      cursor =
        key == .home ? line.range.lowerBound : TextArea.index(atColumn: Int.max, line: line, characters)
    case .control("a"): cursor = paragraphStart
    case .control("e"): cursor = paragraphEnd
    case .control("u"):
      let start = paragraphStart
      characters.removeSubrange(start..<cursor)
      cursor = start
    case .control("k"):
      // At the end of a line of text it joins the next one, as in a shell or Emacs.
      let end = paragraphEnd
      characters.removeSubrange(cursor..<(end == cursor && end < characters.count ? end + 1 : end))
    case .control("w"):
      var start = cursor
      while start > 0 && characters[start - 1] == " " { start -= 1 }
      while start > 0 && characters[start - 1] != " " && characters[start - 1] != "\n" { start -= 1 }
      characters.removeSubrange(start..<cursor)
      cursor = start
    default:
      return false
    }
    return true
  }

  private var paragraphStart: Int {
    var i = cursor
    while i > 0 && characters[i - 1] != "\n" { i -= 1 }
    return i
  }

  private var paragraphEnd: Int {
    var i = cursor
    while i < characters.count && characters[i] != "\n" { i += 1 }
    return i
  }

  private mutating func moveVertically(_ step: Int, width: Int) -> Bool {
    let lines = TextArea.layout(characters, width: width)
    let (line, column) = TextArea.position(of: cursor, in: lines, characters)
    let target = line + step
    guard lines.indices.contains(target) else {
      goalColumn = nil
      return false
    }
    let goal = goalColumn ?? column
    cursor = TextArea.index(atColumn: goal, line: lines[target], characters)
    goalColumn = goal
    return true
  }

  /// The display lines it takes at `width` (at least one).
  public func lineCount(width: Int) -> Int { TextArea.layout(characters, width: width).count }

  /// The display line the cursor is on at `width`.
  public func cursorLine(width: Int) -> Int {
    TextArea.position(of: cursor, in: TextArea.layout(characters, width: width), characters).line
  }

  /// The first display line shown in `rows` rows at `width`: the cursor's line stays in view.
  public func firstShownLine(width: Int, rows: Int) -> Int {
    ScrollWindow.first(focus: cursorLine(width: width), count: lineCount(width: width), visible: rows)
  }

  /// Draws the text wrapped to `rect.width`, scrolled so the cursor's line is in view; the
  /// cursor cell is shown in reverse video when `focused`.
  public func render(into buffer: inout ScreenBuffer, rect: Rect, style: Style, focused: Bool) {
    guard !rect.isEmpty else { return }
    buffer.fill(rect, style: style)
    let lines = TextArea.layout(characters, width: rect.width)
    let (cursorLine, cursorColumn) = TextArea.position(of: cursor, in: lines, characters)
    let first = ScrollWindow.first(focus: cursorLine, count: lines.count, visible: rect.height)
    for row in 0..<min(rect.height, lines.count - first) {
      let line = lines[first + row]
      buffer.put(
        String(characters[line.range]), x: rect.x, y: rect.y + row, style: style, clip: rect.row(row))
    }
    guard focused, cursorLine >= first, cursorLine < first + rect.height else { return }
    let under = cursor < characters.count && characters[cursor] != "\n" ? String(characters[cursor]) : " "
    var cursorStyle = style
    cursorStyle.reverse.toggle()
    let y = rect.y + cursorLine - first
    buffer.put(under, x: rect.x + cursorColumn, y: y, style: cursorStyle, clip: rect.row(cursorLine - first))
  }
}
