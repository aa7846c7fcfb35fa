import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// `m` on Plan: the ★ plan month by month in the pager, every month reachable at 80×24, and the
/// search (`/`, n, N) in it — in Chinese too.
@Suite("Plan month by month")
struct PlanMonthsPageTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  func plan(_ language: Language, width: Int = 80, height: Int = 24) -> AppState {
    var s = GoldenScreenTests.demoState(language)
    s.contentWidth = width
    s.contentHeight = height - 4
    s.pageSize = AppView.pageSize(height: height)
    press([.character("5")], &s)
    return s
  }

  func screen(_ s: AppState, width: Int = 80, height: Int = 24) -> ScreenBuffer {
    AppView.render(s, keyMap: .standard, theme: .standard, width: width, height: height)
  }

  /// "¥1,234.56" → 123456, read from the text the way a person reads it.
  func minorUnits(_ text: Substring) -> Int64? {
    let digits = text.filter { $0.isNumber || $0 == "." }
    let parts = digits.split(separator: ".")
    guard parts.count == 2, let whole = Int64(parts[0]), let cents = Int64(parts[1]) else { return nil }
    return whole * 100 + cents
  }

  @Test("m opens the month-by-month page of the plan the screen marks ★", arguments: [(80, 24), (120, 40)])
  func goldens(width: Int, height: Int) throws {
    for language in [Language.en, .zhHans] {
      var s = plan(language, width: width, height: height)
      press([.character("m")], &s)
      guard case .page = s.overlay else {
        Issue.record("m opened no page")
        continue
      }
      try GoldenScreenTests().check(
        (language == .en ? "" : "zh-") + "plan-months", s, width: width, height: height)
      press([.character("G")], &s)
      try GoldenScreenTests().check(
        (language == .en ? "" : "zh-") + "plan-months-end", s, width: width, height: height)
    }
  }

  @Test("every month is there, in order, as many as the Plan screen says; G reaches the last at 80×24")
  func everyMonth() throws {
    var s = plan(.en)
    // The ★ row of the Plan screen: its Months column, as the user reads it.
    let starRow = try #require(screen(s).lines().first { $0.contains("★") })
    let columns = starRow.split(separator: " ").map(String.init)
    let monthsShown = try #require(columns.compactMap { Int($0) }.first)
    press([.character("m")], &s)
    let pager = try #require(s.overlay?.pager)
    let lines = pager.lines(width: 76).map(\.text)
    let headings = lines.filter { $0.hasPrefix("■ ") }.map { String($0.dropFirst(2).prefix(7)) }
    #expect(headings.count == monthsShown)
    // Consecutive calendar months, from this month or the next.
    for (a, b) in zip(headings, headings.dropFirst()) {
      let (ya, ma) = (Int(a.prefix(4)) ?? 0, Int(a.suffix(2)) ?? 0)
      let (yb, mb) = (Int(b.prefix(4)) ?? 0, Int(b.suffix(2)) ?? 0)
      #expect(yb * 12 + mb == ya * 12 + ma + 1, "\(a) then \(b)")
    }
    // Each month's debts add up to the month's payment, as printed.
    var monthPaid: Int64?
    var debtsPaid: Int64 = 0
    for line in lines + ["■ end"] {
      if line.hasPrefix("■ ") {
        if let m = monthPaid { #expect(debtsPaid == m, "a month's debts add up to its total") }
        let paid = line.components(separatedBy: " · ").first { $0.hasPrefix("paid ") }
        monthPaid = paid.flatMap { minorUnits(Substring($0)) }
        debtsPaid = 0
      } else if let range = line.range(of: " paid "), let dot = line.range(of: " · interest") {
        debtsPaid += minorUnits(line[range.upperBound..<dot.lowerBound]) ?? 0
      }
    }
    press([.character("G")], &s)
    let last = try #require(headings.last)
    let shown = screen(s).text
    #expect(shown.contains("■ " + last))
    #expect(shown.contains("\(lines.count)/\(lines.count)"), "the status line says the end is shown")
  }

  @Test("search 借呗 in the Chinese page: / finds it, n the next, N back, each match in reverse video")
  func searchChinese() throws {
    var s = plan(.zhHans)
    press([.character("m")], &s)
    press([.character("/")] + "借呗".map { Key.character($0) } + [.enter], &s)
    let pager = try #require(s.overlay?.pager)
    let all = pager.lines(width: 76).map(\.text)
    let hits = all.indices.filter { all[$0].contains("借呗") }
    #expect(hits.count > 2)
    #expect(pager.matchLine == hits.first)
    // The match is drawn in reverse video where it stands on the screen.
    func highlighted(_ s: AppState) -> Int {
      let b = screen(s)
      var count = 0
      for y in 0..<b.height {
        for x in 0..<(b.width - 1) where b[x, y].character == "借" && b[x + 2, y].character == "呗" {
          if b[x, y].style.reverse && b[x + 2, y].style.reverse { count += 1 }
        }
      }
      return count
    }
    #expect(highlighted(s) >= 1)
    press([.character("n")], &s)
    #expect(s.overlay?.pager?.matchLine == hits[1])
    press([.character("n")], &s)
    #expect(s.overlay?.pager?.matchLine == hits[2])
    press([.character("N")], &s)
    #expect(s.overlay?.pager?.matchLine == hits[1])
    #expect(highlighted(s) >= 1)
    // Past the last match, n comes round to the first (even where the end keeps it on screen).
    press(Array(repeating: .character("n"), count: hits.count - 1), &s)
    #expect(s.overlay?.pager?.matchLine == hits[0])
    // A search with no match says so, in Chinese.
    press([.character("/")] + "花呗花呗".map { Key.character($0) } + [.enter], &s)
    #expect(screen(s).text.contains("未找到"))
  }
}
