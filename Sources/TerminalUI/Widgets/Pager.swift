/// Long text in a box: wrapped at word (or CJK character) boundaries, scrolled a line or a page
/// at a time, to the top or the end, and searched. A value: keep it in the state, send it
/// commands, draw it. Nothing is ever cut: a word longer than the line wraps onto the next.
///
/// The layout depends only on the area it is drawn in, so the same `area` given to `perform`
/// and to `render` scrolls exactly as far as the last line.
public struct Pager: Hashable, Sendable {
  /// How a paragraph is drawn (the theme gives the colour).
  public enum Tone: Hashable, Sendable {
    case text, heading, muted, accent, warning, danger
  }

  /// One paragraph: wrapped as a whole; its continuation lines indented by `indent` columns.
  public struct Paragraph: Hashable, Sendable {
    public var text: String
    public var tone: Tone
    public var indent: Int

    public init(_ text: String, tone: Tone = .text, indent: Int = 0) {
      self.text = text
      self.tone = tone
      self.indent = indent
    }
  }

  /// One drawn line.
  public struct Line: Hashable, Sendable {
    public let text: String
    public let tone: Tone
  }

  /// The words of the status line, in the app's language.
  public struct Labels: Hashable, Sendable {
    /// The keys, e.g. "↑↓ PgUp PgDn g G · / search".
    public var keys: String
    /// What the pager's owner adds (e.g. "←→ other letters · s saves · Esc closes").
    public var hint: String
    /// Shown while typing a search, before the text.
    public var searchPrompt: String
    /// Said when the search text is not in the page.
    public var notFound: String

    public init(keys: String, hint: String, searchPrompt: String, notFound: String) {
      self.keys = keys
      self.hint = hint
      self.searchPrompt = searchPrompt
      self.notFound = notFound
    }
  }

  public enum Command: Hashable, Sendable {
    case up, down, pageUp, pageDown, top, bottom
    /// Start typing a search (`/`).
    case startSearch
    case nextMatch, previousMatch
  }

  public var title: String
  /// How the title is drawn (the door page's is a warning).
  public var titleTone: Tone = .heading
  public var paragraphs: [Paragraph]
  public var labels: Labels
  /// The first line shown.
  public private(set) var scroll = 0
  /// The last search (n and N look for it again).
  public private(set) var query = ""
  /// The search being typed, while it is.
  public private(set) var searchField: TextField?
  /// Set when the last search found nothing.
  public private(set) var notFound = false
  /// The line of the match found last: n and N go on from it, even when the end of the text
  /// keeps it below the top of the box.
  public private(set) var matchLine: Int?
  /// The widest the box may be (letters read best narrower than a wide terminal).
  public var maximumWidth: Int

  public init(title: String, paragraphs: [Paragraph], labels: Labels, maximumWidth: Int = 90) {
    self.title = title
    self.paragraphs = paragraphs
    self.labels = labels
    self.maximumWidth = maximumWidth
  }

  /// A page of plain text: one paragraph per line of `text`.
  public init(title: String, text: String, labels: Labels, maximumWidth: Int = 90) {
    let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map {
      Paragraph(String($0))
    }
    self.init(title: title, paragraphs: paragraphs, labels: labels, maximumWidth: maximumWidth)
  }

  /// Whether the pager takes typing (a search is being typed).
  public var isSearching: Bool { searchField != nil }

  // MARK: Layout

  /// Where the box, the text and the status line go in `area`.
  public struct Layout: Hashable, Sendable {
    public let box: Rect
    public let text: Rect
    public let status: Rect
  }

  /// The box is as tall as the text needs (plus its frame and status line), up to the area.
  public func layout(in area: Rect) -> Layout {
    let width = min(area.width, maximumWidth)
    let needed = lines(width: max(0, width - 4)).count + 3
    let box = area.centered(width: width, height: min(area.height, needed))
    let inner = box.inset(by: 1)
    let text = Rect(x: inner.x + 1, y: inner.y, width: inner.width - 2, height: inner.height - 1)
    let status = Rect(x: inner.x + 1, y: inner.maxY - 1, width: inner.width - 2, height: 1)
    return Layout(box: box, text: text, status: status)
  }

  /// The paragraphs wrapped to `width` columns.
  public func lines(width: Int) -> [Line] {
    guard width > 0 else { return [] }
    var out: [Line] = []
    for p in paragraphs {
      for line in p.text.terminalSafe.wrapped(toWidth: width, hangingIndent: p.indent) {
        out.append(Line(text: line, tone: p.tone))
      }
    }
    return out
  }

  // MARK: Commands

