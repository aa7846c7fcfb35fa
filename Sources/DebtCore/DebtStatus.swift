/// Everything derived about one debt on one day: what has been paid, what is owed, what is late,
/// the penalty so far and the stage. Computed from the terms, the payments and `asOf` only.
public struct DebtStatus: Hashable, Sendable {
  public let asOf: LocalDate
  public let schedule: Schedule
  /// Payments made on or before `asOf`.
  public let paidTotal: Int64
  /// Principal not yet covered by payments.
  public let remainingPrincipal: Int64
  /// Interest (or fees) of installments due on or before `asOf` and not yet covered.
  public let interestDueUnpaid: Int64
  /// Scheduled amounts due before `asOf` and not paid.
  public let overdueAmount: Int64
  /// The earliest installment not yet fully paid, and what is left of it.
  public let firstUnpaid: (installment: Installment, remaining: Int64)?
  /// The first unpaid installment due on or after `asOf`, and what is left of it.
  public let nextDue: (installment: Installment, remaining: Int64)?
  /// Days since the earliest unpaid due date that has passed (0 when nothing is late).
  public let daysPastDue: Int
  /// Penalty interest accrued up to `asOf` (罚息), never charged inside a grace period that was kept.
  public let penalty: Int64
  public let stage: Stage
  /// Paid beyond everything scheduled.
  public let overpaid: Int64

  /// What it takes to settle on `asOf`: remaining principal, interest due, penalty.
  public var payoffAmount: Int64 { remainingPrincipal + interestDueUnpaid + penalty }
  /// Everything scheduled that is still unpaid (principal and all future interest).
  public var remainingScheduled: Int64 { max(schedule.total - paidTotal, 0) }

  public static func == (lhs: DebtStatus, rhs: DebtStatus) -> Bool {
    lhs.asOf == rhs.asOf && lhs.schedule == rhs.schedule && lhs.paidTotal == rhs.paidTotal
      && lhs.penalty == rhs.penalty && lhs.stage == rhs.stage
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(asOf)
    hasher.combine(paidTotal)
    hasher.combine(stage)
  }

  /// - Parameters:
  ///   - payments: this debt's payments, in any order; those after `asOf` are ignored.
  ///   - dueSoonDays: how many days ahead a due date makes the stage "due soon".
  public init(
    debt: Debt, payments: [Payment], asOf: LocalDate, dueSoonDays: Int = 7,
    schedule: Schedule? = nil
  ) {
    self.asOf = asOf
    let schedule = schedule ?? Schedule(for: debt)
    self.schedule = schedule
    let paid = payments.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
    let paidTotal = paid.reduce(Int64(0)) { $0 + $1.amount }
    self.paidTotal = paidTotal

    // Revolving credit paid in full by its first due date owes no interest at all.
    if debt.method == .revolving, let first = schedule.installments.first {
      let paidByFirstDue = paid.lazy.filter { $0.date <= first.dueDate }.reduce(Int64(0)) { $0 + $1.amount }
      if paidByFirstDue >= debt.principal {
        self.remainingPrincipal = 0
        self.interestDueUnpaid = 0
        self.overdueAmount = 0
        self.firstUnpaid = nil
        self.nextDue = nil
        self.daysPastDue = 0
        self.penalty = 0
        self.stage = .settled
        self.overpaid = paidTotal - debt.principal
        return
      }
    }

    // Payments cover installments first to last, interest before principal (FIFO).
    var available = paidTotal
    var remainingPrincipal: Int64 = 0
    var interestDueUnpaid: Int64 = 0
    var overdue: Int64 = 0
    var firstUnpaid: (Installment, Int64)? = nil
    var nextDue: (Installment, Int64)? = nil
    var penalty: Int64 = 0
    var cumulativeDue: Int64 = 0
    let coverage = PaymentCoverage(payments: paid)
    let penaltyRate = DebtStatus.penaltyRate(debt)

    for inst in schedule.installments {
      let coveredInterest = min(available, inst.interest)
      available -= coveredInterest
      let coveredPrincipal = min(available, inst.principal)
      available -= coveredPrincipal
      let left = inst.total - coveredInterest - coveredPrincipal
      remainingPrincipal += inst.principal - coveredPrincipal
      if inst.dueDate <= asOf { interestDueUnpaid += inst.interest - coveredInterest }
      if inst.dueDate < asOf { overdue += left }
      if left > 0 {
        if firstUnpaid == nil { firstUnpaid = (inst, left) }
        if nextDue == nil && inst.dueDate >= asOf { nextDue = (inst, left) }
      }
      // Penalty: for an installment that was late beyond its grace period, on what was unpaid,
      // from the due date until it was paid or today.
      let start = cumulativeDue
      cumulativeDue += inst.total
      if inst.dueDate < asOf {
        penalty += coverage.penalty(
          dueDate: inst.dueDate, from: start, to: cumulativeDue, asOf: asOf, graceDays: debt.graceDays,
          rate: penaltyRate, compound: debt.compoundPenalty)
      }
    }

    self.remainingPrincipal = remainingPrincipal
    self.interestDueUnpaid = interestDueUnpaid
    self.overdueAmount = overdue
    self.firstUnpaid = firstUnpaid
    self.nextDue = nextDue
    self.penalty = penalty
    self.overpaid = max(paidTotal - schedule.total, 0)
    let dpd = firstUnpaid.map { $0.0.dueDate < asOf ? $0.0.dueDate.days(to: asOf) : 0 } ?? 0
    self.daysPastDue = dpd

    if firstUnpaid == nil {
      stage = .settled
    } else if dpd > 0 {
      stage = dpd <= debt.graceDays ? .inGrace : Stage.bucket(daysPastDue: dpd)
    } else if let next = nextDue?.0.dueDate, next == asOf {
      stage = .dueToday
    } else if let next = nextDue?.0.dueDate, asOf.days(to: next) <= dueSoonDays {
      stage = .dueSoon
    } else {
      stage = .current
    }
  }

