/// The parts of what is owed, in the order a payment may pay them.
public enum AllocationPart: String, Codable, Sendable, CaseIterable {
  /// Contractual late fees (违约金). They never earn interest.
  case fees
  /// Penalty interest (罚息).
  case penalty
  case interest
  case principal
}

/// Replays a debt's history day by day between events (due dates, grace ends, payments) and
/// answers what was paid towards what, what is owed on `asOf`, and the penalty so far.
///
/// Penalty interest accrues from a due date on what is unpaid of that installment (its principal
/// and its interest: the 2003 PBOC rule), at the contract's daily rate × the penalty multiplier.
/// It is held back during the grace period and dropped if the installment is paid in full by the
/// last grace day; otherwise it counts from the due date. With compounding on, unpaid penalty
/// itself earns penalty, compounded daily. Penalty is kept exact (in fractions of a minor unit)
/// and rounded half-up once, when a figure is read. A late fee (违约金), when
/// the contract has one, is charged once per installment still unpaid after grace; fees never
/// earn interest. Payments go to what is due in the debt's allocation order (default: fees,
/// penalty, interest, principal; installment by installment, oldest first), then prepay later
/// installments.
struct Ledger {
  struct Row {
    let installment: Installment
    var paidInterest: Int64 = 0
    var paidPrincipal: Int64 = 0
    /// Penalty accrued but still inside the grace period, exact (see `Ledger.unit`).
    var pendingExact: Int128 = 0
    var confirmed = false
    /// The first day after the grace period.
    let graceOver: LocalDate

    var outstanding: Int64 { installment.total - paidInterest - paidPrincipal }
    var interestLeft: Int64 { installment.interest - paidInterest }
    var principalLeft: Int64 { installment.principal - paidPrincipal }
  }

  private(set) var rows: [Row]
  /// Penalty owed and penalty accrued so far, exact: in units of 1/`unit` of a minor unit.
  private(set) var penaltyOutstandingExact: Int128 = 0
  private(set) var penaltyAccruedExact: Int128 = 0
  /// The denominator of the exact penalty figures (the penalty rate's, reduced).
  var unit: Int128 { Int128(rate.denominator) }
  var penaltyOutstanding: Int64 { ExactAmount(numerator: penaltyOutstandingExact, unit: unit).rounded }
  var penaltyAccrued: Int64 { ExactAmount(numerator: penaltyAccruedExact, unit: unit).rounded }
  private(set) var feesOutstanding: Int64 = 0
  private(set) var feesCharged: Int64 = 0
  private(set) var paidTotal: Int64 = 0
  private(set) var paidPenalty: Int64 = 0
  private(set) var paidFees: Int64 = 0
  private(set) var overpaid: Int64 = 0

  private let debt: Debt
  private let rate: RateFraction
  private var current: LocalDate

  /// The state on the start date: nothing paid, nothing accrued.
  init(debt: Debt, schedule: Schedule) {
    self.debt = debt
    rows = schedule.installments.map {
      Row(installment: $0, graceOver: $0.dueDate.adding(days: debt.graceDays + 1))
    }
    rate = debt.penaltyDailyRate
    current = debt.startDate
  }

  init(debt: Debt, schedule: Schedule, payments: [Payment], asOf: LocalDate) {
    self.init(debt: debt, schedule: schedule)
    run(payments: payments.filter { $0.date <= asOf }.sorted { $0.date < $1.date }, to: asOf)
  }

  /// Replays from `current` to `asOf`: events are due dates, the day after each grace period,
  /// payment dates (`payments` sorted, none after `asOf`), then `asOf`. Dates already replayed
  /// are not replayed again, so a ledger resumed from a checkpoint ends exactly where a full
  /// replay would.
  mutating func run(payments paid: [Payment], to asOf: LocalDate) {
    let resumed = current > debt.startDate
    var dates: Set<LocalDate> = [asOf]
    for row in rows {
      guard row.installment.dueDate <= asOf else { break }
      dates.insert(row.installment.dueDate)
      if row.graceOver <= asOf { dates.insert(row.graceOver) }
    }
    for p in paid { dates.insert(p.date) }
    var next = 0
    for date in dates.sorted() where !resumed || date > current || paid.contains(where: { $0.date == date }) {
      accrue(to: date)
      confirmGrace(on: date)
      while next < paid.count && paid[next].date == date {
        apply(paid[next].amount, on: date)
        next += 1
      }
    }
  }

