import Testing

@testable import TerminalUI

@Suite("Text area")
struct TextAreaTests {
  /// The display lines as strings, from the layout's ranges.
  func lines(_ text: String, width: Int) -> [String] {
    let chars = Array(text)
    return TextArea.layout(chars, width: width).map { String(chars[$0.range]) }
  }

  @Test("English wraps at spaces; the space that wraps stays at the end of its line")
  func wrapsWords() {
    // Width 8 leaves 7 columns for text and one for the cursor (or the wrapping space).
    #expect(lines("hello world foo", width: 8) == ["hello ", "world ", "foo"])
    #expect(lines("abc def", width: 4) == ["abc ", "def"])
    // A word longer than the line is broken.
    #expect(lines("abcdefgh", width: 4) == ["abc", "def", "gh"])
  }

  @Test("CJK wraps between any two characters, two columns each; line breaks start new lines")
  func wrapsCJK() {
    #expect(lines("借呗逾期了三天", width: 7) == ["借呗逾", "期了三", "天"])
    #expect(lines("第一行\n\n第三行", width: 20) == ["第一行", "", "第三行"])
    #expect(lines("", width: 10) == [""])
  }

  @Test("mixed Chinese and English: breaks at spaces and beside CJK, never before ，。： or after （")
  func wrapsMixed() {
    // 还款 (4) + space + "pla" fills 8; "plan" does not: the line ends after the space. "plan："
    // (6) may not break before the full-width colon, and 800 may follow it on the next line.
    #expect(lines("还款 plan：800元", width: 9) == ["还款 ", "plan：", "800元"])
    // 我已还款 fills 8 columns but the comma may not start a line: 款 goes down with it.
    #expect(lines("我已还款，谢谢", width: 9) == ["我已还", "款，谢谢"])
    // An opening bracket stays with what follows.
    #expect(lines("我说了（明天）", width: 9) == ["我说了", "（明天）"])
  }

  @Test("every display line fits its width and the lines give back the text", arguments: [5, 9, 14, 31])
  func layoutInvariants(width: Int) {
    let samples = [
      "我们今天和催收员张先生谈了 payment plan，每月还 800 元，共 12 期。\n他说会发短信确认。",
      "   leading spaces and    many   spaces   ",
      "一二三四五六七八九十一二三四五六七八九十 end",
      "mixed中文and English混合text without spaces在一起",
    ]
    for text in samples {
      let chars = Array(text)
      let layout = TextArea.layout(chars, width: width)
      var rebuilt = ""
      for (k, line) in layout.enumerated() {
        var piece = chars[line.range]
        // A line may use the free column only for the space it wrapped at.
        if piece.last == " " && !line.endsParagraph { piece = piece.dropLast() }
        let columns = piece.reduce(0) { $0 + DisplayWidth.of($1) }
        #expect(columns <= width - 1, "line \(k) of \(text) at \(width): \(String(piece))")
        rebuilt += String(chars[line.range])
        if line.endsParagraph && k < layout.count - 1 { rebuilt += "\n" }
      }
      #expect(rebuilt == text)
    }
  }

  @Test("↑↓ move by display line and keep the column; at the first and last line they give up")
  func verticalMoves() {
    var area = TextArea("hello world foo")
    // At width 8: "hello " / "world " / "foo"; the cursor is after "foo", column 3 of line 2.
    #expect(area.cursorLine(width: 8) == 2)
    let moved1 = area.handle(.up, width: 8)
    #expect(moved1)
    #expect(area.cursor == 6 + 3)
    let moved2 = area.handle(.up, width: 8)
    #expect(moved2)
    #expect(area.cursor == 3)
    let moved3 = area.handle(.up, width: 8)
    #expect(!moved3)
    let moved4 = area.handle(.down, width: 8)
    #expect(moved4)
    let moved5 = area.handle(.down, width: 8)
    #expect(moved5)
    #expect(area.cursor == 15)
    let moved6 = area.handle(.down, width: 8)
    #expect(!moved6)
  }

  @Test("the column is kept across a wide character it cannot stand inside")
  func goalColumnAcrossCJK() {
    var area = TextArea("ab\n借呗")
    area.handle(.home, width: 20)
    area.handle(.up, width: 20)
    area.handle(.right, width: 20)
    #expect(area.cursor == 1)
    // Column 1 is the middle of 借: the cursor stands before it, and going back up returns to 1.
    area.handle(.down, width: 20)
    #expect(area.cursor == 3)
    area.handle(.up, width: 20)
    #expect(area.cursor == 1)
    // Across CJK lines: after 天 (column 2 of "天") up goes after 期 on "期了三".
    var cjk = TextArea("借呗逾期了三天")
    cjk.handle(.up, width: 7)
    #expect(cjk.cursor == 4)
  }

