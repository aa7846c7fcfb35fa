/// What the daily brief needs, without the history: the debts, each debt's ledger checkpoint at
/// its last payment, and the small parts of the portfolio the reminders read (follow-ups,
/// reminder states, the case files' agreements, promises and filings with the payments since).
/// Written beside the data on every save so that `debtdeck today` costs the same with ten
/// payments or a hundred thousand; derived, never the source of truth.
public struct BriefSnapshot: Hashable, Sendable, Codable {
  public static let currentVersion = 1

  public var version: Int
  public var debts: [Debt]
  public var checkpoints: [String: LedgerCheckpoint]
  public var followUps: [FollowUp]
  public var reminderStates: [String: ReminderState]
  public var cases: [String: CaseFile]
  /// What the case reminders need of the payments: how much was paid since each agreement and
  /// promise. One payment per such day, of everything paid from that day to the next one.
  public var payments: [Payment]

  public init(_ portfolio: Portfolio) {
    version = BriefSnapshot.currentVersion
    debts = portfolio.debts
    let byDebt = portfolio.paymentsByDebt()
    var checkpoints: [String: LedgerCheckpoint] = [:]
    for debt in portfolio.debts {
      checkpoints[debt.id] = DebtStatus.checkpoint(debt: debt, payments: byDebt[debt.id] ?? [])
    }
    self.checkpoints = checkpoints
    followUps = portfolio.followUps
    reminderStates = portfolio.reminderStates
    var cases: [String: CaseFile] = [:]
    var payments: [Payment] = []
    for (id, file) in portfolio.cases {
      let paid = byDebt[id] ?? []
      let verbal = Set(file.openVerbalAgreements.map(\.id))
      let thin = file.keepingForReminders { entry in
        if verbal.contains(entry.id) { return true }
        // A filing until its reminder is done or dismissed; a promise of mine until it is kept.
        if entry.filing != nil {
          switch portfolio.reminderStates["reply:\(id):\(entry.id)"] {
          case .done?, .dismissed?: break
          default: return true
          }
        }
        let promised = entry.promises.filter(\.isPromiseToPay).reduce(Int64(0)) { $0 + ($1.amount ?? 0) }
        guard promised > 0 else { return false }
        let paidSince = paid.lazy.filter { $0.date >= entry.at.date }.reduce(Int64(0)) { $0 + $1.amount }
        return entry.promises.contains { $0.isPromiseToPay && paidSince < ($0.amount ?? 0) }
      }
      guard !thin.isEmpty else { continue }
      cases[id] = thin
      payments += BriefSnapshot.sums(of: paid, from: thin.reminderDates, debt: id)
    }
    self.cases = cases
    self.payments = payments
  }

  /// The payments summed into buckets that start on each of `days`: for any of those days, the
  /// total paid on or after it is the same as from the real payments.
  static func sums(of payments: [Payment], from days: [LocalDate], debt: String) -> [Payment] {
    let starts = Array(Set(days)).sorted()
    guard !starts.isEmpty else { return [] }
    var totals = Array(repeating: Int64(0), count: starts.count)
    for p in payments where p.date >= starts[0] {
      // The last start on or before the payment's day.
      var lo = 0
      var hi = starts.count - 1
      while lo < hi {
        let mid = (lo + hi + 1) / 2
        if starts[mid] <= p.date { lo = mid } else { hi = mid - 1 }
      }
      totals[lo] += p.amount
    }
    return zip(starts, totals).enumerated().compactMap { i, pair in
      pair.1 > 0 ? Payment(id: "sum\(i)", debt: debt, date: pair.0, amount: pair.1) : nil
    }
  }

  /// The portfolio the brief and the reminders read (no history beyond what they need).
  public var portfolio: Portfolio {
    var p = Portfolio(debts: debts, payments: payments)
    p.followUps = followUps
    p.reminderStates = reminderStates
    p.cases = cases
    return p
  }

  /// Every debt's status on `today` with its case stage; nil when a checkpoint is after `today`
  /// (the clock went back): then the caller reads the whole history instead.
  public func statuses(asOf today: LocalDate, dueSoonDays: Int, includeArchived: Bool = false)
    -> [String: DebtStatus]?
  {
    var out: [String: DebtStatus] = [:]
    for debt in debts where includeArchived || !debt.archived {
      guard let c = checkpoints[debt.id],
        let status = DebtStatus(debt: debt, checkpoint: c, asOf: today, dueSoonDays: dueSoonDays)
      else { return nil }
      out[debt.id] = status
    }
    portfolio.applyCases(to: &out)
    return out
  }
}
