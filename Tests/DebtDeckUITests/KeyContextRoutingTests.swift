import DebtCore
import Testing

@testable import DebtDeckUI

/// The key table says where a key matched, and that context decides what a move moves (the list,
/// the detail, the settings, the case), not a second guess from the state.
@Suite("Keys act in the context they matched")
struct KeyContextRoutingTests {
  @Test("the binding names its context; a move goes where the key matched")
  func routing() {
    let map = KeyMap.standard
    #expect(map.binding(for: .down, in: [.detail, .global])?.context == .detail)
    #expect(map.binding(for: .down, in: [.today, .list, .global])?.context == .list)
    #expect(map.binding(for: .character("?"), in: [.detail, .global])?.context == .global)

    var s = GoldenScreenTests.demoState()
    s.screen = .debts
    s.detail = "d1"
    s.drawn.detailMaxScroll = 5
    // Down pressed on the detail scrolls it; the list under it keeps its selection.
    _ = AppLogic.handle(.down, state: &s, keyMap: map)
    #expect(s.detailScroll == 1 && (s.selection[.debts] ?? 0) == 0)
    // The same action matched in the list moves the list, whatever is open over it.
    _ = AppLogic.perform(.moveDown, state: &s, in: .list)
    #expect(s.detailScroll == 1 && s.selection[.debts] == 1)
    // Settings: its row.
    var t = GoldenScreenTests.demoState()
    t.screen = .settings
    _ = AppLogic.handle(.down, state: &t, keyMap: map)
    #expect(t.settingsRow == 1)
  }

  @Test("a step key outside the guide says where the steps are, and changes nothing")
  func stepKeysOutsideTheGuide() {
    var s = GoldenScreenTests.demoState()
    s.caseDebt = "d1"
    s.caseSection = .ladder
    let portfolio = s.portfolio
    _ = AppLogic.handle(.character("d"), state: &s, keyMap: .standard)
    #expect(s.message?.text.en.contains("Guide section") == true)
    #expect(s.message?.text.zh.contains("指南") == true)
    #expect(s.portfolio == portfolio)
  }
}
