import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Nothing drawn loses its end at an edge without an ellipsis: every screen, dialog and page,
/// in both languages, at the sizes people use, with long Chinese names and notes.
@Suite("No text cut without an ellipsis")
struct NoCutTextTests {
  static let sizes = [(50, 12), (60, 20), (80, 24), (100, 30), (120, 40), (160, 50)]

  /// The demo with a long Chinese name, lender and note on the first debt, and a contact.
  static func longData(_ language: Language) -> AppState {
    var p = DemoPortfolio.make(today: GoldenScreenTests.today)
    p.debts[0].name = "借呗" + String(repeating: "应急周转资金", count: 6)
    p.debts[0].lender = "重庆蚂蚁消费金融有限公司" + String(repeating: "客户服务中心", count: 4)
    p.debts[0].notes = String(repeating: "客服说可以申请延期还款，需要提供收入证明和失业证明。", count: 5)
    var entry = ContactEntry(
      at: LocalDateTime(date: GoldenScreenTests.today, hour: 22, minute: 40), direction: .inbound,
      channel: .call, summary: String(repeating: "催收员说如果今天不还清就会联系我的单位和家人，语气很凶。", count: 4),
      organisation: "某某资产管理有限公司", person: "王经理", staffID: "A1024", phone: "021-5555 0100",
      agreed: String(repeating: "先还一千元，其余下月再谈。", count: 3), userFlags: [.threat])
    entry.thirdParty = true
    p.appendContact(entry, to: p.debts[0].id)
    var s = AppState(portfolio: p, settings: Settings(), today: GoldenScreenTests.today, language: language)
    s.nowMinute = 20 * 60
    return s
  }

  /// Every state worth drawing: each screen, the detail, the case in each section, the form, each
  /// dialog, help, the door page and the letters.
  static func states(_ language: Language) -> [(String, AppState)] {
    var out: [(String, AppState)] = []
    let base = longData(language)
    func press(_ keys: [Key], _ s: inout AppState) {
      for key in keys { _ = AppLogic.handle(key, state: &s, keyMap: .standard) }
    }
    for screen in Screen.allCases {
      var s = base
      s.screen = screen
      out.append(("\(screen)", s))
    }
    var s = base
    press([.character("3"), .enter], &s)
    out.append(("detail", s))
    press([.end], &s)
    out.append(("detail-end", s))
    s = base
    press([.character("3"), .character("c")], &s)
    for section in CaseSection.allCases {
      out.append(("case-\(section)", s))
      press([.tab], &s)
    }
    for key in ["l", "o", "A", "p"] {
      var d = s
      press([.character(Character(key))], &d)
      out.append(("case-dialog-\(key)", d))
    }
    var letter = s
    press([.character("w")], &letter)
    for i in 0..<8 {
      out.append(("letter-\(i)", letter))
      press([.right], &letter)
    }
    s = base
    press([.character("a")], &s)
    out.append(("form", s))
    press([.enter], &s)
    out.append(("form-errors", s))
    s = base
    press([.character("?")], &s)
    out.append(("help", s))
    s = base
    press([.character("!")], &s)
    out.append(("door", s))
    s = base
    press([.character("p")], &s)
    out.append(("pay", s))
    s = base
    press([.character("T")], &s)
    out.append(("snooze-until", s))
    return out
  }

  @Test("every screen and dialog, English and Chinese, 50×12 to 160×50", arguments: [Language.en, .zhHans])
  func noCuts(language: Language) {
    for (name, state) in NoCutTextTests.states(language) {
      for (w, h) in NoCutTextTests.sizes {
        var s = state
        s.contentWidth = w
        s.contentHeight = h - 4
        let screen = AppView.render(s, keyMap: .standard, theme: .standard, width: w, height: h)
        for cut in screen.cuts { Issue.record("\(name) at \(w)×\(h) (\(language)): \(cut)") }
      }
    }
  }

  @Test("the check can fail: text drawn past an edge is noted, truncated text is not")
  func checkCanFail() {
    var buffer = ScreenBuffer(width: 10, height: 2)
    buffer.put("a long line of text", x: 0, y: 0, style: .plain)
    #expect(buffer.cuts.count == 1)
    buffer.put("a long line of text".truncated(toWidth: 10), x: 0, y: 1, style: .plain)
    buffer.put("fits     ", x: 0, y: 1, style: .plain)
    buffer.put("借呗借呗借呗", x: 0, y: 1, style: .plain, clip: Rect(x: 0, y: 1, width: 5, height: 1))
    #expect(buffer.cuts.count == 2)
  }
}
