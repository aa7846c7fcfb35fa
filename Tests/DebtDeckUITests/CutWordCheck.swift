import Foundation
import TerminalUI

/// Finds text that a frame shows cut off: a drawn line with a word that is not whole and has no
/// ellipsis — at the screen's right edge, against a box's side, inside a padded column, or broken
/// over two lines.
///
/// Two sources: what the buffer noted while drawing (`ScreenBuffer.cuts`: text that ran past its
/// clip), and the frame as drawn — which also catches text cut by hand (`prefix`) or overdrawn
/// by a later draw. A word is whole when the vocabulary has it: the words the app's source and the
/// test data are written with (so `down` is whole and `dow` is not), a list that does not come
/// from the drawing it checks. Only Latin words can be judged this way; Chinese breaks between
/// any two characters.
struct CutWordCheck {
  /// Words seen whole, lowercased.
  var vocabulary: Set<String> = []

  /// Characters that end a line of text inside the frame: box and pane borders, scroll bars.
  static let edges: Set<Character> = [
    "│", "┃", "║", "┆", "┊", "┐", "┘", "┤", "╮", "╯", "╗", "╝", "╣", "▕", "▐", "█", "░", "▒", "▓",
  ]

  /// Columns beside a box drawn over the screen that it blanks (its margin) or hides.
  static let margin = 3

  static func isLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }

  /// Stands for the right half of a wide character, so a row's index is its column.
  static let continuation: Character = "\u{0}"

  /// Each row's characters by column.
  static func rows(_ buffer: ScreenBuffer) -> [[Character]] {
    (0..<buffer.height).map { y in
      (0..<buffer.width).map { x in buffer[x, y].isContinuation ? continuation : buffer[x, y].character }
    }
  }

  /// The Latin words of a row: where each starts and ends (inclusive).
  static func words(_ line: [Character]) -> [(start: Int, end: Int)] {
    var out: [(Int, Int)] = []
    var start: Int?
    for (i, c) in line.enumerated() {
      if isLetter(c) {
        if start == nil { start = i }
      } else if let s = start {
        out.append((s, i - 1))
        start = nil
      }
    }
    if let s = start { out.append((s, line.count - 1)) }
    return out
  }

  /// Every run of ASCII letters in the Swift files under `folders`, lowercased: the words the
  /// app's own text (and the test data) is written with — a source independent of the drawing.
  static func sourceWords(_ folders: [URL]) -> Set<String> {
    var out: Set<String> = []
    for folder in folders {
      let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
      while let file = files?.nextObject() as? URL {
        guard file.pathExtension == "swift", let text = try? String(contentsOf: file, encoding: .utf8) else {
          continue
        }
        let characters = Array(text)
        for (start, end) in words(characters) { out.insert(String(characters[start...end]).lowercased()) }
      }
    }
    return out
  }

  /// What is cut in `buffer`, one line each; empty when nothing is.
  func problems(_ buffer: ScreenBuffer) -> [String] {
    var out = buffer.cuts.map { "drawn past its edge: \($0)" }
    let rows = CutWordCheck.rows(buffer)
    let boxes = CutWordCheck.boxes(rows)
    for (y, line) in rows.enumerated() {
      for (start, end) in CutWordCheck.words(line) {
        let word = String(line[start...end])
        if vocabulary.contains(word.lowercased()) { continue }
        // Cut, and says so.
        if end + 1 < line.count && line[end + 1] == "…" { continue }
        if CutWordCheck.hidden(start, end, y, line, boxes) { continue }
        let text = String(line[max(0, start - 30)...min(line.count - 1, end + 1)])
          .filter { $0 != CutWordCheck.continuation }
        out.append("row \(y): “\(word)” is cut: “\(text.drop { $0 == " " })”")
      }
    }
    return out
  }

  /// A box drawn in the frame: its corners' columns and rows.
  struct Box { let left, top, right, bottom: Int }

  /// The boxes of a frame whose four corners are in place.
  static func boxes(_ rows: [[Character]]) -> [Box] {
    var out: [Box] = []
    for (top, row) in rows.enumerated() {
      for (left, c) in row.enumerated() where c == "┌" {
        guard let right = row[(left + 1)...].firstIndex(where: { $0 == "┐" || $0 == "┌" }), row[right] == "┐",
          let bottom = rows[(top + 1)...].firstIndex(where: { $0[left] != "│" && $0[left] != "├" }),
          rows[bottom][left] == "└"
        else { continue }
        out.append(Box(left: left, top: top, right: right, bottom: bottom))
      }
    }
    return out
  }

  /// The word is what shows of text behind a box: it ends just left of the box (or its blank
  /// margin), or starts just right of it.
  static func hidden(_ start: Int, _ end: Int, _ y: Int, _ line: [Character], _ boxes: [Box]) -> Bool {
    boxes.contains { box in
      guard y >= box.top - 1 && y <= box.bottom + 1 else { return false }
      let beforeLeft =
        end < box.left && box.left - end <= margin + 1
        && line[(end + 1)..<box.left].allSatisfy { $0 == " " }
      let afterRight =
        start > box.right && start - box.right <= margin + 1
        && line[(box.right + 1)..<start].allSatisfy { $0 == " " }
      return beforeLeft || afterRight
    }
  }

  /// Boxes whose sides do not line up: every `┌` must have its `┐` on the same row, its `└`
  /// below, and both sides drawn on every row between — a wide character drawn over a side, or a
  /// side drawn in the wrong column, breaks the frame.
  static func brokenFrames(_ buffer: ScreenBuffer) -> [String] {
    let rows = CutWordCheck.rows(buffer)
    let sides: Set<Character> = ["│", "├", "┤", "█", "░", "▒", "▓", "▐", "▌"]
    var out: [String] = []
    for (y0, row) in rows.enumerated() {
      for (x0, c) in row.enumerated() where c == "┌" {
        guard let x1 = row[(x0 + 1)...].firstIndex(where: { $0 == "┐" || $0 == "┌" }), row[x1] == "┐" else {
          out.append("row \(y0), column \(x0): a box's top has no ┐")
          continue
        }
        guard let y1 = rows[(y0 + 1)...].firstIndex(where: { $0[x0] != "│" && $0[x0] != "├" }),
          rows[y1][x0] == "└"
        else {
          out.append("row \(y0), column \(x0): a box's left side does not reach a └")
          continue
        }
        for y in (y0 + 1)..<y1 where !sides.contains(rows[y][x1]) {
          out.append("row \(y), column \(x1): the right side of the box from row \(y0) is broken")
        }
        if rows[y1][x1] != "┘" { out.append("row \(y1), column \(x1): a box's bottom has no ┘") }
      }
    }
    return out
  }
}
