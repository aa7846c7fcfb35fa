/// Everything kept about one debt once it needs handling: guide progress, the contact log,
/// agreements and the offer worked out. The log and the agreements are append-only.
public struct CaseFile: Hashable, Sendable {
  public var debt: String
  /// Guide step id → done or skipped, and when.
  public var guide: [String: GuideMark]
  public private(set) var contacts: [ContactEntry]
  public private(set) var agreements: [Agreement]
  public var offer: OfferInputs?
  /// Court papers and steps (支付令, summons, judgment …), each with its deadline. Append-only.
  public private(set) var courtEvents: [CourtEvent] = []
  /// The lender's official numbers and app, as the user recorded them.
  public var official: OfficialChannel?
  /// Verbal agreements (by the id of the entry that holds them) confirmed in writing or dropped.
  public var verbalResolutions: [String: VerbalResolution] = [:]
  /// Whether the lender notified before reporting negative information (art. 15), as recorded.
  public var preReportNotice: PreReportNotice?

  public init(debt: String) {
    self.debt = debt
    guide = [:]
    contacts = []
    agreements = []
    offer = nil
  }

  /// A case file as stored elsewhere (the brief cache), entries as they are.
  init(debt: String, contacts: [ContactEntry], agreements: [Agreement], courtEvents: [CourtEvent] = []) {
    self.init(debt: debt)
    self.contacts = contacts
    self.agreements = agreements
    self.courtEvents = courtEvents
  }

  /// Appends a court event with the next id and returns it as stored.
  @discardableResult
  public mutating func append(_ event: CourtEvent) -> CourtEvent {
    var e = event
    e.id = "k\(courtEvents.count + 1)"
    courtEvents.append(e)
    return e
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

  /// The case without what the reminders and the stage never read: the guide, the offer, and
  /// every contact except those `isNeeded` keeps (open promises and filings).
  public func keepingForReminders(_ isNeeded: (ContactEntry) -> Bool) -> CaseFile {
    var thin = CaseFile(debt: debt)
    thin.contacts = contacts.filter(isNeeded).map { e in
      // Only what a reminder shows or counts.
      var kept = ContactEntry(
        at: e.at, direction: e.direction, channel: e.channel, summary: e.summary, promises: e.promises,
        filing: e.filing)
      kept.id = e.id
      kept.agreed = e.agreed
      kept.verbalAgreement = e.verbalAgreement
      return kept
    }
    thin.agreements = agreements
    thin.courtEvents = courtEvents
    thin.verbalResolutions = verbalResolutions
    thin.preReportNotice = preReportNotice
    return thin
  }

  /// The days from which a reminder or the stage of this case sums the payments.
  var reminderDates: [LocalDate] {
    agreements.map(\.madeOn) + contacts.filter { !$0.promises.isEmpty }.map(\.at.date)
  }

  /// The scam signs of an entry, and whether it came from a number other than the official one.
  public func warnings(for entry: ContactEntry) -> ContactWarnings {
    ContactWarnings(scam: ScamCheck.flags(entry), unofficialNumber: official?.isUnofficial(entry) ?? false)
  }

  public var isEmpty: Bool {
    guide.isEmpty && contacts.isEmpty && agreements.isEmpty && offer == nil && courtEvents.isEmpty
      && verbalResolutions.isEmpty
      && preReportNotice == nil
  }
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
  enum CodingKeys: String, CodingKey {
    case debt, guide, contacts, agreements, offer, court, official, verbal, preReportNotice
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    debt = try c.decode(String.self, forKey: .debt)
    guide = try c.decodeIfPresent([String: GuideMark].self, forKey: .guide) ?? [:]
    contacts = try c.decodeIfPresent([ContactEntry].self, forKey: .contacts) ?? []
    agreements = try c.decodeIfPresent([Agreement].self, forKey: .agreements) ?? []
    offer = try c.decodeIfPresent(OfferInputs.self, forKey: .offer)
    courtEvents = try c.decodeIfPresent([CourtEvent].self, forKey: .court) ?? []
    official = try c.decodeIfPresent(OfficialChannel.self, forKey: .official)
    verbalResolutions = try c.decodeIfPresent([String: VerbalResolution].self, forKey: .verbal) ?? [:]
    preReportNotice = try c.decodeIfPresent(PreReportNotice.self, forKey: .preReportNotice)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(debt, forKey: .debt)
    try c.encode(guide, forKey: .guide)
    try c.encode(contacts, forKey: .contacts)
    try c.encode(agreements, forKey: .agreements)
    try c.encodeIfPresent(offer, forKey: .offer)
    if !courtEvents.isEmpty { try c.encode(courtEvents, forKey: .court) }
    try c.encodeIfPresent(official, forKey: .official)
    if !verbalResolutions.isEmpty { try c.encode(verbalResolutions, forKey: .verbal) }
    try c.encodeIfPresent(preReportNotice, forKey: .preReportNotice)
  }
}
