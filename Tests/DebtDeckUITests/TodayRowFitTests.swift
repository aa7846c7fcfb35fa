import TerminalUI
import Testing

@testable import DebtDeckUI

/// A Today row that starts with a long debt name: the name gives up room first, so what the row
/// says about the debt stays in view (it used to show only the name and “…”).
@Suite("Today rows keep what they say")
struct TodayRowFitTests {
  @Test("a long name is shortened before the message; a short line is untouched")
  func fitted() {
    let name = "借呗（应急周转资金，用于支付房租和孩子学费）"
    let line = name + "：口头约定——请对方书面确认"
    let fit = TodayScreen.fitted(line, name: name, width: 40)
    #expect(fit.displayWidth <= 40)
    #expect(fit.contains("口头约定"), "\(fit)")
    #expect(fit.hasPrefix("借呗"))
    #expect(fit.contains("…"))
    // Fits already: as it is. Does not start with the name: cut at the end as before.
    #expect(TodayScreen.fitted("花呗 · 账单还款", name: "花呗", width: 40) == "花呗 · 账单还款")
    #expect(TodayScreen.fitted(String(repeating: "x", count: 60), name: name, width: 20).hasSuffix("…"))
  }
}
