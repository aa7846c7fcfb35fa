import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// The long text that opens in the one pager — a guide step in full (`v` in the case), a debt's
/// notes (`n` on its detail), the plan month by month (`m` on Plan) — and the search in it.
@Suite("Pages in the pager")
struct PagerPagesTests {
  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// The state as the shell has it for a terminal this size, after drawing a frame.
  func sized(_ state: inout AppState, width: Int, height: Int) {
    state.pageSize = AppView.pageSize(height: height)
    state.contentHeight = height - 4
    state.contentWidth = width
    state.drawn = AppView.draw(state, keyMap: .standard, theme: .standard, width: width, height: height).drawn
  }

  func screen(_ state: AppState, width: Int = 80, height: Int = 24) -> [String] {
    AppView.render(state, keyMap: .standard, theme: .standard, width: width, height: height).lines()
  }

  /// The demo's 借呗 (d1, at M2) with its case open on the guide step about the collectors' rules.
  func rightsStep(_ language: Language, width: Int, height: Int) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    sized(&s, width: width, height: height)
    _ = press([.character("3"), .character("c")], &s)
    let row = s.caseSummary?.steps.firstIndex { $0.id == "rights" } ?? 0
    _ = press(Array(repeating: .down, count: row), &s)
    return s
  }

  static let sizes = [(80, 24), (120, 40)]
  static let both = [Language.en, .zhHans]

  @Test(
    "v opens the selected guide step in full: title, all its text, the checklist, when checked",
    arguments: sizes)
  func guideStep(width: Int, height: Int) throws {
    for language in PagerPagesTests.both {
      var s = rightsStep(language, width: width, height: height)
      let step = try #require(s.caseSummary?.steps[s.caseRow])
      #expect(step.id == "rights")
      _ = press([.character("v")], &s)
      guard case .page(let pager) = s.overlay else {
        Issue.record("v opened no page: \(String(describing: s.overlay))")
        continue
      }
      // Every word of the step is in the page: its why and each checklist item (spaces aside,
      // where the lines wrap).
      func bare(_ t: String) -> String { t.filter { $0 != " " } }
      let text = bare(pager.lines(width: 200).map(\.text).joined())
      #expect(text.contains(bare(language == .en ? step.why.en : step.why.zh)))
      for item in step.checklist { #expect(text.contains(bare(language == .en ? item.en : item.zh))) }
      #expect(text.contains(Guide.lastChecked.description))
      let prefix = language == .en ? "" : "zh-"
      try GoldenScreenTests().check(prefix + "guide-page", s, width: width, height: height)
      _ = press([.escape], &s)
      #expect(s.overlay == nil && s.caseDebt == "d1", "Esc goes back to the case")
    }
  }

  static let longNotes = LocalizedText(
    en:
      "2 installments missed after a job loss.\nCalled 重庆蚂蚁消费金融 on 2026-11-20: they asked for the whole overdue amount by the end of the month; I said I would send a written plan within three days. The agent's staff number was A1024.\nThe contract number is in the app under 我的 → 合同.\nNext: send the negotiation letter, keep the reply.",
    zh:
      "失业后漏还了 2 期。\n2026-11-20 致电重庆蚂蚁消费金融：对方要求月底前还清全部逾期金额；我说会在三天内提交书面方案。客服工号 A1024。\n合同编号在 App 的“我的 → 合同”里。\n下一步：寄出协商还款申请，保留回复。"
  )

  @Test(
    "long notes: the detail shows their first line with an ellipsis and the key; n shows them all",
    arguments: sizes)
  func notes(width: Int, height: Int) throws {
    for language in PagerPagesTests.both {
      var s = GoldenScreenTests.demoState(language)
      s.portfolio.debts[0].notes =
        language == .en ? PagerPagesTests.longNotes.en : PagerPagesTests.longNotes.zh
      s.screen = .debts
      s.detail = "d1"
      sized(&s, width: width, height: height)
      let detail = screen(s, width: width, height: height)
      let notesRow = try #require(detail.first { $0.contains(language == .en ? "Notes " : "备注 ") })
      #expect(notesRow.contains("…") && notesRow.contains(language == .en ? "(v: all notes)" : "（v：全部备注）"))
      let prefix = language == .en ? "" : "zh-"
      try GoldenScreenTests().check(prefix + "notes-detail", s, width: width, height: height)
      _ = press([.character("v")], &s)
      guard case .page(let pager) = s.overlay else {
        Issue.record("v opened no page")
        continue
      }
      // Every line of the notes is in the page, whole.
      let text = pager.lines(width: 300).map(\.text)
      for line in s.portfolio.debts[0].notes.split(separator: "\n") { #expect(text.contains(String(line))) }
      try GoldenScreenTests().check(prefix + "notes-page", s, width: width, height: height)
    }
  }

  @Test("short notes stay whole on the detail; n on a debt without notes says how to add them")
  func shortNotes() {
    var s = GoldenScreenTests.demoState()
    s.screen = .debts
    s.detail = "d1"
    let row = screen(s).first { $0.contains("Notes ") } ?? ""
    #expect(row.contains("2 installments missed after a job loss.") && !row.contains("…"))
    s.detail = "d2"
    s.portfolio.debts[1].notes = ""
    _ = press([.character("v")], &s)
    #expect(s.overlay == nil)
    #expect(s.message?.text.en.contains("no notes") == true)
  }
}