  /// Penalty between `current` and `date` on every installment already due and unpaid.
  private mutating func accrue(to date: LocalDate) {
    let days = current.days(to: date)
    defer { current = max(current, date) }
    guard days > 0 else { return }
    // Rows are in due-date order: stop at the first not yet due.
    let due = rows.firstIndex { $0.installment.dueDate > current } ?? rows.count
    let num = Int128(rate.numerator)
    if !debt.compoundPenalty {
      for i in 0..<due where rows[i].outstanding > 0 {
        let amount = Int128(rows[i].outstanding) * Int128(days) * num
        if rows[i].confirmed {
          penaltyOutstandingExact += amount
          penaltyAccruedExact += amount
        } else {
          rows[i].pendingExact += amount
        }
      }
      return
    }
    // Compounded daily: each day's penalty is on the overdue amounts and on the penalty owed so
    // far (confirmed, or held in grace for its own installment).
    // Held at the money ceiling: decades of compounding on the largest amounts must not overflow.
    let ceiling = Int128(MoneyCeiling.value) * unit
    for _ in 0..<min(days, 36_500) where penaltyOutstandingExact < ceiling {
      var added: Int128 = ofExact(penaltyOutstandingExact)
      for i in 0..<due where rows[i].outstanding > 0 || rows[i].pendingExact > 0 {
        let amount = Int128(rows[i].outstanding) * num
        if rows[i].confirmed {
          added += amount
        } else {
          rows[i].pendingExact = min(ceiling, rows[i].pendingExact + amount + ofExact(rows[i].pendingExact))
        }
      }
      penaltyOutstandingExact += added
      penaltyAccruedExact += added
    }
  }

  /// `exact × rate`, still in 1/`unit` of a minor unit (exact to that unit; split so it cannot
  /// overflow).
  private func ofExact(_ exact: Int128) -> Int128 {
    let num = Int128(rate.numerator)
    return (exact / unit) * num + (exact % unit) * num / unit
  }

  /// On the first day after grace, an installment still unpaid makes its penalty real and,
  /// where the contract says so, incurs a late fee.
  private mutating func confirmGrace(on date: LocalDate) {
    for i in rows.indices {
      guard rows[i].installment.dueDate < date else { break }
      guard !rows[i].confirmed, rows[i].graceOver == date else { continue }
      if rows[i].outstanding > 0 {
        rows[i].confirmed = true
        penaltyOutstandingExact += rows[i].pendingExact
        penaltyAccruedExact += rows[i].pendingExact
        if debt.lateFeePercent > 0 {
          let fee = RateFraction(numerator: Int64(debt.lateFeePercent), denominator: 100).of(
            rows[i].outstanding)
          feesOutstanding += fee
          feesCharged += fee
        }
      }
      rows[i].pendingExact = 0
    }
  }

  private mutating func apply(_ amount: Int64, on date: LocalDate) {
    paidTotal += amount
    var left = amount
    let order = debt.allocationOrder
    var k = 0
    while k < order.count {
      let part = order[k]
      switch part {
      case .fees:
        let take = min(left, feesOutstanding)
        feesOutstanding -= take
        paidFees += take
        left -= take
      case .penalty:
        let owed = penaltyOutstanding
        let take = min(left, owed)
        // Paying the rounded figure in full clears the penalty, fractions and all.
        penaltyOutstandingExact = take == owed ? 0 : penaltyOutstandingExact - Int128(take) * unit
        paidPenalty += take
        left -= take
      case .interest, .principal:
        // Interest and principal next to each other in the order are paid installment by
        // installment, oldest first (按期次); apart, each is paid across all installments.
        let pair = k + 1 < order.count && [.interest, .principal].contains(order[k + 1])
        let parts = pair ? [part, order[k + 1]] : [part]
        if pair { k += 1 }
        for i in rows.indices where rows[i].installment.dueDate <= date && left > 0 {
          for p in parts {
            let take = min(left, p == .interest ? rows[i].interestLeft : rows[i].principalLeft)
            if p == .interest { rows[i].paidInterest += take } else { rows[i].paidPrincipal += take }
            left -= take
          }
        }
      }
      k += 1
    }
    // What is left pays later installments ahead of time, in order.
    for i in rows.indices where left > 0 && rows[i].installment.dueDate > date {
      let interest = min(left, rows[i].interestLeft)
      rows[i].paidInterest += interest
      left -= interest
      let principal = min(left, rows[i].principalLeft)
      rows[i].paidPrincipal += principal
      left -= principal
    }
    overpaid += left
  }
}

