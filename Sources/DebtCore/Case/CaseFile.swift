/// Everything kept about one debt once it needs handling: guide progress, the contact log,
/// agreements and the offer worked out. The log and the agreements are append-only.
public struct CaseFile: Hashable, Sendable {
  public var debt: String
  /// Guide step id → done or skipped, and when.
  public var guide: [String: GuideMark]
  public private(set) var contacts: [ContactEntry]
  public private(set) var agreements: [Agreement]
  public var offer: OfferInputs?

  public init(debt: String) {
    self.debt = debt
    guide = [:]
    contacts = []
    agreements = []
    offer = nil
  }

  /// Appends a contact with the next id and the automatic flags, and returns it as stored.
  @discardableResult
  public mutating func append(_ entry: ContactEntry, rules: ContactRules = .standard) -> ContactEntry {
    var e = entry
    e.id = "c\(contacts.count + 1)"
    var flags = Set(entry.flags.filter { !ContactFlag.automatic.contains($0) })
    if e.direction == .inbound {
      if rules.isQuiet(e.at.minuteOfDay) { flags.insert(.outsideHours) }
      if e.channel == .call {
        let sameDay =
          contacts.filter { $0.direction == .inbound && $0.channel == .call && $0.at.date == e.at.date }.count
        if sameDay + 1 > rules.maxCallsPerDay { flags.insert(.tooManyCalls) }
      }
    }
    if e.thirdParty { flags.insert(.thirdParty) }
    if e.channel == .visit { flags.insert(.visit) }
    e.flags = ContactFlag.allCases.filter { flags.contains($0) }
    contacts.append(e)
    return e
  }

  /// Appends an agreement with the next id and returns it as stored.
  @discardableResult
  public mutating func append(_ agreement: Agreement) -> Agreement {
    var a = agreement
    a.id = "a\(agreements.count + 1)"
    agreements.append(a)
    return a
  }

  /// The agreement that counts: the newest one.
  public var currentAgreement: Agreement? { agreements.last }

  /// The entries that a later entry corrects.
  public var correctedIDs: Set<String> { Set(contacts.compactMap(\.corrects)) }

  /// Entries with at least one flag, oldest first.
  public var flagged: [ContactEntry] { contacts.filter { !$0.flags.isEmpty } }

  /// The case without what the reminders and the stage never read: contacts other than those
  /// with a promise of mine or a filing, the guide and the offer.
  public func keepingWhatRemindersRead() -> CaseFile {
    var thin = CaseFile(debt: debt)
    thin.contacts = contacts.filter { $0.filing != nil || $0.promises.contains(where: \.isPromiseToPay) }
    thin.agreements = agreements
    return thin
  }

  /// The oldest day whose payments a reminder or the stage of this case looks at.
  var earliestReminderDate: LocalDate? {
    let dates = agreements.map(\.madeOn) + contacts.filter { !$0.promises.isEmpty }.map(\.at.date)
    return dates.min()
  }

  public var isEmpty: Bool { guide.isEmpty && contacts.isEmpty && agreements.isEmpty && offer == nil }
}

/// What the user did with a guide step.
public struct GuideMark: Hashable, Sendable, Codable {
  public enum State: String, Codable, Sendable { case done, skipped }
  public var state: State
  public var on: LocalDate
  public init(_ state: State, on: LocalDate) {
    self.state = state
    self.on = on
  }
}

extension CaseFile: Codable {
  enum CodingKeys: String, CodingKey { case debt, guide, contacts, agreements, offer }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    debt = try c.decode(String.self, forKey: .debt)
    guide = try c.decodeIfPresent([String: GuideMark].self, forKey: .guide) ?? [:]
    contacts = try c.decodeIfPresent([ContactEntry].self, forKey: .contacts) ?? []
    agreements = try c.decodeIfPresent([Agreement].self, forKey: .agreements) ?? []
    offer = try c.decodeIfPresent(OfferInputs.self, forKey: .offer)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(debt, forKey: .debt)
    try c.encode(guide, forKey: .guide)
    try c.encode(contacts, forKey: .contacts)
    try c.encode(agreements, forKey: .agreements)
    try c.encodeIfPresent(offer, forKey: .offer)
  }
}
