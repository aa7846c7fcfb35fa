/// How many terminal columns text takes: 2 for CJK, full-width forms and most emoji, 0 for
/// combining marks and joiners, 1 otherwise.
///
/// Our own table (Unicode East Asian Width W/F plus emoji presentation), because `wcwidth`
/// depends on the process locale and returns -1 for CJK in a process that never set it.
public enum DisplayWidth {
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let v = scalar.value
    if v < 0x300 { return 1 }
    if isZeroWidth(v) { return 0 }
    return isWide(v) ? 2 : 1
  }

  /// The width of one user-perceived character: its first scalar decides, and an emoji
  /// presentation selector (U+FE0F) makes it wide.
  public static func of(_ character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    if first.value < 0x300 && scalars.count == 1 { return 1 }
    var width = of(first)
    if width == 1 && scalars.contains(where: { $0.value == 0xFE0F }) { width = 2 }
    return width
  }

  public static func of(_ text: some StringProtocol) -> Int {
    var total = 0
    for c in text { total += of(c) }
    return total
  }

  static func isZeroWidth(_ v: UInt32) -> Bool {
    switch v {
    case 0x0300...0x036F, 0x0483...0x0489, 0x0591...0x05BD, 0x0610...0x061A, 0x064B...0x065F,
      0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F,
      0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F, 0xFEFF, 0xE0000...0xE0FFF:
      return true
    default:
      return false
    }
  }

  static func isWide(_ v: UInt32) -> Bool {
    switch v {
    case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0, 0x23F3,
      0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F, 0x2693, 0x26A1, 0x26AA...0x26AB,
      0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE, 0x26D4, 0x26EA, 0x26F2...0x26F3, 0x26F5, 0x26FA,
      0x26FD, 0x2705, 0x270A...0x270B, 0x2728, 0x274C, 0x274E, 0x2753...0x2755, 0x2757,
      0x2795...0x2797, 0x27B0, 0x27BF, 0x2B1B...0x2B1C, 0x2B50, 0x2B55,
      0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
      0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F,
      0xFF00...0xFF60, 0xFFE0...0xFFE6,
      0x16FE0...0x16FE4, 0x17000...0x18CFF, 0x1B000...0x1B2FF, 0x1F004, 0x1F0CF, 0x1F18E,
      0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
      0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4,
      0x1F3F8...0x1F43E, 0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
      0x1F550...0x1F567, 0x1F57A, 0x1F595...0x1F596, 0x1F5A4, 0x1F5FB...0x1F64F, 0x1F680...0x1F6C5,
      0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF, 0x1F6EB...0x1F6EC,
      0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945,
      0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}

extension String {
  /// Display columns (CJK = 2).
  public var displayWidth: Int { DisplayWidth.of(self) }

  /// Cut to at most `width` columns, never splitting a wide character; ends with `…` when cut.
  public func truncated(toWidth width: Int, ellipsis: Bool = true) -> String {
    guard width > 0 else { return "" }
    if displayWidth <= width { return self }
    let limit = ellipsis ? width - 1 : width
    var out = ""
    var used = 0
    for c in self {
      let w = DisplayWidth.of(c)
      if used + w > limit { break }
      out.append(c)
      used += w
    }
    return ellipsis ? out + "…" : out
  }

  /// Padded with spaces (or cut) to exactly `width` columns.
  public func padded(toWidth width: Int, alignRight: Bool = false) -> String {
    let cut = truncated(toWidth: width)
    let gap = String(repeating: " ", count: max(0, width - cut.displayWidth))
    return alignRight ? gap + cut : cut + gap
  }
}

extension String {
  /// Marks that close or follow what comes before them, so never begin a line.
  static let noLineStart: Set<Character> = [
    "，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "】", "》", "〉", "”", "’", "…", "·", ",", ".", ";",
    ":", "!", "?", ")", "]", "}", "%",
  ]

  /// The text broken into lines of at most `width` columns: at spaces where there are any, and
  /// between any two CJK characters (which need no space), never before a closing mark. A word
  /// longer than a line goes on over the next (it is never cut). Continuation lines of a paragraph start with
  /// `hangingIndent` spaces (for "1. …" lists).
  public func wrapped(toWidth width: Int, hangingIndent: Int = 0) -> [String] {
    guard width > 0 else { return [] }
    let indent = min(max(0, hangingIndent), max(0, width - 4))
    let pad = String(repeating: " ", count: indent)
    var lines: [String] = []
    for paragraph in split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      var lineWidth = 0
      var lastSpace: String.Index? = nil
      var limit = width
      var first = true
      func emit(_ text: String) {
        lines.append(first ? text : pad + text)
        first = false
        limit = width - indent
      }
      for ch in paragraph {
        let w = DisplayWidth.of(ch)
        if lineWidth + w > limit {
          if ch == " " {
            emit(line)
            line = ""
            lineWidth = 0
            lastSpace = nil
            continue
          }
          if let space = lastSpace, w == 1 {
            let head = String(line[..<space])
            let tail = String(line[line.index(after: space)...])
            emit(head)
            line = ""
            lineWidth = 0
            // The carried word may not fit the narrower continuation line: it goes on over more.
            for c in tail {
              let cw = DisplayWidth.of(c)
              if lineWidth + cw > limit && !line.isEmpty {
                emit(line)
                line = ""
                lineWidth = 0
              }
              line.append(c)
              lineWidth += cw
            }
          } else if !line.isEmpty {
            // A closing mark (，。、）…) never starts a line: the word or character before it
            // goes down with it.
            var carried = ""
            if String.noLineStart.contains(ch) {
              func inWord(_ c: Character) -> Bool { c != " " && DisplayWidth.of(c) == 1 }
              var head = line
              var tail = ""
              // Move characters down while the break would come before a closing mark or inside
              // a Latin word.
              while head.count > 1, let last = head.last, last != " " {
                if let next = tail.first, !String.noLineStart.contains(next), !(inWord(last) && inWord(next))
                {
                  break
                }
                tail.insert(head.removeLast(), at: tail.startIndex)
              }
              while head.last == " " { head.removeLast() }
              let next = tail.first
              let fine =
                next.map { !String.noLineStart.contains($0) } ?? false && !head.isEmpty
                && tail.displayWidth + w <= width - indent
              if fine {
                line = head
                carried = tail
              }
            }
            emit(line)
            line = carried
            lineWidth = carried.displayWidth
          }
          lastSpace = nil
        }
        if ch == " " { lastSpace = line.endIndex }
        line.append(ch)
        lineWidth += w
      }
      emit(line)
    }
    return lines
  }
}