  /// The daily penalty rate: the contract's daily rate × the multiplier (to 1/100).
  static func penaltyRate(_ debt: Debt) -> RateFraction {
    let daily = debt.rate.daily
    let m = Int64((debt.penaltyMultiplier * 100).rounded())
    return RateFraction(numerator: daily.numerator * m, denominator: daily.denominator * 100)
  }
}

/// When the cumulative amount paid reached each level: answers "how much of the amount between
/// `from` and `to` (cumulative due) was still unpaid on each day".
struct PaymentCoverage {
  /// (date, cumulative paid after the payments of that date), in date order.
  private let steps: [(date: LocalDate, cumulative: Int64)]

  init(payments sorted: [Payment]) {
    var steps: [(LocalDate, Int64)] = []
    var sum: Int64 = 0
    for p in sorted {
      sum += p.amount
      if let last = steps.last, last.0 == p.date {
        steps[steps.count - 1].1 = sum
      } else {
        steps.append((p.date, sum))
      }
    }
    self.steps = steps
  }

  /// Cumulative paid by the end of `date`.
  func paid(by date: LocalDate) -> Int64 {
    var lo = 0
    var hi = steps.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if steps[mid].date <= date { lo = mid + 1 } else { hi = mid }
    }
    return lo == 0 ? 0 : steps[lo - 1].cumulative
  }

  /// Penalty on the slice [from, to) of cumulative dues that fell due on `dueDate`.
  func penalty(
    dueDate: LocalDate, from: Int64, to: Int64, asOf: LocalDate, graceDays: Int, rate: RateFraction,
    compound: Bool
  ) -> Int64 {
    func unpaid(after paid: Int64) -> Int64 { max(0, to - max(from, paid)) }
    // Kept within grace: paid in full by the last grace day.
    let graceEnd = dueDate.adding(days: graceDays)
    if unpaid(after: paid(by: min(graceEnd, asOf))) == 0 || asOf <= graceEnd { return 0 }
    var total: Int64 = 0
    var day = dueDate
    var owed = unpaid(after: paid(by: dueDate))
    // Walk from the due date to today, segment by segment between payment dates.
    for step in steps where step.date > dueDate && step.date < asOf {
      let days = day.days(to: step.date)
      total += accrue(owed, days: days, carried: total, rate: rate, compound: compound)
      day = step.date
      owed = unpaid(after: step.cumulative)
      if owed == 0 { return total }
    }
    total += accrue(owed, days: day.days(to: asOf), carried: total, rate: rate, compound: compound)
    return total
  }

  private func accrue(_ owed: Int64, days: Int, carried: Int64, rate: RateFraction, compound: Bool)
    -> Int64
  {
    guard owed > 0, days > 0 else { return 0 }
    if !compound { return rate.of(owed * Int64(days)) }
    var added: Int64 = 0
    for _ in 0..<min(days, 36_500) { added += rate.of(owed + carried + added) }
    return added
  }
}
