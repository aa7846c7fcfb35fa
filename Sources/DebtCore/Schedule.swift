import Foundation

/// The repayment schedule of a debt, derived from its terms alone.
///
/// Every installment is exact to the minor unit; the sum of principals is the principal and the
/// last installment absorbs the rounding residue.
public struct Schedule: Hashable, Sendable {
  public let installments: [Installment]

  public var totalPrincipal: Int64 { installments.reduce(0) { $0 + $1.principal } }
  public var totalInterest: Int64 { installments.reduce(0) { $0 + $1.interest } }
  public var total: Int64 { totalPrincipal + totalInterest }

  /// The longest a revolving balance is projected when only minimums are paid.
  public static let revolvingHorizon = 600

  public init(installments: [Installment]) { self.installments = installments }

  public init(for debt: Debt) {
    let p = max(debt.principal, 0)
    let n = max(debt.termMonths, 1)
    let r = debt.rate.monthly
    func due(_ k: Int) -> LocalDate {
      k == 0
        ? debt.startDate
        : LocalDate.clamped(year: debt.startDate.year, month: debt.startDate.month + k, day: debt.dueDay)
    }
    /// Interest on `balance` over period k (from due(k−1), the start date for k = 1, to due(k)).
    func interest(_ balance: Int64, period k: Int) -> Int64 {
      Schedule.interest(on: balance, from: due(k - 1), to: due(k), debt: debt)
    }
    var rows: [Installment] = []
    rows.reserveCapacity(debt.method == .revolving ? 24 : n)

    switch debt.method {
    case .equalInstallment:
      // The level installment is the annuity at the monthly rate (daily × 365/12 for a daily
      // quote); each period's interest is its own, and the last installment settles the rest.
      let payment = Schedule.annuityPayment(principal: p, monthlyRate: r.value, count: n)
      var balance = p
      for k in 1...n {
        let interest = interest(balance, period: k)
        let principal = k == n ? balance : min(max(payment - interest, 0), balance)
        rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: interest))
        balance -= principal
      }

    case .equalPrincipal:
      let part = RateFraction(numerator: 1, denominator: Int64(n)).of(p)
      var balance = p
      for k in 1...n {
        let interest = interest(balance, period: k)
        let principal = k == n ? balance : min(part, balance)
        rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: interest))
        balance -= principal
      }

    case .interestFirst:
      for k in 1...n {
        rows.append(
          Installment(number: k, dueDate: due(k), principal: k == n ? p : 0, interest: interest(p, period: k))
        )
      }

    case .bullet:
      let maturity = due(n)
      let interest = Schedule.interest(on: p, from: debt.startDate, to: maturity, debt: debt, months: n)
      rows.append(Installment(number: 1, dueDate: maturity, principal: p, interest: interest))

    case .flatFee:
      // The fee is a fixed share of the original principal each month, whatever the days.
      let part = RateFraction(numerator: 1, denominator: Int64(n)).of(p)
      let fee = r.of(p)
      for k in 1...n {
        let principal = k == n ? p - min(part * Int64(n - 1), p) : min(part, max(p - part * Int64(k - 1), 0))
        rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: fee))
      }

    case .revolving:
      rows = Schedule.minimumPayments(debt: debt, due: due)
    }
    installments = rows
  }

  /// Interest on `balance` from `from` to `to` (`months` whole months apart when the dates are
  /// regular), by the debt's day count: actual days × the daily rate, or the monthly rate per
  /// month with a period that is not a whole number of months charged by actual days at the daily
  /// equivalent. Rounded half-up once.
  public static func interest(
    on balance: Int64, from: LocalDate, to: LocalDate, debt: Debt, months: Int = 1
  ) -> Int64 {
    let days = Int64(max(from.days(to: to), 0))
    guard balance > 0, days > 0 else { return 0 }
    switch debt.dayCount {
    case .actual:
      return debt.rate.daily.of(balance * days)
    case .monthly:
      if Schedule.isWholeMonths(months, from: from, to: to, dueDay: debt.dueDay) {
        let m = debt.rate.monthly
        return RateFraction(numerator: m.numerator * Int64(months), denominator: m.denominator).of(balance)
      }
      return debt.rate.daily.of(balance * days)
    }
  }

  /// Whether `from` → `to` is `months` calendar months: `to` is `from` plus the months, or both
  /// fall on the due day (a due day of 31 gives Jan 31 → Feb 28 → Mar 31: each a month).
  static func isWholeMonths(_ months: Int, from: LocalDate, to: LocalDate, dueDay: Int) -> Bool {
    from.adding(months: months) == to
      || (LocalDate.clamped(year: from.year, month: from.month, day: dueDay) == from
        && LocalDate.clamped(year: from.year, month: from.month + months, day: dueDay) == to)
  }

  /// Interest accrued on the principal not yet due from the last due date on or before `asOf`
  /// (or the start date) to `asOf`: what settling on `asOf` adds to the principal. Interest runs
  /// to the day (at the daily rate or its equivalent) whatever the day count. Zero for flat-fee
  /// and revolving debts, whose charges are fixed per period.
  ///
  /// - Parameter principalNotYetDue: principal of installments due after `asOf`, not yet paid.
  public func accruedInterest(debt: Debt, principalNotYetDue: Int64, asOf: LocalDate) -> Int64 {
    guard debt.method != .flatFee, debt.method != .revolving, principalNotYetDue > 0 else { return 0 }
    guard installments.contains(where: { $0.dueDate > asOf }) else { return 0 }
    let last = installments.last(where: { $0.dueDate <= asOf })?.dueDate ?? debt.startDate
    let days = Int64(max(last.days(to: asOf), 0))
    return debt.rate.daily.of(principalNotYetDue * days)
  }

  /// A = P·r(1+r)^n / ((1+r)^n − 1), rounded half-up to the minor unit.
  public static func annuityPayment(principal: Int64, monthlyRate r: Double, count n: Int) -> Int64 {
    guard r > 0 else { return (principal + Int64(n) - 1) / Int64(n) }
    let growth = pow(1 + r, Double(n))
    let exact = Double(principal) * r * growth / (growth - 1)
    return Int64((exact + 1e-7).rounded(.toNearestOrAwayFromZero))
  }

  /// Projects a card or 花呗 balance paid at the minimum each month: the first statement is
  /// interest-free; after that the carried balance earns interest, and each minimum is
  /// `minimumPercent` of the balance plus the month's interest (at least ¥50 or the rest).
  static func minimumPayments(debt: Debt, due: (Int) -> LocalDate) -> [Installment] {
    var rows: [Installment] = []
    var balance = max(debt.principal, 0)
    let floor: Int64 = 5_000
    let percent = RateFraction(numerator: Int64(min(max(debt.minimumPercent, 1), 100)), denominator: 100)
    var k = 1
    while balance > 0 {
      let interest = k == 1 ? 0 : debt.rate.monthly.of(balance)
      var principal = max(percent.of(balance), min(floor, balance))
      if k == revolvingHorizon || principal >= balance { principal = balance }
      rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: interest))
      balance -= principal
      k += 1
    }
    return rows
  }
}
