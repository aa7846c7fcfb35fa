/// An amount kept exact below the minor unit: `numerator / unit` minor units. Penalty interest is
/// accumulated this way and rounded half-up once per figure shown, so ¥1,835.98 × 0.075 % × 59
/// days is ¥81.2421 → ¥81.24, never a sum of 59 rounded days.
public struct ExactAmount: Hashable, Sendable {
  public let numerator: Int128
  /// Parts of a minor unit; at least 1.
  public let unit: Int128

  public init(numerator: Int128, unit: Int128) {
    self.numerator = numerator
    self.unit = max(unit, 1)
  }

  /// Half-up to a whole minor unit (四舍五入).
  public var rounded: Int64 {
    let q = numerator / unit
    let r = numerator % unit
    // Clamped, never trapping: stored amounts are bounded (±10¹⁴), so only corrupt input gets here.
    if r * 2 >= unit { return Int64(clamping: q + 1) }
    if r * 2 <= -unit { return Int64(clamping: q - 1) }
    return Int64(clamping: q)
  }

  /// `self − other` in the same unit, rounded once: what one more day or week adds. Zero when the
  /// units differ (the two figures come from different rates).
  public func roundedIncrease(since other: ExactAmount) -> Int64 {
    guard unit == other.unit else { return max(rounded - other.rounded, 0) }
    return ExactAmount(numerator: numerator - other.numerator, unit: unit).rounded
  }
}

extension RateFraction {
  /// The same fraction in lowest terms.
  public var reduced: RateFraction {
    func gcd(_ a: Int64, _ b: Int64) -> Int64 { b == 0 ? abs(a) : gcd(b, a % b) }
    let g = gcd(numerator, denominator)
    return g > 1 ? RateFraction(numerator: numerator / g, denominator: denominator / g) : self
  }
}

extension Debt {
  /// The daily penalty rate: the contract's daily rate (or its daily equivalent) × the penalty
  /// multiplier (to 1/100), in lowest terms.
  public var penaltyDailyRate: RateFraction {
    let daily = rate.daily
    let m = Int64((penaltyMultiplier * 100).rounded())
    return RateFraction(numerator: daily.numerator * m, denominator: daily.denominator * 100).reduced
  }

  /// For a private loan (民间借贷): 4 × the one-year LPR at the contract date, the most a court
  /// protects for the contract rate and for interest after the due date (SPC private-lending
  /// provisions, arts. 25 and 28). Nil for licensed lenders, which it does not bind.
  public func privateLendingCap(_ table: LPRTable) -> Double? {
    guard kind == .privateLoan, let lpr = table.rate(on: startDate) else { return nil }
    return 4 * lpr
  }

  /// Whether the overdue rate (contract × multiplier, as a simple yearly rate) is above the
  /// private-lending cap; nil when no cap applies.
  public func penaltyAboveCap(_ table: LPRTable) -> Bool? {
    guard let cap = privateLendingCap(table) else { return nil }
    return penaltyDailyRate.value * 365 > cap + 1e-9
  }
}
