import DebtCore
import Testing

@testable import DebtDeckUI

/// Derived state (stages, the brief, its reminders) recomputes from one place when the
/// portfolio, the settings or the day change — no screen has to poke the state to refresh it.
@Suite("Derived state follows the settings")
struct DerivedStateTests {
  /// The demo's 微粒贷, whose next installment falls due 3 days after the demo's today.
  func weilidai(_ s: AppState) throws -> Debt {
    try #require(s.portfolio.debts.first { $0.name == "微粒贷" })
  }

  @Test("changing the due-soon window in the settings changes the stage and the brief at once")
  func dueSoonWindow() throws {
    var s = GoldenScreenTests.demoState()
    let debt = try weilidai(s)
    let due = try #require(s.statuses[debt.id]?.nextDue?.installment.dueDate)
    let days = due.ordinal - s.today.ordinal
    #expect(days == 3)
    // Due soon is "due within the window": in it with 3 or more days, out of it with 2.
    s.settings.dueSoonDays = days - 1
    #expect(s.statuses[debt.id]?.stage == .current)
    #expect(!s.brief.upcoming.contains { $0.debt.id == debt.id })
    s.settings.dueSoonDays = days
    #expect(s.statuses[debt.id]?.stage == .dueSoon)
    #expect(s.brief.upcoming.contains { $0.debt.id == debt.id })
  }

  @Test("a change made on the Settings screen gives what a fresh start with those settings gives")
  func settingsScreen() throws {
    var s = GoldenScreenTests.demoState()
    s.screen = .settings
    s.settingsRow = SettingsScreen.Row.dueSoon.rawValue
    for _ in 0..<3 {
      _ = AppLogic.perform(.choicePrevious, state: &s)
      let fresh = AppState(portfolio: s.portfolio, settings: s.settings, today: s.today, language: s.language)
      #expect(s.statuses.mapValues(\.stage) == fresh.statuses.mapValues(\.stage), "\(s.settings.dueSoonDays)")
      #expect(s.reminders.map(\.id) == fresh.reminders.map(\.id))
    }
    let debt = try weilidai(s)
    // 7 → 5 → 3 → 14 days: 3 days away is due soon again.
    #expect(s.settings.dueSoonDays == 14 && s.statuses[debt.id]?.stage == .dueSoon)
  }
}
