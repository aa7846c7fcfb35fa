import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// FINDINGS, data files: `p` on a reminder closed it whatever the amount, so after three small
/// payments Today said "Nothing to do today" while the top bar still counted the debt overdue.
@Suite("Paying part of what a Today row asks")
struct TodayPartialPaymentTests {
  func press(_ keys: [Key], _ state: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &state, keyMap: .standard) }
  }

  /// Pays `amount` (typed) from the selected row, confirming the "is this a slip?" question if asked.
  func pay(_ amount: String, _ state: inout AppState) {
    press([.character("p"), .control("u")] + amount.map { Key.character($0) } + [.enter], &state)
    if case .pay = state.overlay { press([.enter], &state) }
  }

  @Test("three ¥3 payments leave the overdue reminder open; paying the rest closes it")
  func partialKeepsReminder() throws {
    var s = GoldenScreenTests.demoState()
    let first = try #require(s.todayRows.first?.notice)
    #expect(first.debtID == "d1")
    let asked = try #require(s.todayRows.first?.amount)
    for _ in 0..<3 { pay("3", &s) }
    #expect(s.portfolio.payments.filter { $0.debt == "d1" && $0.amount == 300 }.count == 3)
    #expect(s.portfolio.reminderStates[first.id] == nil)
    #expect(s.todayRows.contains { $0.notice?.id == first.id })
    #expect((s.statuses["d1"]?.daysPastDue ?? 0) > 0)
    // What the row now asks is what it asked less the ¥9 paid (the penalty does not grow today).
    let row = try #require(s.todayRows.first { $0.notice?.id == first.id })
    #expect(row.amount == asked - 900)
    pay(Money.plain(asked - 900, .cny), &s)
    #expect(s.portfolio.reminderStates[first.id] != nil)
  }
}
