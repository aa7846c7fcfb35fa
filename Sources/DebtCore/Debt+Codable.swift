// The JSON form of a debt. Amounts are integers in minor units; dates are "YYYY-MM-DD".
// Fields added after schema 1 are optional when reading, with the same defaults as `init`.
extension Debt: Codable {
  enum CodingKeys: String, CodingKey {
    case id, name, lender, kind, currency, principal, rate, upfrontFee, method, termMonths
    case startDate, dueDay, statementDay, graceDays, penaltyMultiplier, compoundPenalty, dayCount
    case reportsToCreditBureau, minimumPercent, lateFeePercent, allocationOrder, notes, archived
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let kind = try c.decode(ProductKind.self, forKey: .kind)
    self.init(
      id: try c.decode(String.self, forKey: .id),
      name: try c.decode(String.self, forKey: .name),
      lender: try c.decodeIfPresent(String.self, forKey: .lender) ?? "",
      kind: kind,
      currency: try c.decodeIfPresent(Currency.self, forKey: .currency) ?? .cny,
      principal: try c.decode(Int64.self, forKey: .principal),
      rate: try c.decode(Rate.self, forKey: .rate),
      upfrontFee: try c.decodeIfPresent(Int64.self, forKey: .upfrontFee) ?? 0,
      method: try c.decode(RepaymentMethod.self, forKey: .method),
      termMonths: try c.decode(Int.self, forKey: .termMonths),
      startDate: try c.decode(LocalDate.self, forKey: .startDate),
      dueDay: try c.decode(Int.self, forKey: .dueDay),
      statementDay: try c.decodeIfPresent(Int.self, forKey: .statementDay),
      graceDays: try c.decodeIfPresent(Int.self, forKey: .graceDays),
      penaltyMultiplier: try c.decodeIfPresent(Double.self, forKey: .penaltyMultiplier),
      compoundPenalty: try c.decodeIfPresent(Bool.self, forKey: .compoundPenalty) ?? false,
      reportsToCreditBureau: try c.decodeIfPresent(Bool.self, forKey: .reportsToCreditBureau),
      minimumPercent: try c.decodeIfPresent(Int.self, forKey: .minimumPercent) ?? 10,
      lateFeePercent: try c.decodeIfPresent(Int.self, forKey: .lateFeePercent) ?? 0,
      allocationOrder: try c.decodeIfPresent([AllocationPart].self, forKey: .allocationOrder)
        ?? Debt.defaultAllocationOrder,
      notes: try c.decodeIfPresent(String.self, forKey: .notes) ?? "",
      archived: try c.decodeIfPresent(Bool.self, forKey: .archived) ?? false,
      dayCount: try c.decodeIfPresent(DayCount.self, forKey: .dayCount))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(lender, forKey: .lender)
    try c.encode(kind, forKey: .kind)
    try c.encode(currency, forKey: .currency)
    try c.encode(principal, forKey: .principal)
    try c.encode(rate, forKey: .rate)
    try c.encode(upfrontFee, forKey: .upfrontFee)
    try c.encode(method, forKey: .method)
    try c.encode(termMonths, forKey: .termMonths)
    try c.encode(startDate, forKey: .startDate)
    try c.encode(dueDay, forKey: .dueDay)
    try c.encodeIfPresent(statementDay, forKey: .statementDay)
    try c.encode(graceDays, forKey: .graceDays)
    try c.encode(penaltyMultiplier, forKey: .penaltyMultiplier)
    try c.encode(compoundPenalty, forKey: .compoundPenalty)
    try c.encode(dayCount, forKey: .dayCount)
    try c.encode(reportsToCreditBureau, forKey: .reportsToCreditBureau)
    try c.encode(minimumPercent, forKey: .minimumPercent)
    try c.encode(lateFeePercent, forKey: .lateFeePercent)
    try c.encode(allocationOrder, forKey: .allocationOrder)
    try c.encode(notes, forKey: .notes)
    try c.encode(archived, forKey: .archived)
  }
}
