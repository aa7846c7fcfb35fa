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

/// What can honestly be offered to one lender: what is left after essentials, a reserve, the
/// other debts' installments this month and their arrears, and how long that takes to clear this
/// debt. Two assumptions are shown side by side, because lenders differ: the contract interest
/// keeps running on what is left (charged monthly at the contract rate), or the lender stops it
/// while the plan is kept (停息, which it may or may not agree to). Each with and without the
/// penalty and fees waived.
public struct Offer: Hashable, Sendable {
  public let inputs: OfferInputs
  /// The other debts' installments due this month.
  public let otherMinimums: Int64
  /// The other debts' arrears: installments due before this month and unpaid, their penalty and fees.
  public let otherArrears: Int64
  /// Left each month after essentials, reserve and the other minimums (may be negative).
  public let available: Int64
  /// What to offer this lender each month (0 when nothing is left).
  public let monthly: Int64
  /// What settles the debt today, and the same without penalty and fees (what to ask for).
  public let owed: Int64
  public let owedIfWaived: Int64
  /// Months to clear `owed` / `owedIfWaived` at `monthly` with interest stopped (nil when
  /// nothing can be offered).
  public let months: Int?
  public let monthsIfWaived: Int?
  /// The same with the contract interest still running on what is left: nil when nothing can be
  /// offered or the offer does not cover a month's interest (the balance would never fall).
  public let monthsWithInterest: Int?
  public let monthsIfWaivedWithInterest: Int?
  /// The contract's monthly rate the "interest running" figures use.
  public let monthlyRate: RateFraction

  public init(
    inputs: OfferInputs, status: DebtStatus, otherMinimums: Int64, otherArrears: Int64 = 0,
    monthlyRate: RateFraction = .zero
  ) {
    self.inputs = inputs
    self.otherMinimums = otherMinimums
    self.otherArrears = otherArrears
    self.monthlyRate = monthlyRate
    available =
      inputs.monthlyIncome - inputs.essentialSpending - inputs.reserve - otherMinimums - otherArrears
    owed = status.payoffAmount
    owedIfWaived = max(0, status.payoffAmount - status.penalty - status.fees)
    let monthly = max(0, min(available, owed))
    self.monthly = monthly
    months = monthly > 0 ? Int((owed + monthly - 1) / monthly) : nil
    monthsIfWaived = monthly > 0 ? Int((owedIfWaived + monthly - 1) / monthly) : nil
    monthsWithInterest = Offer.months(owed, paying: monthly, rate: monthlyRate)
    monthsIfWaivedWithInterest = Offer.months(owedIfWaived, paying: monthly, rate: monthlyRate)
  }

  /// Months to clear `balance` paying `monthly` at the end of each month, after the month's
  /// interest (rounded half-up) is added. Nil when the payment does not outrun the interest.
  static func months(_ balance: Int64, paying monthly: Int64, rate: RateFraction) -> Int? {
    guard monthly > 0 else { return nil }
    var left = balance
    var count = 0
    while left > 0 {
      let interest = rate.of(left)
      guard interest < monthly, count < 600 else { return nil }
      left = left + interest - monthly
      count += 1
    }
    return count
  }

  /// Computes the offer for `debtID` from the whole portfolio on `today`.
  public static func make(
    inputs: OfferInputs, debtID: String, portfolio: Portfolio, statuses: [String: DebtStatus],
    today: LocalDate
  ) -> Offer? {
    guard let status = statuses[debtID], let debt = portfolio.debts.first(where: { $0.id == debtID }) else {
      return nil
    }
    return Offer(
      inputs: inputs, status: status,
      otherMinimums: otherMinimums(excluding: debtID, portfolio: portfolio, statuses: statuses, today: today),
      otherArrears: otherArrears(excluding: debtID, portfolio: portfolio, statuses: statuses, today: today),
      monthlyRate: debt.method == .flatFee ? .zero : debt.rate.monthly)
  }

  /// The other active debts' arrears on `today`: installments due before this month and still
  /// unpaid, with their penalty and fees. They are due now as much as this month's installments.
  public static func otherArrears(
    excluding debtID: String, portfolio: Portfolio, statuses: [String: DebtStatus], today: LocalDate
  ) -> Int64 {
    var sum: Int64 = 0
    for debt in portfolio.debts where debt.id != debtID && !debt.archived {
      guard let s = statuses[debt.id], s.stage != .settled else { continue }
      for (inst, covered) in zip(s.schedule.installments, s.covered) where covered < inst.total {
        guard inst.dueDate < today.firstOfMonth else { break }
        sum += inst.total - covered
      }
      sum += s.penalty + s.fees
    }
    return sum
  }

  /// The other active debts' installments falling due in the month of `today` (what is left of
  /// them); earlier ones are in `otherArrears`.
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
