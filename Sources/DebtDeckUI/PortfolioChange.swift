import DebtCore

/// One change to the portfolio, as data: it can be applied, re-applied on a newer version saved by
/// another process, and undone (applying returns its inverse).
public enum PortfolioChange: Hashable, Sendable {
  case addDebt(Debt)
  case updateDebt(Debt)
  case removeDebt(id: String)
  /// Puts back a removed debt with its payments (the inverse of `removeDebt`).
  case restoreDebt(Debt, [Payment])
  case addPayment(Payment)
  case removePayment(id: String)
  /// Marks a reminder done, dismissed or snoozed (nil: open again).
  case setReminder(id: String, ReminderState?)
  case addFollowUp(FollowUp)
  case removeFollowUp(id: String)
  /// Appends to a debt's contact log. Never undone: the log is append-only, a mistake is
  /// corrected by a new entry.
  case appendContact(debtID: String, ContactEntry, ContactRules)
  /// Appends an agreement to a debt's case file (append-only, like the log).
  case appendAgreement(debtID: String, Agreement)
  /// Marks a guide step done or skipped (nil: not yet).
  case setGuideStep(debtID: String, step: String, GuideMark?)
  case setOffer(debtID: String, OfferInputs?)
  /// Marks a verbal agreement (by its entry) confirmed in writing or dropped (nil: open again).
  case resolveVerbal(debtID: String, entryID: String, VerbalResolution?)
  /// Several changes as one step (one undo).
  indirect case batch([PortfolioChange])

  /// Applies the change and returns the change that undoes it (nil when there was nothing to do).
  @discardableResult
  public func apply(to portfolio: inout Portfolio) -> PortfolioChange? {
    switch self {
    case .addDebt(let debt):
      if !debt.id.isEmpty && portfolio.debt(id: debt.id) == nil {
        portfolio.debts.append(debt)
        bump(&portfolio.nextDebtNumber, past: debt.id, prefix: "d")
        return .removeDebt(id: debt.id)
      }
      return .removeDebt(id: portfolio.add(debt))
    case .updateDebt(let debt):
      guard let old = portfolio.debt(id: debt.id) else { return nil }
      portfolio.update(debt)
      return .updateDebt(old)
    case .removeDebt(let id):
      guard let old = portfolio.debt(id: id) else { return nil }
      let payments = portfolio.payments(for: id)
      portfolio.delete(debtID: id)
      return .restoreDebt(old, payments)
    case .restoreDebt(let debt, let payments):
      guard portfolio.debt(id: debt.id) == nil else { return nil }
      portfolio.debts.append(debt)
      for p in payments where !portfolio.payments.contains(where: { $0.id == p.id }) {
        portfolio.payments.append(p)
      }
      return .removeDebt(id: debt.id)
    case .addPayment(let payment):
      guard portfolio.debt(id: payment.debt) != nil else { return nil }
      if !payment.id.isEmpty && !portfolio.payments.contains(where: { $0.id == payment.id }) {
        portfolio.payments.append(payment)
        bump(&portfolio.nextPaymentNumber, past: payment.id, prefix: "p")
        return .removePayment(id: payment.id)
      }
      return .removePayment(id: portfolio.record(payment))
    case .removePayment(let id):
      guard let index = portfolio.payments.firstIndex(where: { $0.id == id }) else { return nil }
      let old = portfolio.payments.remove(at: index)
      return .addPayment(old)
    case .setReminder(let id, let state):
      let old = portfolio.reminderStates[id]
      portfolio.reminderStates[id] = state
      return .setReminder(id: id, old)
    case .addFollowUp(let f):
      var followUp = f
      if followUp.id.isEmpty || portfolio.followUps.contains(where: { $0.id == followUp.id }) {
        followUp.id = "f\((portfolio.followUps.compactMap { Int($0.id.dropFirst()) }.max() ?? 0) + 1)"
      }
      portfolio.followUps.append(followUp)
      return .removeFollowUp(id: followUp.id)
    case .removeFollowUp(let id):
      guard let index = portfolio.followUps.firstIndex(where: { $0.id == id }) else { return nil }
      return .addFollowUp(portfolio.followUps.remove(at: index))
    case .appendContact(let id, let entry, let rules):
      guard portfolio.debt(id: id) != nil else { return nil }
      portfolio.appendContact(entry, to: id, rules: rules)
      return .batch([])
    case .appendAgreement(let id, let agreement):
      guard portfolio.debt(id: id) != nil else { return nil }
      portfolio.appendAgreement(agreement, to: id)
      return .batch([])
    case .setGuideStep(let id, let step, let mark):
      var file = portfolio.caseFile(for: id)
      let old = file.guide[step]
      file.guide[step] = mark
      portfolio.cases[id] = file
      return .setGuideStep(debtID: id, step: step, old)
    case .setOffer(let id, let inputs):
      var file = portfolio.caseFile(for: id)
      let old = file.offer
      file.offer = inputs
      portfolio.cases[id] = file
      return .setOffer(debtID: id, old)
    case .resolveVerbal(let id, let entry, let resolution):
      var file = portfolio.caseFile(for: id)
      let old = file.resolveVerbal(entry, resolution)
      portfolio.cases[id] = file
      return .resolveVerbal(debtID: id, entryID: entry, old)
    case .batch(let changes):
      let inverses = changes.compactMap { $0.apply(to: &portfolio) }
      return inverses.isEmpty && !changes.isEmpty ? nil : .batch(inverses.reversed())
    }
  }

  /// False for the append-only changes, which undo leaves alone.
  public var isUndoable: Bool {
    switch self {
    case .appendContact, .appendAgreement: return false
    case .batch(let changes): return changes.allSatisfy(\.isUndoable)
    default: return true
    }
  }

  private func bump(_ counter: inout Int, past id: String, prefix: Character) {
    if id.first == prefix, let n = Int(id.dropFirst()), n >= counter { counter = n == Int.max ? n : n + 1 }
  }
}
