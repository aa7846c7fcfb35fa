/// One month of a plan: what was paid to each debt, the interest added, the balances after.
public struct PlanMonth: Hashable, Sendable {
  public let index: Int
  public let payments: [Int64]
  public let interest: [Int64]
  public let balances: [Int64]
  public let shortfall: Bool

  public var totalBalance: Int64 { balances.reduce(0) { $0 + max($1, 0) } }
  public var totalPaid: Int64 { payments.reduce(0, +) }
  /// The interest every debt adds this month.
  public var totalInterest: Int64 { interest.reduce(0, +) }
}

/// The outcome of a plan, with everything a person needs to trust it.
public struct PlanResult: Hashable, Sendable {
  /// A lender to call before a due date because this month's minimum cannot be paid in full.
  public struct Call: Hashable, Sendable {
    public let debtID: String
    public let name: String
    public let lender: String
    public let dueDate: LocalDate?
    public let shortBy: Int64
  }

  public let strategy: PlanStrategy
  public let budget: Int64
  public let start: LocalDate
  public let months: [PlanMonth]
  public let debtIDs: [String]
  public let names: [String]
  /// Month index in which each debt is paid off (nil: not within the horizon).
  public let payoffMonth: [Int?]
  /// Each debt's first payment in the plan: month k pays it k months later.
  public let firstPayments: [LocalDate]
  public let interestByDebt: [Int64]
  public let paidByDebt: [Int64]
  public let startBalances: [Int64]
  public let monthCount: Int
  /// Every debt paid off within the horizon.
  public let finished: Bool
  public let shortfallMonths: [Int]
  public let callList: [Call]
  /// Debts whose minimum does not cover the month's interest: paying only it, they never shrink.
  public let negativeAmortization: [String]
  /// What the first month's minimums add up to.
  public let minimumsNeeded: Int64

  public var totalInterest: Int64 { interestByDebt.reduce(0, +) }
  public var totalPaid: Int64 { paidByDebt.reduce(0, +) }
  /// True when the budget cannot cover every minimum in the first month.
  public var isShortfall: Bool { shortfallMonths.first == 0 }

  /// The calendar month of a month index (its first day).
  public func date(ofMonth index: Int) -> LocalDate { start.adding(months: index) }

  /// The day debt i's last payment falls due, if the plan pays it off.
  public func payoffDate(_ i: Int) -> LocalDate? {
    guard let k = payoffMonth[i] else { return nil }
    return (i < firstPayments.count ? firstPayments[i] : start).adding(months: k)
  }

  /// When the last debt is paid off: the day of the last payment (its month is the month shown).
  public var debtFreeDate: LocalDate? {
    guard finished, monthCount > 0 else { return nil }
    return payoffMonth.indices.compactMap(payoffDate).max() ?? date(ofMonth: monthCount - 1)
  }
}
