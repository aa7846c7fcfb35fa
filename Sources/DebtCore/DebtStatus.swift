/// One payment to make: its date, what is left of it, and the installment it belongs to (nil for
/// an agreement's payment).
public struct DuePayment: Hashable, Sendable {
  public let date: LocalDate
  public let amount: Int64
  public let installment: Int?

  public init(date: LocalDate, amount: Int64, installment: Int?) {
    self.date = date
    self.amount = amount
    self.installment = installment
  }
}

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
  /// Days since the earliest unpaid due date that has passed (0 when nothing is late). When only
  /// penalty or fees are left unpaid, days since the last due date before `asOf`: anything due
  /// and unpaid keeps the debt overdue.
  public let daysPastDue: Int
  /// The due date that makes the debt late (nil when nothing is late).
  public let lateSince: LocalDate?
  /// Penalty interest (罚息) owed on `asOf`: accrued and not yet paid. Never charged for an
  /// installment paid within its grace period.
  public let penalty: Int64
  /// All penalty accrued up to `asOf`, paid or not.
  public let penaltyAccrued: Int64
  /// The same, exact below the fen: the cost of waiting is the difference of two of these,
  /// rounded once.
  public let penaltyAccruedExact: ExactAmount
  /// Interest accrued since the last due date (or the start) on the principal not yet due, to
  /// the day: what settling on `asOf` adds on top of what is already due.
  public let accruedInterest: Int64
  /// Late fees (违约金) owed on `asOf`.
  public let fees: Int64
  /// How the payments were used: principal + interest + penalty + fees + overpaid = paidTotal.
  public let paidPrincipal: Int64
  public let paidInterest: Int64
  public let paidPenalty: Int64
  public let paidFees: Int64
  /// How much of each installment is paid, in schedule order.
  public let covered: [Int64]
  /// The stage from the schedule and payments; `Portfolio.stage(of:)` adds the case file's view.
  public private(set) var stage: Stage
  /// The stage from the schedule and payments alone, whatever the case file says: what decides
  /// whether money is late (a proposal or a waiver relabels a debt but never hides what is due).
  public private(set) var scheduleStage: Stage = .current
  /// The next payment of an agreement in force (set with the case file's stage).
  public private(set) var agreedNext: DuePayment?
  /// Paid beyond everything scheduled.
  public let overpaid: Int64
  /// The day of the last payment up to `asOf` (nil without one): for a settled debt, the day it
  /// was settled (unless paid again after).
  public private(set) var lastPaymentOn: LocalDate?

  /// The same status with another stage (the case file's view: negotiating, agreement in force).
  public func withStage(_ stage: Stage) -> DebtStatus {
    var copy = self
    copy.stage = stage
    if stage != .agreementInForce { copy.agreedNext = nil }
    return copy
  }

  /// The same status with the case file's view: its stage and, for an agreement in force, the
  /// agreement's next payment (which replaces the original schedule's while it is kept).
  public func withCase(_ view: CaseView) -> DebtStatus {
    var copy = withStage(view.stage)
    copy.agreedNext = view.stage == .agreementInForce ? view.agreedNext : nil
    return copy
  }

  /// The next payment to make: an agreement's in force, else the schedule's next unpaid
  /// installment due on or after `asOf`. What every list, detail and calendar shows as "next".
  public var nextPayment: DuePayment? {
    if stage == .agreementInForce { return agreedNext }
    return nextDue.map {
      DuePayment(date: $0.installment.dueDate, amount: $0.remaining, installment: $0.installment.number)
    }
  }

  /// Whether money is late on `asOf` and not covered by an agreement in force: late by the
  /// schedule, whatever label the case file gives it.
  public var isLate: Bool { scheduleStage.isLate && stage != .agreementInForce && stage != .settled }

  /// What is late and owed on `asOf`: overdue installments, penalty and late fees.
  public var lateOwed: Int64 { isLate ? overdueAmount + penalty + fees : 0 }

  /// What it takes to settle on `asOf`: remaining principal, interest due and accrued to the day,
  /// penalty and fees.
  public var payoffAmount: Int64 { remainingPrincipal + interestDueUnpaid + accruedInterest + penalty + fees }
  /// Everything scheduled that is still unpaid (principal and all future interest).
  public var remainingScheduled: Int64 { max(schedule.total - paidPrincipal - paidInterest, 0) }

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
    let schedule = schedule ?? Schedule(for: debt)
    let paid = payments.filter { $0.date <= asOf }.sorted { $0.date < $1.date }
    var paidByFirstDue: Int64 = 0
    if debt.method == .revolving, let first = schedule.installments.first {
      paidByFirstDue = paid.lazy.filter { $0.date <= first.dueDate }.reduce(Int64(0)) { $0 + $1.amount }
    }
    let ledger = Ledger(debt: debt, schedule: schedule, payments: paid, asOf: asOf)
    self.init(
      debt: debt, schedule: schedule, ledger: ledger, paidByFirstDue: paidByFirstDue, asOf: asOf,
      dueSoonDays: dueSoonDays)
    lastPaymentOn = paid.last?.date
  }

  /// The status on `asOf` from a checkpoint taken on or before it (nil when it is after `asOf`
  /// or does not fit the debt's schedule): the same as from every payment, without them.
  public init?(debt: Debt, checkpoint: LedgerCheckpoint, asOf: LocalDate, dueSoonDays: Int = 7) {
    guard checkpoint.date <= asOf else { return nil }
    let schedule = Schedule(for: debt)
    guard var ledger = Ledger(debt: debt, schedule: schedule, checkpoint: checkpoint) else { return nil }
    ledger.run(payments: [], to: asOf)
    self.init(
      debt: debt, schedule: schedule, ledger: ledger, paidByFirstDue: checkpoint.paidByFirstDue, asOf: asOf,
      dueSoonDays: dueSoonDays)
    // The checkpoint is taken at the end of the last payment's day (the start date without one).
    lastPaymentOn = ledger.paidTotal > 0 ? checkpoint.date : nil
  }

  /// The ledger of `payments` at the end of the last payment's day (or the start date).
  public static func checkpoint(debt: Debt, payments: [Payment]) -> LedgerCheckpoint {
    let schedule = Schedule(for: debt)
    let paid = payments.sorted { $0.date < $1.date }
    let last = max(paid.last?.date ?? debt.startDate, debt.startDate)
    var c = Ledger(debt: debt, schedule: schedule, payments: paid, asOf: last).checkpoint
    if debt.method == .revolving, let first = schedule.installments.first {
      c.paidByFirstDue = paid.lazy.filter { $0.date <= first.dueDate }.reduce(Int64(0)) { $0 + $1.amount }
    }
    return c
  }

  init(
    debt: Debt, schedule: Schedule, ledger: Ledger, paidByFirstDue: Int64, asOf: LocalDate, dueSoonDays: Int
  ) {
    self.asOf = asOf
    self.schedule = schedule
    let paidTotal = ledger.paidTotal
    self.paidTotal = paidTotal

    // Revolving credit paid in full by its first due date owes no interest at all.
    if debt.method == .revolving, schedule.installments.first != nil, paidByFirstDue >= debt.principal {
      self.lateSince = nil
      self.remainingPrincipal = 0
      self.interestDueUnpaid = 0
      self.overdueAmount = 0
      self.firstUnpaid = nil
      self.nextDue = nil
      self.daysPastDue = 0
      self.penalty = 0
      self.penaltyAccrued = 0
      self.penaltyAccruedExact = ExactAmount(numerator: 0, unit: 1)
      self.accruedInterest = 0
      self.fees = 0
      self.paidPrincipal = debt.principal
      self.paidInterest = 0
      self.paidPenalty = 0
      self.paidFees = 0
      self.covered = schedule.installments.map(\.total)
      self.stage = .settled
      self.scheduleStage = .settled
      self.overpaid = paidTotal - debt.principal
      return
    }

    var remainingPrincipal: Int64 = 0
    var interestDueUnpaid: Int64 = 0
    var overdue: Int64 = 0
    var firstUnpaid: (Installment, Int64)? = nil
    var nextDue: (Installment, Int64)? = nil
    var paidPrincipal: Int64 = 0
    var paidInterest: Int64 = 0
    var principalNotYetDue: Int64 = 0
    for row in ledger.rows {
      let inst = row.installment
      paidPrincipal += row.paidPrincipal
      paidInterest += row.paidInterest
      remainingPrincipal += row.principalLeft
      if inst.dueDate <= asOf {
        interestDueUnpaid += row.interestLeft
      } else {
        principalNotYetDue += row.principalLeft
      }
      if inst.dueDate < asOf { overdue += row.outstanding }
      if row.outstanding > 0 {
        if firstUnpaid == nil { firstUnpaid = (inst, row.outstanding) }
        if nextDue == nil && inst.dueDate >= asOf { nextDue = (inst, row.outstanding) }
      }
    }
    self.remainingPrincipal = remainingPrincipal
    self.interestDueUnpaid = interestDueUnpaid
    self.overdueAmount = overdue
    self.firstUnpaid = firstUnpaid
    self.nextDue = nextDue
    self.penalty = ledger.penaltyOutstanding
    self.penaltyAccrued = ledger.penaltyAccrued
    self.penaltyAccruedExact = ExactAmount(numerator: ledger.penaltyAccruedExact, unit: ledger.unit)
    self.accruedInterest = schedule.accruedInterest(
      debt: debt, principalNotYetDue: principalNotYetDue, asOf: asOf)
    self.fees = ledger.feesOutstanding
    self.paidPrincipal = paidPrincipal
    self.paidInterest = paidInterest
    self.paidPenalty = ledger.paidPenalty
    self.paidFees = ledger.paidFees
    self.overpaid = ledger.overpaid
    self.covered = ledger.rows.map { $0.paidInterest + $0.paidPrincipal }
    var lateSince = firstUnpaid.flatMap { $0.0.dueDate < asOf ? $0.0.dueDate : nil }
    if lateSince == nil && (ledger.penaltyOutstanding > 0 || ledger.feesOutstanding > 0) {
      // Every installment due is paid but penalty or fees are not: they have been due since the
      // last due date before today, and keep the debt overdue.
      lateSince = ledger.rows.last(where: { $0.installment.dueDate < asOf })?.installment.dueDate
    }
    self.lateSince = lateSince
    let dpd = lateSince.map { $0.days(to: asOf) } ?? 0
    self.daysPastDue = dpd

    if firstUnpaid == nil && ledger.penaltyOutstanding == 0 && ledger.feesOutstanding == 0 {
      stage = .settled
    } else if dpd > 0 {
      stage = dpd <= debt.graceDays ? .inGrace : Stage.bucket(daysPastDue: dpd)
    } else if firstUnpaid == nil {
      // Only penalty or fees are left, charged today: they are due now.
      stage = .dueToday
    } else if let next = nextDue?.0.dueDate, next == asOf {
      stage = .dueToday
    } else if let next = nextDue?.0.dueDate, asOf.days(to: next) <= dueSoonDays {
      stage = .dueSoon
    } else {
      stage = .current
    }
    scheduleStage = stage
  }

}
