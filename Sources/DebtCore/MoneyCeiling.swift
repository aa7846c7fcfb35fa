/// The highest a derived money figure (a penalty, a balance) is counted to, so that arithmetic
/// on stored amounts never overflows.
///
/// Stored amounts are at most `Portfolio.amountLimit` (10¹⁴ minor units). Penalties that
/// compound daily for decades grow without bound, though; they are held at this ceiling (10¹⁶,
/// a hundred times the largest stored amount) instead of trapping. Sums of a few hundred such
/// figures still fit an Int64.
public enum MoneyCeiling {
  public static let value: Int64 = Portfolio.amountLimit * 100

  /// `a + b`, held at the ceiling.
  public static func add(_ a: Int64, _ b: Int64) -> Int64 {
    let (sum, overflow) = a.addingReportingOverflow(b)
    return overflow || sum > value ? value : sum
  }

  /// `a × n`, held at the ceiling.
  public static func multiply(_ a: Int64, _ n: Int64) -> Int64 {
    let (product, overflow) = a.multipliedReportingOverflow(by: n)
    return overflow || product > value ? value : product
  }
}
