import TerminalUI

/// Finds text that a frame shows cut off: a drawn line that ends, at the screen's right edge or
/// against a frame or a pane's border, in a word that is not whole and has no ellipsis.
///
/// Two sources: what the buffer noted while drawing (`ScreenBuffer.cuts`: text that ran past its
/// clip), and the frame as drawn — which also catches text cut by hand (`prefix`) or overdrawn
/// by a later draw. A word is whole when the same word appears somewhere in the frames given as
/// `vocabulary` with something other than a letter after it (so `down` is whole and `dow` is
/// not). Only Latin words can be judged this way; Chinese breaks between any two characters.
struct CutWordCheck {
  /// Words seen whole, lowercased.
  private(set) var vocabulary: Set<String> = []

  /// Characters that end a line of text inside the frame: box and pane borders, scroll bars.
  static let edges: Set<Character> = [
    "│", "┃", "║", "┆", "┊", "┐", "┘", "┤", "╮", "╯", "╗", "╝", "╣", "▕", "▐", "█", "░", "▒", "▓",
  ]

  static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }

  /// Adds the whole words of `buffer` to the vocabulary.
  mutating func learn(_ buffer: ScreenBuffer) {
    for line in CutWordCheck.rows(buffer) {
      var word = ""
      for c in line {
        if CutWordCheck.isLetter(c) {
          word.append(c)
          continue
        }
        // Followed by something that is neither a letter nor an edge: the word is whole.
        if !word.isEmpty && !CutWordCheck.edges.contains(c) { vocabulary.insert(word.lowercased()) }
        word = ""
      }
    }
  }

  /// Stands for the right half of a wide character, so a row's index is its column.
  static let continuation: Character = "\u{0}"

  /// Each row's characters by column.
  static func rows(_ buffer: ScreenBuffer) -> [[Character]] {
    (0..<buffer.height).map { y in
      (0..<buffer.width).map { x in buffer[x, y].isContinuation ? continuation : buffer[x, y].character }
    }
  }

  /// What is cut in `buffer`, one line each; empty when nothing is.
  func problems(_ buffer: ScreenBuffer) -> [String] {
    var out = buffer.cuts.map { "drawn past its edge: \($0)" }
    let rows = CutWordCheck.rows(buffer)
    for (y, line) in rows.enumerated() {
      for (i, c) in line.enumerated() where CutWordCheck.isLetter(c) {
        // The word ends here, against an edge or the end of the row.
        let atEnd = i == line.count - 1
        guard atEnd || CutWordCheck.edges.contains(line[i + 1]) else { continue }
        // The left side of a box drawn over the screen hides what is behind it: not a cut.
        if !atEnd && CutWordCheck.isLeftBorder(rows, x: i + 1, y: y) { continue }
        var start = i
        while start > 0 && CutWordCheck.isLetter(line[start - 1]) { start -= 1 }
        let word = String(line[start...i])
        guard !vocabulary.contains(word.lowercased()) else { continue }
        let text = String(line[max(0, start - 30)...i].filter { $0 != CutWordCheck.continuation }).drop {
          $0 == " "
        }
        out.append("row \(y) ends in the cut word “\(word)”: “\(text)\(atEnd ? "" : String(line[i + 1]))”")
      }
    }
    return out
  }

  /// Column `x` of row `y` is the left side of a box: a line up to its top-left corner and down
  /// to its bottom-left corner.
  static func isLeftBorder(_ rows: [[Character]], x: Int, y: Int) -> Bool {
    func walk(_ step: Int, to corner: Character) -> Bool {
      var row = y + step
      while rows.indices.contains(row), rows[row].indices.contains(x) {
        let c = rows[row][x]
        if c == corner { return true }
        guard c == "│" || c == "├" else { return false }
        row += step
      }
      return false
    }
    return rows[y][x] == "│" && walk(-1, to: "┌") && walk(1, to: "└")
  }
}