  @Test("Home and End go to the ends of the display line, Ctrl-A and Ctrl-E of the line of text")
  func homeEnd() {
    var area = TextArea("hello world foo\nbar")
    area.handle(.up, width: 8)
    area.handle(.up, width: 8)
    // "world " (6..<12) at width 8; the cursor is after "wor".
    #expect(area.cursor == 9)
    area.handle(.home, width: 8)
    #expect(area.cursor == 6)
    area.handle(.end, width: 8)
    // The end of a wrapped line is before its wrapping space (after it is the next line).
    #expect(area.cursor == 11)
    area.handle(.control("e"), width: 8)
    #expect(area.cursor == 15)
    area.handle(.control("a"), width: 8)
    #expect(area.cursor == 0)
  }

  @Test("a paste keeps its line breaks (CR LF, CR, LF), tabs become spaces, escapes are dropped")
  func paste() {
    var area = TextArea()
    area.handle(.paste("第一行\r\n第二行\tend\r第三行\u{1B}[31m!"), width: 20)
    #expect(area.text == "第一行\n第二行 end\n第三行[31m!")
    area.insertNewline()
    area.handle(.character("好"), width: 20)
    #expect(area.text.hasSuffix("!\n好"))
  }

  @Test("the maximum length counts characters, line breaks included, and says what it dropped")
  func maximumLength() {
    var area = TextArea("", maximumLength: 6)
    area.handle(.paste("借呗\n逾期三天"), width: 20)
    #expect(area.text == "借呗\n逾期三")
    #expect(area.dropped == 1)
    area.insertNewline()
    #expect(area.text == "借呗\n逾期三")
    area.handle(.backspace, width: 20)
    #expect(area.dropped == 0)
    area.handle(.character("x"), width: 20)
    #expect(area.text == "借呗\n逾期x")
    let long = TextArea(String(repeating: "a", count: 10), maximumLength: 4)
    #expect(long.text == "aaaa" && long.dropped == 6)
  }

  @Test("Backspace joins lines; Ctrl-K at a line's end joins the next; Ctrl-W stops at a line break")
  func deleting() {
    var area = TextArea("ab\ncd")
    area.handle(.left, width: 20)
    area.handle(.left, width: 20)
    area.handle(.backspace, width: 20)
    #expect(area.text == "abcd" && area.cursor == 2)
    var kill = TextArea("ab\ncd")
    kill.handle(.up, width: 20)
    kill.handle(.control("k"), width: 20)
    #expect(kill.text == "abcd")
    var word = TextArea("one\ntwo three")
    word.handle(.control("w"), width: 20)
    word.handle(.control("w"), width: 20)
    #expect(word.text == "one\n")
  }

  @Test("drawn wrapped, scrolled to the cursor, CJK never split at the edge")
  func render() {
    var buffer = ScreenBuffer(width: 8, height: 3)
    let area = TextArea("第一行字很长\nb\nc\nd")
    area.render(into: &buffer, rect: Rect(x: 0, y: 0, width: 8, height: 3), style: .plain, focused: true)
    // "第一行字很长" is 12 columns: 第一行 (6) + free column, then 字很长; the cursor is after d,
    // so the last three display lines are shown.
    #expect(buffer.lines() == ["b       ", "c       ", "d       "])
    #expect(buffer[1, 2].style.reverse)
    var top = ScreenBuffer(width: 8, height: 2)
    var start = area
    start.handle(.up, width: 8)
    start.handle(.up, width: 8)
    start.handle(.up, width: 8)
    start.handle(.up, width: 8)
    start.render(into: &top, rect: Rect(x: 0, y: 0, width: 8, height: 2), style: .plain, focused: false)
    #expect(top.lines() == ["第一行  ", "字很长  "])
  }

  @Test(
    "10,000 random keys: the cursor stays in the text, the length within the maximum, and the text is what the edits say"
  )
  func randomEdits() {
    // The same edits on a plain array of characters, written here, as the reference.
    var seed: UInt64 = 0x5EED
    func next(_ n: Int) -> Int {
      seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((seed >> 33) % UInt64(n))
    }
    let pieces: [Character] = ["a", " ", "借", "呗", "，", "。", "（", "Z", "\n", "e\u{301}"]
    var area = TextArea(maximumLength: 60)
    var model: [Character] = []
    var cursor = 0
    for _ in 0..<10_000 {
      let width = 3 + next(20)
      switch next(9) {
      case 0, 1, 2:
        let c = pieces[next(pieces.count)]
        area.handle(c == "\n" ? .paste("\n") : .character(c), width: width)
        if model.count < 60 {
          model.insert(c, at: cursor)
          cursor += 1
        }
      case 3:
        area.handle(.backspace, width: width)
        if cursor > 0 {
          model.remove(at: cursor - 1)
          cursor -= 1
        }
      case 4:
        area.handle(.left, width: width)
        cursor = max(0, cursor - 1)
      case 5:
        area.handle(.right, width: width)
        cursor = min(model.count, cursor + 1)
      default:
        // ↑ ↓ Home End: only where the cursor lands depends on the layout; the text does not change.
        area.handle([Key.up, .down, .home, .end][next(4)], width: width)
        cursor = area.cursor
      }
      #expect(area.characters == model)
      #expect(area.cursor == cursor)
      #expect((0...model.count).contains(area.cursor))
      let lines = TextArea.layout(area.characters, width: width)
      #expect(TextArea.position(of: area.cursor, in: lines, area.characters).column <= width)
    }
  }
}
