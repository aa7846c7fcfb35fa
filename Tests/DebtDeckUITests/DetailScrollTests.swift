import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// The debt detail scrolls as far as the last frame drew it: the view measures and clamps, the
/// shell keeps what it drew, and `update` never renders the detail to learn its length.
@Suite("Debt detail scroll")
struct DetailScrollTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  /// What the shell does after each key: draw, and keep what the frame drew.
  func frame(_ s: inout AppState, width: Int, height: Int) -> [String] {
    s.pageSize = AppView.pageSize(height: height)
    s.contentHeight = height - 4
    s.contentWidth = width
    let (buffer, drawn) = AppView.draw(s, keyMap: .standard, theme: .standard, width: width, height: height)
    s.drawn = drawn
    return buffer.lines()
  }

  @Test(
    "End shows the last line, Up goes back one from there, Down past the end stays",
    arguments: [(80, 24), (100, 30)])
  func scrolls(width: Int, height: Int) throws {
    var s = GoldenScreenTests.demoState()
    s.screen = .debts
    press([.enter], &s)
    #expect(s.detail == "d1")
    // All of the detail in a terminal tall enough for it: its lines, counted on the screen.
    var tall = s
    let whole = frame(&tall, width: width, height: 200)
    let content = Array(whole[2..<(2 + 196)])
    let count = (content.lastIndex { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? 0) + 1
    let rows = height - 4
    #expect(count > rows, "the detail is longer than the screen")
    #expect(tall.drawn.detailMaxScroll == 0)

    // Before any frame the state knows no length, and update does not measure one.
    press([.end], &s)
    #expect(s.detailScroll == 0)

    _ = frame(&s, width: width, height: height)
    #expect(s.drawn.detailMaxScroll == count - rows)
    press([.end], &s)
    #expect(s.detailScroll == count - rows)
    var shown = frame(&s, width: width, height: height)
    #expect(shown[2 + rows - 1] == content[count - 1], "the last line is the last row")
    press([.up], &s)
    #expect(s.detailScroll == count - rows - 1)
    shown = frame(&s, width: width, height: height)
    #expect(shown[2 + rows - 1] == content[count - 2])
    press([.down, .down, .down], &s)
    #expect(s.detailScroll == count - rows)
    press([.home], &s)
    #expect(s.detailScroll == 0)
    shown = frame(&s, width: width, height: height)
    #expect(shown[2] == content[0])
  }

  @Test("the case's ladder, agreement and log pane: Tab and End go as far as the last frame drew it")
  func casePane() {
    var s = GoldenScreenTests.demoState()
    s.screen = .debts
    press([.character("c")], &s)
    #expect(s.caseDebt == "d1")
    // No frame yet: nothing is measured, so End stays at the top of the pane.
    press([.tab, .end], &s)
    #expect(s.caseScroll == 0)
    _ = frame(&s, width: 80, height: 24)
    let last = s.drawn.caseDetailMaxScroll
    #expect(last > 0, "the pane is longer than the screen at 80×24")
    press([.end], &s)
    #expect(s.caseScroll == last)
    press([.down], &s)
    #expect(s.caseScroll == last)
    // Tab to the log jumps to where the frame drew its start (or as far as the pane goes).
    _ = frame(&s, width: 80, height: 24)
    press([.home, .tab, .tab], &s)
    #expect(s.caseSection == .log)
    #expect(s.caseScroll == min(s.drawn.caseSectionStarts[.log] ?? -1, last))
  }
}