  /// Scrolls or searches, for the pager drawn in `area`.
  public mutating func perform(_ command: Command, in area: Rect) {
    let layout = layout(in: area)
    let all = lines(width: layout.text.width)
    let rows = max(1, layout.text.height)
    let last = max(0, all.count - rows)
    notFound = false
    switch command {
    case .up: scroll -= 1
    case .down: scroll += 1
    case .pageUp: scroll -= max(1, rows - 1)
    case .pageDown: scroll += max(1, rows - 1)
    case .top: scroll = 0
    case .bottom: scroll = last
    case .startSearch: searchField = TextField(query, maximumLength: 60)
    case .nextMatch: find(all, from: (matchLine ?? scroll) + 1, forward: true)
    case .previousMatch: find(all, from: (matchLine ?? scroll) - 1, forward: false)
    }
    scroll = min(max(scroll, 0), last)
  }

  /// A key while a search is typed: Enter looks for it, Esc gives up; false for other keys.
  public mutating func editSearch(_ key: Key, in area: Rect) -> Bool {
    guard var field = searchField else { return false }
    switch key {
    case .enter:
      searchField = nil
      query = field.text
      matchLine = nil
      let all = lines(width: layout(in: area).text.width)
      notFound = false
      find(all, from: scroll, forward: true)
      let rows = max(1, layout(in: area).text.height)
      scroll = min(max(scroll, 0), max(0, all.count - rows))
    case .escape:
      searchField = nil
    default:
      field.handle(key)
      searchField = field
    }
    return true
  }

  private mutating func find(_ all: [Line], from start: Int, forward: Bool) {
    let needle = query.lowercased()
    guard !needle.isEmpty, !all.isEmpty else { return }
    let n = all.count
    for step in 0..<n {
      let i = ((forward ? start + step : start - step) % n + n) % n
      if all[i].text.lowercased().contains(needle) {
        scroll = i
        matchLine = i
        return
      }
    }
    notFound = true
  }

  // MARK: Drawing

  /// Draws the box, the visible lines (matches of the search in reverse video) and the status
  /// line: where you are, the keys, the owner's hint — cut with an ellipsis when the room is short.
  public func render(into buffer: inout ScreenBuffer, area: Rect, theme: Theme) {
    let layout = layout(in: area)
    let inner = buffer.box(layout.box, title: title, style: theme.border, titleStyle: style(titleTone, theme))
    buffer.fill(inner, style: theme.base)
    guard !layout.text.isEmpty || !layout.status.isEmpty else { return }
    let all = lines(width: layout.text.width)
    let rows = max(0, layout.text.height)
    let first = min(scroll, max(0, all.count - rows))
    let needle = query.lowercased()
    for (row, line) in all.dropFirst(first).prefix(rows).enumerated() {
      let y = layout.text.y + row
      buffer.put(line.text, x: layout.text.x, y: y, style: style(line.tone, theme), clip: layout.text)
      guard !needle.isEmpty else { continue }
      // Reverse video on each occurrence of the search.
      let lower = line.text.lowercased()
      var from = lower.startIndex
      while let found = lower[from...].range(of: needle) {
        let x = layout.text.x + DisplayWidth.of(lower[..<found.lowerBound])
        let w = DisplayWidth.of(lower[found])
        buffer.restyle(Rect(x: x, y: y, width: w, height: 1).intersection(layout.text)) { $0.reverse = true }
        from = found.upperBound
      }
    }
    let status: String
    if let field = searchField {
      buffer.put(
        labels.searchPrompt, x: layout.status.x, y: layout.status.y, style: theme.accent, clip: layout.status)
      let x = layout.status.x + labels.searchPrompt.displayWidth
      field.render(
        into: &buffer, rect: Rect(x: x, y: layout.status.y, width: layout.status.maxX - x, height: 1),
        style: theme.base, focused: true)
      return
    } else if notFound {
      status = labels.notFound + " · " + labels.hint
    } else {
      // Where you are, then the keys and the owner's hint; the keys go first when room is short.
      let shown = all.isEmpty ? "0/0" : "\(first + 1)–\(min(all.count, first + rows))/\(all.count)"
      let full = shown + " · " + labels.keys + " · " + labels.hint
      status = full.displayWidth <= layout.status.width ? full : shown + " · " + labels.hint
    }
    buffer.put(
      status.truncated(toWidth: layout.status.width), x: layout.status.x, y: layout.status.y,
      style: notFound ? theme.warning : theme.muted, clip: layout.status)
  }

  func style(_ tone: Tone, _ theme: Theme) -> Style {
    switch tone {
    case .text: return theme.base
    case .heading: return theme.title
    case .muted: return theme.muted
    case .accent: return theme.accent
    case .warning: return theme.warning
    case .danger: return theme.danger
    }
  }
}
