/// How a lender counts the days interest accrues over (DOMAIN.md §2). A per-debt setting:
/// check the contract.
public enum DayCount: String, Codable, Sendable, CaseIterable {
  /// Per actual day on the unpaid principal at the daily rate: a 28-day February costs less than a
  /// 31-day March. What 借呗, 微粒贷 and most daily-rate products do.
  case actual
  /// Per month at the monthly rate whatever the month's length; an odd first period (not exactly
  /// one month from the start) is charged by actual days at the daily equivalent.
  case monthly

  /// The usual count for a quote: daily quotes accrue per day, the others per month.
  public static func typical(for basis: RateBasis) -> DayCount { basis == .daily ? .actual : .monthly }

  public var name: LocalizedText {
    switch self {
    case .actual: return LocalizedText(en: "actual days", zh: "按实际天数")
    case .monthly: return LocalizedText(en: "whole months", zh: "按月")
    }
  }
}
