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
  /// Only the payments the case reminders look at (since the oldest agreement or promise).
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
      let thin = file.keepingWhatRemindersRead()
      guard !thin.isEmpty else { continue }
      cases[id] = thin
      if let since = thin.earliestReminderDate {
        payments += (byDebt[id] ?? []).filter { $0.date >= since }
      }
    }
    self.cases = cases
    self.payments = payments
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
