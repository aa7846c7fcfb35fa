import DebtCore
import Foundation

/// Opens the full-screen app. Until it exists, prints the daily brief.
func launchApp(_ context: AppContext) throws {
  let portfolio = try context.load().portfolio
  let brief = DailyBrief(portfolio: portfolio, today: context.today, settings: context.settings)
  print(TodayCommand.render(brief, context))
}
