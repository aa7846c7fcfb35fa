/// One terminal cell: a character (possibly wide) and its style. The cell to the right of a wide
/// character is a continuation cell and holds nothing of its own.
public struct Cell: Hashable, Sendable {
  public var character: Character
  public var style: Style
  public var isContinuation: Bool

  public init(_ character: Character = " ", style: Style = .plain, isContinuation: Bool = false) {
    self.character = character
    self.style = style
    self.isContinuation = isContinuation
  }
}

/// An in-memory grid of cells that views draw into; the terminal backend shows it.
///
/// Drawing never goes outside the clip rectangle, never splits a wide character at an edge (a
/// space takes its place), and escapes control characters so text cannot move the cursor.
public struct ScreenBuffer: Hashable, Sendable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]

  /// Text that did not fit where it was drawn and lost more than spaces at its end, with no
  /// ellipsis to say so: where it was cut and what was lost. Views should never leave any
  /// (`truncated(toWidth:)` or `wrapped(toWidth:)` first); the golden tests check it. Not part of
  /// the buffer's value: two buffers with the same cells are equal.
  public private(set) var cuts: [Cut] = []

  public struct Cut: Hashable, Sendable, CustomStringConvertible {
    public let x: Int
    public let y: Int
    public let text: String
    public let lost: String
    public var description: String { "row \(y), column \(x): “\(text)” lost “\(lost)”" }
  }

  public static func == (a: ScreenBuffer, b: ScreenBuffer) -> Bool {
    a.width == b.width && a.height == b.height && a.cells == b.cells
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(width)
    hasher.combine(height)
    hasher.combine(cells)
  }

  public init(width: Int, height: Int, style: Style = .plain) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: Cell(style: style), count: self.width * self.height)
  }

  public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
  }

  /// Fills `rect` with spaces in `style`.
  public mutating func fill(_ rect: Rect, style: Style) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { set(x, y, Cell(style: style)) }
    }
  }

  /// Draws `text` on one line from (`x`, `y`), clipped to `clip`. Returns the columns used.
  /// `mayCut`: the text may lose its end at the edge without it being a mistake (a text field
  /// that scrolls, a bar); otherwise such a loss is noted in `cuts`.
  @discardableResult
  public mutating func put(
    _ text: String, x: Int, y: Int, style: Style, clip: Rect? = nil, mayCut: Bool = false
  ) -> Int {
    let area = (clip ?? bounds).intersection(bounds)
    guard y >= area.y, y < area.maxY else { return 0 }
    var column = x
    let safe = text.terminalSafe
    for index in safe.indices {
      let character = safe[index]
      let w = DisplayWidth.of(character)
      if w == 0 { continue }
      if column >= area.maxX || column + w > area.maxX {
        if !mayCut && column >= area.x && x < area.maxX {
          let lost = safe[index...]
          if lost.contains(where: { $0 != " " }) {
            cuts.append(Cut(x: x, y: y, text: safe, lost: String(lost)))
          }
        }
        if column < area.maxX, column >= area.x {
          // A wide character that would cross the edge: pad instead of splitting it.
          set(column, y, Cell(style: style))
          column += 1
        }
        break
      }
      if column >= area.x {
        set(column, y, Cell(character, style: style))
        if w == 2 { set(column + 1, y, Cell(" ", style: style, isContinuation: true)) }
      }
      column += w
    }
    return max(0, min(column, area.maxX) - max(x, area.x))
  }

  /// Draws `text` padded or cut to exactly `width` columns.
  public mutating func put(
    _ text: String, x: Int, y: Int, width: Int, style: Style, alignRight: Bool = false, clip: Rect? = nil
  ) {
    guard width > 0 else { return }
    let box = Rect(x: x, y: y, width: width, height: 1).intersection(clip ?? bounds)
    put(text.terminalSafe.padded(toWidth: width, alignRight: alignRight), x: x, y: y, style: style, clip: box)
  }

  /// Changes the style of the cells in `rect` and keeps their characters.
  public mutating func restyle(_ rect: Rect, _ change: (inout Style) -> Void) {
    let r = rect.intersection(bounds)
    guard !r.isEmpty else { return }
    for y in r.y..<r.maxY {
      for x in r.x..<r.maxX { change(&cells[y * width + x].style) }
    }
  }

  /// Writes one cell. Overwriting either half of a wide character blanks its other half, so a
  /// wide character is never left cut in two.
  private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
    guard x >= 0, x < width, y >= 0, y < height else { return }
    let i = y * width + x
    let old = cells[i]
    if old.isContinuation && !cell.isContinuation && x > 0 {
      cells[i - 1] = Cell(style: cells[i - 1].style)
    }
    if !old.isContinuation && x + 1 < width && cells[i + 1].isContinuation {
      cells[i + 1] = Cell(style: cells[i + 1].style)
    }
    cells[i] = cell
  }

  /// The text of each row (continuation cells skipped, trailing spaces kept), for golden tests.
  public func lines() -> [String] {
    (0..<height).map { y in
      var line = ""
      for x in 0..<width where !self[x, y].isContinuation { line.append(self[x, y].character) }
      return line
    }
  }

  /// The whole screen as text, one row per line, trailing spaces removed.
  public var text: String {
    lines().map { line in
      var l = Substring(line)
      while l.last == " " { l = l.dropLast() }
      return String(l)
    }.joined(separator: "\n")
  }
}
