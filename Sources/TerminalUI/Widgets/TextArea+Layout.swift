/// How a text area's text falls into display lines at a width: at line breaks, then wrapped at
/// spaces or beside a CJK character (which needs no space), never before closing punctuation
/// (`，。）`) or after opening punctuation (`（“`); a word longer than the line is broken.
extension TextArea {
  /// One display line: the characters `range` of the text (never the line break itself).
  public struct DisplayLine: Hashable, Sendable {
    public let range: Range<Int>
    /// The last display line of a line of text (it ends at a line break or the end): the
    /// cursor may stand after its last character.
    public let endsParagraph: Bool
  }

  /// The display lines at `width` columns. One column is kept free at the right for the cursor
  /// after the last character (and a space where the line wraps), so text takes `width - 1`.
  public static func layout(_ characters: [Character], width: Int) -> [DisplayLine] {
    let limit = max(1, width - 1)
    var lines: [DisplayLine] = []
    var paragraphStart = 0
    for i in 0...characters.count where i == characters.count || characters[i] == "\n" {
      wrap(characters, paragraphStart..<i, limit: limit, into: &lines)
      paragraphStart = i + 1
    }
    return lines
  }

  private static func wrap(
    _ characters: [Character], _ paragraph: Range<Int>, limit: Int, into lines: inout [DisplayLine]
  ) {
    var start = paragraph.lowerBound
    while true {
      var used = 0
      var i = start
      var lastBreak: Int?
      while i < paragraph.upperBound {
        let w = DisplayWidth.of(characters[i])
        if used + w > limit { break }
        used += w
        i += 1
        if i < paragraph.upperBound && mayBreak(characters, before: i) { lastBreak = i }
      }
      if i == paragraph.upperBound {
        lines.append(DisplayLine(range: start..<i, endsParagraph: true))
        return
      }
      let end: Int
      if characters[i] == " " {
        // The space that does not fit stays at the end of the line, in the free column.
        end = i + 1
      } else if let lastBreak, lastBreak > start {
        end = lastBreak
      } else {
        end = max(i, start + 1)
      }
      lines.append(DisplayLine(range: start..<end, endsParagraph: false))
      start = end
      if start == paragraph.upperBound {
        // A paragraph that ends with the space that wrapped: the cursor's place after it is an
        // empty line of its own.
        lines.append(DisplayLine(range: start..<start, endsParagraph: true))
        return
      }
    }
  }

  /// Whether a line may end just before `characters[p]`.
  static func mayBreak(_ characters: [Character], before p: Int) -> Bool {
    let before = characters[p - 1]
    let after = characters[p]
    if after == " " { return false }
    if before == " " { return true }
    guard DisplayWidth.of(before) == 2 || DisplayWidth.of(after) == 2 else { return false }
    return !noLineStart.contains(after) && !noLineEnd.contains(before)
  }

  /// Punctuation a line must not start with (it belongs to the text before it).
  static let noLineStart: Set<Character> = [
    "，", "。", "、", "；", "：", "？", "！", "）", "】", "」", "』", "》", "〉", "”", "’", "…", "·", "～",
    ",", ".", ";", ":", "?", "!", ")", "]", "}",
  ]

  /// Punctuation a line must not end with (it belongs to the text after it).
  static let noLineEnd: Set<Character> = ["（", "【", "「", "『", "《", "〈", "“", "‘", "(", "[", "{"]

  /// The display line and column of the character index `index`: a place where a line wraps
  /// belongs to the line it starts.
  public static func position(of index: Int, in lines: [DisplayLine], _ characters: [Character]) -> (
    line: Int, column: Int
  ) {
    var line = 0
    for (k, l) in lines.enumerated() where l.range.lowerBound <= index {
      line = k
    }
    let range = lines.isEmpty ? 0..<0 : lines[line].range
    let column = characters[range.lowerBound..<min(max(index, range.lowerBound), characters.count)].reduce(0)
    {
      $0 + DisplayWidth.of($1)
    }
    return (line, column)
  }

  /// The character index on display line `line` nearest to `column` (never past the column).
  static func index(atColumn column: Int, line: DisplayLine, _ characters: [Character]) -> Int {
    // On a wrapped line the place after its last character is the next line's start.
    let last =
      line.endsParagraph ? line.range.upperBound : max(line.range.lowerBound, line.range.upperBound - 1)
    var used = 0
    var i = line.range.lowerBound
    while i < last {
      let w = DisplayWidth.of(characters[i])
      if used + w > column { break }
      used += w
      i += 1
    }
    return i
  }
}
