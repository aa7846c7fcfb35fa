import Testing

@testable import TerminalUI

/// Chinese text wraps between any two characters, but a closing mark (，。、）…) never begins a
/// line: the character (or the Latin word) before it goes down with it.
@Suite("Wrapping before closing marks")
struct WrapPunctuationTests {
  static let text =
    "不得威胁、辱骂、冒充公检法，不得泄露你的信息。先保存证据（截图、录音），再投诉：先找贷款机构，或 debtdeck offer d1）。然后 12378！"
  static let closing: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", ")", ",", "."]

  @Test("no line starts with a closing mark; nothing lost; no line wider than asked", arguments: 6...40)
  func widths(width: Int) {
    let lines = WrapPunctuationTests.text.wrapped(toWidth: width)
    for line in lines {
      #expect(line.displayWidth <= width, "“\(line)” is wider than \(width)")
      if let first = line.first {
        #expect(!WrapPunctuationTests.closing.contains(first), "“\(line)” at \(width)")
      }
    }
    // Only spaces where a line broke at one go missing.
    func bare(_ s: String) -> String { s.filter { $0 != " " } }
    #expect(bare(lines.joined()) == bare(WrapPunctuationTests.text))
  }

  @Test("the mark takes the character before it along: 辱骂 / 、冒充 becomes 辱 / 骂、冒充")
  func example() {
    // 不得威胁、辱骂 is 14 columns: at 14 the 、 after 骂 would start the next line.
    let lines = "不得威胁、辱骂、冒充".wrapped(toWidth: 14)
    #expect(lines == ["不得威胁、辱", "骂、冒充"])
    // A Latin word before a full-width bracket goes down whole.
    #expect("通话前先算（或 offer d1）".wrapped(toWidth: 24) == ["通话前先算（或 offer", "d1）"])
  }
}