/// A ledger's state at the end of a day (the last payment's): resuming from it to any later day
/// gives exactly what replaying the whole history would, without the history. `debtdeck today`
/// reads these from the brief cache instead of every payment ever made.
public struct LedgerCheckpoint: Hashable, Sendable, Codable {
  /// The day the state is at the end of; valid for any later day.
  public var date: LocalDate
  /// Per installment, in schedule order, up to the last one touched: paid interest, paid
  /// principal, penalty held in grace (exact, in 1/`penaltyUnit` of a minor unit, as text), and 1
  /// when its penalty is confirmed.
  public var rows: [[String]]
  /// Penalty owed and accrued, exact in 1/`penaltyUnit` of a minor unit, as decimal text (they
  /// can exceed 64 bits).
  public var penaltyOutstanding: String
  public var penaltyAccrued: String
  public var penaltyUnit: String
  public var feesOutstanding: Int64
  public var feesCharged: Int64
  public var paidTotal: Int64
  public var paidPenalty: Int64
  public var paidFees: Int64
  public var overpaid: Int64
  /// Paid on or before the first due date (a card paid in full by then owes no interest).
  public var paidByFirstDue: Int64
}

extension Ledger {
  var checkpoint: LedgerCheckpoint {
    var packed = rows.map {
      [String($0.paidInterest), String($0.paidPrincipal), String($0.pendingExact), $0.confirmed ? "1" : "0"]
    }
    while let last = packed.last, last.allSatisfy({ $0 == "0" }) { packed.removeLast() }
    return LedgerCheckpoint(
      date: current, rows: packed, penaltyOutstanding: String(penaltyOutstandingExact),
      penaltyAccrued: String(penaltyAccruedExact), penaltyUnit: String(unit),
      feesOutstanding: feesOutstanding, feesCharged: feesCharged, paidTotal: paidTotal,
      paidPenalty: paidPenalty,
      paidFees: paidFees, overpaid: overpaid, paidByFirstDue: 0)
  }

  /// The ledger at `checkpoint`; nil when the checkpoint does not fit the schedule.
  init?(debt: Debt, schedule: Schedule, checkpoint c: LedgerCheckpoint) {
    self.init(debt: debt, schedule: schedule)
    // A checkpoint taken at another penalty rate does not fit.
    guard c.rows.count <= rows.count, c.rows.allSatisfy({ $0.count == 4 }), Int128(c.penaltyUnit) == unit,
      let outstanding = Int128(c.penaltyOutstanding), let accrued = Int128(c.penaltyAccrued)
    else { return nil }
    for (i, r) in c.rows.enumerated() {
      guard let interest = Int64(r[0]), let principal = Int64(r[1]), let pending = Int128(r[2]) else {
        return nil
      }
      rows[i].paidInterest = interest
      rows[i].paidPrincipal = principal
      rows[i].pendingExact = pending
      rows[i].confirmed = r[3] != "0"
    }
    penaltyOutstandingExact = outstanding
    penaltyAccruedExact = accrued
    feesOutstanding = c.feesOutstanding
    feesCharged = c.feesCharged
    paidTotal = c.paidTotal
    paidPenalty = c.paidPenalty
    paidFees = c.paidFees
    overpaid = c.overpaid
    current = c.date
  }
}
