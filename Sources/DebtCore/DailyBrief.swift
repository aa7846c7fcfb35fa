/// What needs attention today: debts that are late, and installments due within `days`.
/// Pure: everything comes from the portfolio, the settings and `today`.
public struct DailyBrief: Sendable {
  public struct Item: Sendable {
    public let debt: Debt
    public let status: DebtStatus
    /// The date that puts this item in the brief (the missed or the coming due date).
    public let date: LocalDate
    /// What to pay now (overdue + penalty) or on `date`.
    public let amount: Int64
    /// Negative: days until due; positive: days past due.
    public let daysPastDue: Int
  }

  public let today: LocalDate
  public let days: Int
  public let overdue: [Item]
  public let upcoming: [Item]

  /// - Parameter statuses: each debt's status on `today`, when the caller has them already.
  public init(
    portfolio: Portfolio, today: LocalDate, days: Int = 7, settings: Settings = Settings(),
    statuses: [String: DebtStatus]? = nil
  ) {
    self.today = today
    self.days = days
    let statuses = statuses ?? portfolio.statuses(asOf: today, dueSoonDays: settings.dueSoonDays)
    var overdue: [Item] = []
    var upcoming: [Item] = []
    for debt in portfolio.debts where !debt.archived {
      guard let status = statuses[debt.id] else { continue }
      if status.stage.isLate, let first = status.firstUnpaid {
        overdue.append(
          Item(
            debt: debt, status: status, date: first.installment.dueDate,
            amount: status.overdueAmount + status.penalty, daysPastDue: status.daysPastDue))
      } else if let next = status.nextDue, today.days(to: next.installment.dueDate) <= days {
        upcoming.append(
          Item(
            debt: debt, status: status, date: next.installment.dueDate, amount: next.remaining,
            daysPastDue: -today.days(to: next.installment.dueDate)))
      }
    }
    self.overdue = overdue.sorted {
      ($0.status.stage.severity, $0.daysPastDue) > ($1.status.stage.severity, $1.daysPastDue)
    }
    self.upcoming = upcoming.sorted { ($0.date, $0.debt.name) < ($1.date, $1.debt.name) }
  }

  public var isEmpty: Bool { overdue.isEmpty && upcoming.isEmpty }
}
