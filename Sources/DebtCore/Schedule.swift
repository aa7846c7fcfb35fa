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
      LocalDate.clamped(year: debt.startDate.year, month: debt.startDate.month + k, day: debt.dueDay)
    }
    var rows: [Installment] = []
    rows.reserveCapacity(debt.method == .revolving ? 24 : n)

    switch debt.method {
    case .equalInstallment:
      let payment = Schedule.annuityPayment(principal: p, monthlyRate: r.value, count: n)
      var balance = p
      for k in 1...n {
        let interest = r.of(balance)
        let principal = k == n ? balance : min(max(payment - interest, 0), balance)
        rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: interest))
        balance -= principal
      }

    case .equalPrincipal:
      let part = p / Int64(n)
      var balance = p
      for k in 1...n {
        let interest = r.of(balance)
        let principal = k == n ? balance : part
        rows.append(Installment(number: k, dueDate: due(k), principal: principal, interest: interest))
        balance -= principal
      }

    case .interestFirst:
      let interest = r.of(p)
      for k in 1...n {
        rows.append(
          Installment(number: k, dueDate: due(k), principal: k == n ? p : 0, interest: interest))
      }

    case .bullet:
      let maturity = due(n)
      let interest: Int64
      if debt.rate.basis == .daily {
        // A daily quote is charged for the days actually held.
        let days = Int64(max(debt.startDate.days(to: maturity), 0))
        interest = debt.rate.daily.of(p * days)
      } else {
        interest = RateFraction(numerator: r.numerator * Int64(n), denominator: r.denominator).of(p)
      }
      rows.append(Installment(number: 1, dueDate: maturity, principal: p, interest: interest))

    case .flatFee:
      let part = p / Int64(n)
      let fee = r.of(p)
      for k in 1...n {
        rows.append(
          Installment(
            number: k, dueDate: due(k), principal: k == n ? p - part * Int64(n - 1) : part,
            interest: fee))
      }

    case .revolving:
      rows = Schedule.minimumPayments(debt: debt, due: due)
    }
    installments = rows
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
