extension Portfolio: Codable {
  enum CodingKeys: String, CodingKey {
    case schemaVersion, debts, payments, nextDebtNumber, nextPaymentNumber, followUps, reminderStates, cases
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let debts = try c.decodeIfPresent([Debt].self, forKey: .debts) ?? []
    let payments = try c.decodeIfPresent([Payment].self, forKey: .payments) ?? []
    self.init(
      debts: debts, payments: payments,
      nextDebtNumber: try c.decodeIfPresent(Int.self, forKey: .nextDebtNumber),
      nextPaymentNumber: try c.decodeIfPresent(Int.self, forKey: .nextPaymentNumber))
    followUps = try c.decodeIfPresent([FollowUp].self, forKey: .followUps) ?? []
    // Older files named an overdue installment's notice by the day; today's ids are stable.
    reminderStates = ReminderEngine.migrated(
      try c.decodeIfPresent([String: ReminderState].self, forKey: .reminderStates) ?? [:])
    cases = try c.decodeIfPresent([String: CaseFile].self, forKey: .cases) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Portfolio.currentSchemaVersion, forKey: .schemaVersion)
    try c.encode(nextDebtNumber, forKey: .nextDebtNumber)
    try c.encode(nextPaymentNumber, forKey: .nextPaymentNumber)
    try c.encode(debts, forKey: .debts)
    try c.encode(payments, forKey: .payments)
    try c.encode(followUps, forKey: .followUps)
    try c.encode(reminderStates, forKey: .reminderStates)
    try c.encode(cases, forKey: .cases)
  }
}
