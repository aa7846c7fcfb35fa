/// Everything the user owns in data: debts and payments. A value, so undo is a history of them.
public struct Portfolio: Hashable, Sendable {
  /// The version of the file format this code writes. 2: debts carry `lateFeePercent` and
  /// `allocationOrder` (the penalty engine's contract terms). 3: `followUps` and `reminderStates`.
  /// 4: `cases` (guide progress, contact log, agreements, offer per debt).
  public static let currentSchemaVersion = 4

  public var debts: [Debt]
  public var payments: [Payment]
  /// Follow-ups the user set.
  public var followUps: [FollowUp] = []
  /// What the user did with reminders, by reminder id.
  public var reminderStates: [String: ReminderState] = [:]
  /// The case file of each debt that has one, by debt id. Kept when a debt is deleted: the
  /// contact log is evidence.
  public var cases: [String: CaseFile] = [:]
  /// Counters for new ids, so an id is never reused after a delete.
  public var nextDebtNumber: Int
  public var nextPaymentNumber: Int

  public init(
    debts: [Debt] = [], payments: [Payment] = [], nextDebtNumber: Int? = nil,
    nextPaymentNumber: Int? = nil
  ) {
    self.debts = debts
    self.payments = payments
    self.nextDebtNumber = nextDebtNumber ?? debts.count + 1
    self.nextPaymentNumber = nextPaymentNumber ?? payments.count + 1
  }

  public func debt(id: String) -> Debt? { debts.first { $0.id == id } }

  /// The payments of each debt, in the order they were recorded.
  public func paymentsByDebt() -> [String: [Payment]] {
    Dictionary(grouping: payments, by: \.debt)
  }

  public func payments(for debtID: String) -> [Payment] {
    payments.filter { $0.debt == debtID }
  }

  /// Finds a debt by id, else by its name (case-insensitive): the whole name, else the start of
  /// a name, else a part of one — the first of these that some debt matches, and only one.
  public func resolveDebt(_ reference: String) -> Result<Debt, LookupError> {
    if let d = debt(id: reference) { return .success(d) }
    let wanted = reference.lowercased()
    // The closest kind of match decides: the whole name, else the start of a name, else a part
    // of one ("CMB" is the debt named CMB even when "CMB card" exists).
    let tiers: [(Debt) -> Bool] = [
      { $0.name.lowercased() == wanted },
      { $0.name.lowercased().hasPrefix(wanted) },
      { $0.name.lowercased().contains(wanted) },
    ]
    for matches in tiers.map({ debts.filter($0) }) where !matches.isEmpty {
      if matches.count == 1 { return .success(matches[0]) }
      return .failure(.ambiguous(reference, matches.map { "\($0.id) \($0.name)" }))
    }
    return .failure(.notFound(reference))
  }

  /// The debts whose name is `name` ignoring case: what `resolveDebt` takes a name to mean.
  public func debts(named name: String) -> [Debt] {
    let wanted = name.lowercased()
    return debts.filter { $0.name.lowercased() == wanted }
  }

  /// Adds a debt with a new id and returns the id.
  @discardableResult
  public mutating func add(_ debt: Debt) -> String {
    var d = debt
    d.id = "d\(nextDebtNumber)"
    nextDebtNumber += 1
    debts.append(d)
    return d.id
  }

  /// Records a payment with a new id and returns the id.
  @discardableResult
  public mutating func record(_ payment: Payment) -> String {
    var p = payment
    p.id = newPaymentID()
    payments.append(p)
    return p.id
  }

  /// Takes the id the next recorded payment gets.
  public mutating func newPaymentID() -> String {
    defer { nextPaymentNumber += 1 }
    return "p\(nextPaymentNumber)"
  }

  /// Replaces the debt with the same id.
  public mutating func update(_ debt: Debt) {
    if let i = debts.firstIndex(where: { $0.id == debt.id }) { debts[i] = debt }
  }

  /// The debt's case file (empty when it has none yet).
  public func caseFile(for debtID: String) -> CaseFile { cases[debtID] ?? CaseFile(debt: debtID) }

  /// Appends a contact to the debt's log (the only way an entry gets in; none is ever edited or
  /// removed) and returns it with its id and flags.
  @discardableResult
  public mutating func appendContact(
    _ entry: ContactEntry, to debtID: String, rules: ContactRules = .standard
  )
    -> ContactEntry
  {
    var file = caseFile(for: debtID)
    let stored = file.append(entry, rules: rules)
    cases[debtID] = file
    return stored
  }

  /// Appends an agreement to the debt's case file and returns it with its id.
  @discardableResult
  public mutating func appendAgreement(_ agreement: Agreement, to debtID: String) -> Agreement {
    var file = caseFile(for: debtID)
    let stored = file.append(agreement)
    cases[debtID] = file
    return stored
  }

  /// The stage of a debt with its case file taken into account.
  public func stage(of status: DebtStatus, debtID: String, payments: [Payment]? = nil) -> Stage {
    withCase(status, debtID: debtID, payments: payments).stage
  }

  /// The status with its case file's view: the stage and an agreement's next payment.
  public func withCase(_ status: DebtStatus, debtID: String, payments: [Payment]? = nil) -> DebtStatus {
    guard let file = cases[debtID], !file.agreements.isEmpty || !file.courtEvents.isEmpty else {
      return status
    }
    return status.withCase(
      CaseSummary.view(
        status.scheduleStage, caseFile: file, payments: payments ?? self.payments(for: debtID),
        today: status.asOf))
  }

  /// Every debt's status on `asOf`, with the stage its case file implies.
  public func statuses(asOf: LocalDate, dueSoonDays: Int = 7, includeArchived: Bool = true) -> [String:
    DebtStatus]
  {
    let byDebt = paymentsByDebt()
    var out: [String: DebtStatus] = [:]
    out.reserveCapacity(debts.count)
    for debt in debts where includeArchived || !debt.archived {
      out[debt.id] = DebtStatus(
        debt: debt, payments: byDebt[debt.id] ?? [], asOf: asOf, dueSoonDays: dueSoonDays)
    }
    applyCases(to: &out)
    return out
  }

  /// Gives each status the stage its case file implies (negotiating, agreement in force, settled
  /// by agreement).
  public func applyCases(to statuses: inout [String: DebtStatus]) {
    for (id, file) in cases where !file.agreements.isEmpty || !file.courtEvents.isEmpty {
      guard let status = statuses[id] else { continue }
      statuses[id] = withCase(status, debtID: id)
    }
  }

  /// Removes a debt and its payments.
  public mutating func delete(debtID: String) {
    debts.removeAll { $0.id == debtID }
    payments.removeAll { $0.debt == debtID }
  }
}

/// Why a reference to a debt did not resolve.
public enum LookupError: Error, Equatable, Sendable, CustomStringConvertible {
  case notFound(String)
  /// The reference and the debts it matches, each as its id and name ("d3 CMB card").
  case ambiguous(String, [String])

  public var description: String {
    switch self {
    case .notFound(let r): return "no debt has the id or name “\(r)”; `debtdeck list` shows them"
    case .ambiguous(let r, let ids):
      return "“\(r)” matches several debts (\(ids.joined(separator: ", "))); use the id"
    }
  }

  /// The message in every language.
  public var text: LocalizedText {
    switch self {
    case .notFound(let r):
      return LocalizedText(en: description, zh: "没有编号或名称为 “\(r)” 的债务；`debtdeck list` 可列出全部")
    case .ambiguous(let r, let ids):
      return LocalizedText(en: description, zh: "“\(r)” 对应多笔债务（\(ids.joined(separator: "、"))）；请使用编号")
    }
  }
}
