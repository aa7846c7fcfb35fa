/// What the borrower told the offer calculator, in the debt's minor units per month.
public struct OfferInputs: Hashable, Sendable, Codable {
  public var monthlyIncome: Int64
  public var essentialSpending: Int64
  /// Kept aside each month for emergencies, so one surprise does not break the agreement.
  public var reserve: Int64

  public init(monthlyIncome: Int64, essentialSpending: Int64, reserve: Int64 = 0) {
    self.monthlyIncome = monthlyIncome
    self.essentialSpending = essentialSpending
    self.reserve = reserve
  }
}

/// What can honestly be offered to one lender: what is left after essentials, a reserve and the
/// other debts' minimums, and how long that takes to clear this debt (with and without the
/// penalty and fees waived).
public struct Offer: Hashable, Sendable {
  public let inputs: OfferInputs
  /// The other debts' payments due this month.
  public let otherMinimums: Int64
  /// Left each month after essentials, reserve and the other minimums (may be negative).
  public let available: Int64
  /// What to offer this lender each month (0 when nothing is left).
  public let monthly: Int64
  /// What settles the debt today, and the same without penalty and fees (what to ask for).
  public let owed: Int64
  public let owedIfWaived: Int64
  /// Months to clear `owed` / `owedIfWaived` at `monthly` (nil when nothing can be offered).
  public let months: Int?
  public let monthsIfWaived: Int?

  public init(inputs: OfferInputs, status: DebtStatus, otherMinimums: Int64) {
    self.inputs = inputs
    self.otherMinimums = otherMinimums
    available = inputs.monthlyIncome - inputs.essentialSpending - inputs.reserve - otherMinimums
    owed = status.payoffAmount
    owedIfWaived = max(0, status.payoffAmount - status.penalty - status.fees)
    monthly = max(0, min(available, owed))
    months = monthly > 0 ? Int((owed + monthly - 1) / monthly) : nil
    monthsIfWaived = monthly > 0 ? Int((owedIfWaived + monthly - 1) / monthly) : nil
  }

  /// Computes the offer for `debtID` from the whole portfolio on `today`.
  public static func make(
    inputs: OfferInputs, debtID: String, portfolio: Portfolio, statuses: [String: DebtStatus],
    today: LocalDate
  ) -> Offer? {
    guard let status = statuses[debtID] else { return nil }
    return Offer(
      inputs: inputs, status: status,
      otherMinimums: otherMinimums(excluding: debtID, portfolio: portfolio, statuses: statuses, today: today))
  }

  /// The other active debts' installments falling due in the month of `today` (their arrears are
  /// not counted: they are negotiated separately).
  public static func otherMinimums(
    excluding debtID: String, portfolio: Portfolio, statuses: [String: DebtStatus], today: LocalDate
  ) -> Int64 {
    var sum: Int64 = 0
    let monthEnd = today.firstOfMonth.adding(months: 1).adding(days: -1)
    for debt in portfolio.debts where debt.id != debtID && !debt.archived {
      guard let s = statuses[debt.id], s.stage != .settled else { continue }
      for (inst, covered) in zip(s.schedule.installments, s.covered) where covered < inst.total {
        guard inst.dueDate <= monthEnd else { break }
        if inst.dueDate >= today.firstOfMonth { sum += inst.total - covered }
      }
    }
    return sum
  }

  /// Nothing can be offered: the conversation is about a pause or hardship relief, not a plan.
  public var isShortfall: Bool { monthly == 0 }
  /// The plan runs longer than five years (the usual ceiling of 个性化分期).
  public var isTooLong: Bool { (monthsIfWaived ?? Int.max) > 60 }
}
