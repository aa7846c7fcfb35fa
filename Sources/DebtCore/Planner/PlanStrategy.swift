/// How extra money is directed once every minimum is paid.
public enum PlanStrategy: String, Codable, Sendable, CaseIterable {
  /// Highest true APR first: pays the least interest.
  case avalanche
  /// Lowest balance first: the quickest wins. The order is by what each debt owes when the plan
  /// starts and stays fixed; a cleared debt's money rolls to the next one.
  case snowball
  /// Stop the damage first: late debts, then those reporting to 征信, then the dearest penalty.
  case triage
  /// The user's own order.
  case custom
  /// Minimums only: the baseline every plan is compared with.
  case minimums

  public var name: LocalizedText {
    switch self {
    case .avalanche: return LocalizedText(en: "Avalanche (dearest first)", zh: "雪崩法（利率最高优先）")
    case .snowball: return LocalizedText(en: "Snowball (smallest first)", zh: "雪球法（余额最小优先）")
    case .triage: return LocalizedText(en: "Overdue first (triage)", zh: "逾期优先（止损）")
    case .custom: return LocalizedText(en: "Your order", zh: "自定顺序")
    case .minimums: return LocalizedText(en: "Minimums only", zh: "只还最低")
    }
  }
}

/// Money added to (or taken from) the budget: once in one month, or every month from one on.
public struct PlanExtra: Hashable, Sendable, Codable {
  /// 0 = the month of `today`.
  public let month: Int
  public let amount: Int64
  public let recurring: Bool

  public init(month: Int, amount: Int64, recurring: Bool = false) {
    self.month = month
    self.amount = amount
    self.recurring = recurring
  }
}

/// What the extra money does to an installment loan: end it sooner, or lower its payment.
public enum ExtraEffect: String, Codable, Sendable {
  case shortenTerm = "shorten-term"
  case lowerPayment = "lower-payment"
}
