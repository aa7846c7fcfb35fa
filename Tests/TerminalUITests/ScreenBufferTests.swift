import Testing

@testable import TerminalUI

@Suite("Cell buffer")
struct ScreenBufferTests {
  @Test("CJK takes two cells; a wide character is never split at the right edge")
  func wideCharacters() {
    var b = ScreenBuffer(width: 5, height: 1)
    let used = b.put("借呗逾期", x: 0, y: 0, style: .plain)
    #expect(used == 5)
    #expect(b.lines() == ["借呗 "])
    #expect(b[1, 0].isContinuation)
    #expect(!b[4, 0].isContinuation)
  }

  @Test("clipping keeps text inside its rectangle, also for wide characters at the left edge")
  func clipping() {
    var b = ScreenBuffer(width: 10, height: 2)
    b.put("abcdefghij", x: 0, y: 0, style: .plain, clip: Rect(x: 2, y: 0, width: 3, height: 1))
    #expect(b.lines()[0] == "  cde     ")
    b.put("微粒贷", x: 1, y: 1, style: .plain, clip: Rect(x: 2, y: 1, width: 4, height: 1))
    // 微 straddles the clip's left edge: it is not drawn; 粒 fits; 贷 would cross the right edge.
    #expect(b.lines()[1] == "   粒     ")
  }

  @Test("overwriting half of a wide character blanks the other half")
  func overwriteHalf() {
    var b = ScreenBuffer(width: 6, height: 1)
    b.put("花呗花", x: 0, y: 0, style: .plain)
    b.put("x", x: 1, y: 0, style: .plain)
    #expect(b.lines() == [" x呗花"])
    b.put("y", x: 2, y: 0, style: .plain)
    #expect(b.lines() == [" xy 花"])
  }

  @Test("zero-size and 1×1 buffers draw without crashing")
  func tinySizes() {
    var zero = ScreenBuffer(width: 0, height: 0)
    zero.put("借呗", x: 0, y: 0, style: .plain)
    zero.fill(Rect(x: 0, y: 0, width: 5, height: 5), style: .plain)
    #expect(zero.lines().isEmpty)
    var one = ScreenBuffer(width: 1, height: 1)
    one.put("借呗", x: 0, y: 0, style: .plain)
    #expect(one.lines() == [" "])
    _ = one.box(one.bounds, title: "x", style: .plain, titleStyle: .plain)
  }

  @Test("control characters in text are shown escaped and never reach the cells raw")
  func controlCharacters() {
    var b = ScreenBuffer(width: 40, height: 1)
    b.put("a\u{1B}[2J\rb\u{8}\t\u{202E}c\u{85}", x: 0, y: 0, style: .plain)
    #expect(b.text == "a^[[2J^Mb^H^I\\u{202E}c\\u{85}")
    for cell in b.cells {
      #expect(!cell.character.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    }
  }

  @Test(
    "display width",
    arguments: [("abc", 3), ("借呗", 4), ("¥1,234.56", 9), ("😀", 2), ("e\u{301}", 1), ("ＡＢ", 4), ("", 0)])
  func widths(text: String, width: Int) {
    #expect(text.displayWidth == width)
  }

  @Test("truncation and padding by columns")
  func truncation() {
    #expect("借呗应急贷款".truncated(toWidth: 7) == "借呗应…")
    #expect("借呗".padded(toWidth: 6) == "借呗  ")
    #expect("12".padded(toWidth: 4, alignRight: true) == "  12")
    #expect("借呗应急".padded(toWidth: 5).displayWidth == 5)
  }

  @Test("a table keeps the selection in view")
  func tableScroll() {
    #expect(TableView.scrollOffset(selected: 0, count: 100, visible: 10) == 0)
    #expect(TableView.scrollOffset(selected: 50, count: 100, visible: 10) == 45)
    #expect(TableView.scrollOffset(selected: 99, count: 100, visible: 10) == 90)
    var b = ScreenBuffer(width: 30, height: 4)
    let table = TableView(
      columns: [.init("Name"), .init("Amount", width: 8, alignRight: true)],
      rows: (1...10).map { ["债务\($0)", "\($0).00"] }, selected: 9)
    table.render(into: &b, rect: b.bounds, header: .plain, selection: Style(reverse: true)) { _ in .plain }
    #expect(b.lines()[3].contains("债务10"))
    #expect(b.lines()[0].contains("8–10/10"))
  }
}

@Suite("Text field")
struct TextFieldTests {
  @Test("typing Chinese, moving, deleting")
  func editing() {
    var f = TextField()
    for c in "借呗还款" { f.handle(.character(c)) }
    #expect(f.text == "借呗还款")
    f.handle(.left)
    f.handle(.left)
    f.handle(.backspace)
    #expect(f.text == "借还款")
    f.handle(.home)
    f.handle(.delete)
    #expect(f.text == "还款")
    f.handle(.end)
    f.handle(.character("!"))
    #expect(f.text == "还款!")
    f.handle(.control("u"))
    #expect(f.text == "")
  }

  @Test("control characters never enter a field, and the length is capped")
  func refusesControls() {
    var f = TextField(maximumLength: 3)
    f.handle(.character("\u{1B}"))
    f.handle(.character("\u{202E}"))
    for c in "abcd" { f.handle(.character(c)) }
    #expect(f.text == "abc")
  }

  @Test("a long field scrolls to keep the cursor visible")
  func scrolling() {
    var b = ScreenBuffer(width: 6, height: 1)
    let f = TextField("借呗借呗借呗")
    f.render(into: &b, rect: b.bounds, style: .plain, focused: true)
    #expect(b.lines()[0].hasPrefix("借呗"))
    #expect(b[4, 0].style.reverse)  // the cursor, after the last character
  }
}

@Suite("Keys")
struct KeyTests {
  @Test(
    "names round trip",
    arguments: [
      Key.character("q"), .control("r"), .up, .pageDown, .backTab, .function(5), .enter, .character(" "),
    ])
  func names(key: Key) {
    #expect(Key(name: key.name) == key)
  }

  @Test("raw bytes decode")
  func decoding() {
    #expect(Key.decode(scalar: 0x0D) == .enter)
    #expect(Key.decode(scalar: 0x12) == .control("r"))
    #expect(Key.decode(scalar: 0x7F) == .backspace)
    #expect(Key.decode(scalar: 0x501F) == .character("借"))
    #expect(Key.decode(scalar: 0x85) == nil)
    #expect(Key(name: "Hyper-Q") == nil)
  }
}
