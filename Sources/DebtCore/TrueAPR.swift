import Foundation

/// The true yearly cost of a loan from its real cash flows: the internal rate of return of the
/// money actually received (net of upfront fees) against the payments made for it.
///
/// Shown two ways, as the PBOC 2021 No. 3 announcement asks: `simple` = 12·r (单利, the
/// conventional annualised rate) and `compound` = (1+r)^12 − 1 (IRR/复利, the effective rate), where
/// r is the monthly IRR. Irregular dates use XIRR with actual/365 day fractions.
public struct TrueAPR: Hashable, Sendable {
  /// Per-period rate (monthly for schedules), as a fraction.
  public let periodRate: Double
  /// Periods per year (12 for monthly schedules).
  public let periodsPerYear: Double

  /// 12·r: annualised without compounding (单利).
  public var simple: Double { periodRate * periodsPerYear }
  /// (1+r)^12 − 1: the effective yearly rate (复利).
  public var compound: Double { pow(1 + periodRate, periodsPerYear) - 1 }

  public init(periodRate: Double, periodsPerYear: Double) {
    self.periodRate = periodRate
    self.periodsPerYear = periodsPerYear
  }

  /// IRR of `received` now against `payments` at the end of each following period.
  /// Returns nil when no rate exists (payments do not exceed… nothing, or nothing received).
  public static func periodic(received: Int64, payments: [Int64], periodsPerYear: Double = 12) -> TrueAPR? {
    guard received > 0, !payments.isEmpty, payments.allSatisfy({ $0 >= 0 }) else { return nil }
    let p = Double(received)
    let flows = payments.map(Double.init)
    // f(r) = Σ A_k/(1+r)^k − P: decreasing in r, so the root is unique.
    func f(_ r: Double) -> (value: Double, slope: Double) {
      var value = -p
      var slope = 0.0
      var discount = 1.0
      for (k, a) in flows.enumerated() {
        discount /= (1 + r)
        value += a * discount
        slope -= Double(k + 1) * a * discount / (1 + r)
      }
      return (value, slope)
    }
    guard let r = solve(f, low: -0.99, high: 10) else { return nil }
    return TrueAPR(periodRate: r, periodsPerYear: periodsPerYear)
  }

  /// A loan repaid in one payment after `days` days: the period is the loan's own length, so
  /// `simple` = (repaid/received − 1) × 365/days and `compound` = (repaid/received)^(365/days) − 1.
  /// The one formula behind `apr --daily-rate`, `list --json` and `show` for such loans.
  public static func singlePayment(received: Int64, repaid: Int64, days: Int) -> TrueAPR? {
    guard received > 0, repaid > 0, days > 0 else { return nil }
    return TrueAPR(periodRate: Double(repaid) / Double(received) - 1, periodsPerYear: 365 / Double(days))
  }

  /// XIRR: the yearly effective rate for dated flows (positive = received, negative = paid),
  /// with actual/365 day fractions. Reported as a period of one year.
  public static func dated(_ flows: [(date: LocalDate, amount: Int64)]) -> TrueAPR? {
    guard let first = flows.map(\.date).min(), flows.contains(where: { $0.amount > 0 }),
      flows.contains(where: { $0.amount < 0 })
    else { return nil }
    let points = flows.map { (Double(first.days(to: $0.date)) / 365, Double($0.amount)) }
    // g(x) = Σ CF_i (1+x)^−t_i, with money received positive: the borrower's view.
    func f(_ x: Double) -> (value: Double, slope: Double) {
      var value = 0.0
      var slope = 0.0
      for (t, cf) in points {
        let d = pow(1 + x, -t)
        value -= cf * d
        slope += cf * t * d / (1 + x)
      }
      return (value, slope)
    }
    guard let x = solve(f, low: -0.99, high: 1_000) else { return nil }
    // Express as a monthly-equivalent period so `simple` and `compound` read the same way.
    let monthly = pow(1 + x, 1.0 / 12) - 1
    return TrueAPR(periodRate: monthly, periodsPerYear: 12)
  }

  /// Newton's method from a bracket, falling back to bisection whenever a step leaves it.
  /// `f` must be decreasing in r with a sign change between `low` and `high`.
  static func solve(_ f: (Double) -> (value: Double, slope: Double), low: Double, high: Double) -> Double? {
    var lo = low
    var hi = high
    let fl = f(lo).value
    let fh = f(hi).value
    guard fl.isFinite, fh.isFinite, fl * fh <= 0 else { return nil }
    var r = 0.01
    for _ in 0..<200 {
      let (value, slope) = f(r)
      if abs(value) < 1e-9 { return r }
      if value > 0 { lo = r } else { hi = r }
      var next = slope != 0 ? r - value / slope : .nan
      if !next.isFinite || next <= lo || next >= hi { next = (lo + hi) / 2 }
      if abs(next - r) < 1e-14 { return next }
      r = next
    }
    return r
  }
}

extension TrueAPR {
  /// The true cost of a debt from its schedule: what was received (principal − upfront fee) and
  /// what the schedule asks. A monthly schedule uses the periodic IRR, or XIRR on the actual dates
  /// when its first period is not a whole month; a loan repaid in one payment uses its own length
  /// as the period (`singlePayment`).
  public init?(debt: Debt, schedule: Schedule? = nil) {
    let s = schedule ?? Schedule(for: debt)
    let received = debt.principal - debt.upfrontFee
    if s.installments.count == 1, let only = s.installments.first {
      guard
        let apr = TrueAPR.singlePayment(
          received: received, repaid: only.total, days: debt.startDate.days(to: only.dueDate))
      else { return nil }
      self = apr
      return
    }
    // An odd first period (a 43-day first month, a 6-day one) is not a period: the flows go on
    // their actual dates (XIRR), or the rate would be overstated or understated.
    if let first = s.installments.first, debt.method != .revolving,
      !Schedule.isWholeMonths(1, from: debt.startDate, to: first.dueDate, dueDay: debt.dueDay)
    {
      var flows: [(date: LocalDate, amount: Int64)] = [(debt.startDate, received)]
      flows += s.installments.map { ($0.dueDate, -$0.total) }
      guard let apr = TrueAPR.dated(flows) else { return nil }
      self = apr
      return
    }
    guard let apr = TrueAPR.periodic(received: received, payments: s.installments.map(\.total)) else {
      return nil
    }
    self = apr
  }
}
