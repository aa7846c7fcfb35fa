/// Who started a contact.
public enum ContactDirection: String, Codable, Sendable, CaseIterable {
  /// The lender or a collector contacted me (or someone about me).
  case inbound = "them"
  /// I contacted them.
  case outbound = "me"

  public var label: LocalizedText {
    switch self {
    case .inbound: return LocalizedText(en: "they contacted me", zh: "对方联系我")
    case .outbound: return LocalizedText(en: "I contacted them", zh: "我联系对方")
    }
  }
}

public enum ContactChannel: String, Codable, Sendable, CaseIterable {
  case call, sms, app, email, letter, visit, wechat, other

  public var label: LocalizedText {
    switch self {
    case .call: return LocalizedText(en: "call", zh: "电话")
    case .sms: return LocalizedText(en: "SMS", zh: "短信")
    case .app: return LocalizedText(en: "app", zh: "App")
    case .email: return LocalizedText(en: "e-mail", zh: "邮件")
    case .letter: return LocalizedText(en: "letter", zh: "信件")
    case .visit: return LocalizedText(en: "visit", zh: "上门")
    case .wechat: return LocalizedText(en: "WeChat", zh: "微信")
    case .other: return LocalizedText(en: "other", zh: "其他")
    }
  }
}

/// Something about a contact worth keeping as evidence. The first four are set automatically
/// when the entry is recorded; the others by the user.
public enum ContactFlag: String, Codable, Sendable, CaseIterable {
  /// They contacted me inside the quiet hours (default 22:00–08:00).
  case outsideHours = "outside-hours"
  /// More call attempts from them in one day than the limit (default 6).
  case tooManyCalls = "too-many-calls"
  /// They contacted someone else (family, employer, contacts) about my debt.
  case thirdParty = "third-party"
  /// Someone came to my home or workplace.
  case visit
  case threat
  case insult
  /// Claimed to be police, a court, a lawyer's office or the government.
  case impersonation
  /// Spread my personal information.
  case disclosure

  /// The flags the app sets by itself.
  public static let automatic: Set<ContactFlag> = [.outsideHours, .tooManyCalls, .thirdParty, .visit]

  public var label: LocalizedText {
    switch self {
    case .outsideHours: return LocalizedText(en: "outside allowed hours", zh: "非允许时段")
    case .tooManyCalls:
      return LocalizedText(
        en: "more call attempts in a day than the guideline says they \"should not exceed\" (不宜超过)",
        zh: "单日呼叫超过自律指引“不宜超过”的次数")
    case .thirdParty: return LocalizedText(en: "third party contacted", zh: "联系了第三方")
    case .visit: return LocalizedText(en: "home/work visit", zh: "上门")
    case .threat: return LocalizedText(en: "threat", zh: "威胁")
    case .insult: return LocalizedText(en: "insult", zh: "辱骂")
    case .impersonation: return LocalizedText(en: "impersonated authority", zh: "冒充公检法/政府")
    case .disclosure: return LocalizedText(en: "disclosed my information", zh: "泄露个人信息")
    }
  }
}

/// A promise made during a contact: who promised what, by when.
public struct ContactPromise: Hashable, Sendable, Codable {
  public enum Party: String, Codable, Sendable { case me, them }

  public var by: Party
  public var due: LocalDate
  /// For a promise to pay, the amount in the debt's minor units.
  public var amount: Int64?
  public var text: String

  public init(by: Party, due: LocalDate, amount: Int64? = nil, text: String = "") {
    self.by = by
    self.due = due
    self.amount = amount
    self.text = text
  }

  /// A promise of mine with an amount: a payment that becomes a reminder.
  public var isPromiseToPay: Bool { by == .me && amount != nil }
}

/// A file kept as evidence (recording, screenshot, letter scan), by path and SHA-256 at the time
/// it was recorded, so a later change to the file can be detected.
public struct Evidence: Hashable, Sendable, Codable {
  public var path: String
  /// Lowercase hex.
  public var sha256: String
  public var bytes: Int64

  public init(path: String, sha256: String, bytes: Int64) {
    self.path = path
    self.sha256 = sha256
    self.bytes = bytes
  }
}

/// A formal step the entry records, with a deadline for the answer.
public enum Filing: String, Codable, Sendable, CaseIterable {
  /// A complaint (to the lender, 12378, 12363 …): the institution decides within 15 days of
  /// receipt — calendar days, extendable for complex cases (banking and insurance consumer
  /// complaint measures, 2020; verify the article).
  case complaint
  /// A credit-report objection (征信异议): a written reply is due within 20 days.
  case creditObjection = "credit-objection"

  /// The day the answer is due for a filing made on `date`.
  public func replyDue(after date: LocalDate) -> LocalDate {
    switch self {
    case .complaint: return date.adding(days: 15)
    case .creditObjection: return date.adding(days: 20)
    }
  }

  public var label: LocalizedText {
    switch self {
    case .complaint: return LocalizedText(en: "complaint", zh: "投诉")
    case .creditObjection: return LocalizedText(en: "credit-report objection", zh: "征信异议")
    }
  }
}

/// One entry of a debt's contact log. Entries are only ever appended: a mistake is corrected by a
/// new entry whose `corrects` names the old one.
public struct ContactEntry: Hashable, Sendable, Codable, Identifiable {
  /// `c1`, `c2`, … within the debt's case file; set when the entry is appended.
  public internal(set) var id: String
  public var at: LocalDateTime
  public var direction: ContactDirection
  public var channel: ContactChannel
  public var organisation: String
  public var person: String
  public var staffID: String
  public var phone: String
  public var summary: String
  public var agreed: String
  public var promises: [ContactPromise]
  /// The contact was with someone else about my debt (they called my employer, my family).
  public var thirdParty: Bool
  /// Flags set by the app when appended, plus those the user chose.
  public internal(set) var flags: [ContactFlag]
  public var evidence: [Evidence]
  /// The id of an earlier entry this one corrects.
  public var corrects: String?
  public var filing: Filing?
  /// How long the call or visit lasted, in seconds (nil: not measured; old files have none).
  public var durationSeconds: Int?
  /// What was agreed was said, not written: it stays in the brief until it is confirmed in
  /// writing or dropped (`CaseFile.openVerbalAgreements`).
  public var verbalAgreement: Bool = false

  public init(
    at: LocalDateTime, direction: ContactDirection, channel: ContactChannel, summary: String,
    organisation: String = "", person: String = "", staffID: String = "", phone: String = "",
    agreed: String = "", promises: [ContactPromise] = [], thirdParty: Bool = false,
    userFlags: [ContactFlag] = [], evidence: [Evidence] = [], corrects: String? = nil, filing: Filing? = nil
  ) {
    self.id = ""
    self.at = at
    self.direction = direction
    self.channel = channel
    self.summary = summary
    self.organisation = organisation
    self.person = person
    self.staffID = staffID
    self.phone = phone
    self.agreed = agreed
    self.promises = promises
    self.thirdParty = thirdParty
    self.flags = userFlags.filter { !ContactFlag.automatic.contains($0) }
    self.evidence = evidence
    self.corrects = corrects
    self.filing = filing
  }

  enum CodingKeys: String, CodingKey {
    case id, at, direction, channel, organisation, person, staffID, phone, summary, agreed, promises
    case thirdParty, flags, evidence, corrects, filing
    case durationSeconds
    case verbalAgreement = "verbal"
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(at, forKey: .at)
    try c.encode(direction, forKey: .direction)
    try c.encode(channel, forKey: .channel)
    try c.encode(organisation, forKey: .organisation)
    try c.encode(person, forKey: .person)
    try c.encode(staffID, forKey: .staffID)
    try c.encode(phone, forKey: .phone)
    try c.encode(summary, forKey: .summary)
    try c.encode(agreed, forKey: .agreed)
    try c.encode(promises, forKey: .promises)
    try c.encode(thirdParty, forKey: .thirdParty)
    try c.encode(flags, forKey: .flags)
    try c.encode(evidence, forKey: .evidence)
    try c.encodeIfPresent(corrects, forKey: .corrects)
    try c.encodeIfPresent(filing, forKey: .filing)
    try c.encodeIfPresent(durationSeconds, forKey: .durationSeconds)
    if verbalAgreement { try c.encode(true, forKey: .verbalAgreement) }
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    at = try c.decode(LocalDateTime.self, forKey: .at)
    direction = try c.decode(ContactDirection.self, forKey: .direction)
    channel = try c.decode(ContactChannel.self, forKey: .channel)
    organisation = try c.decodeIfPresent(String.self, forKey: .organisation) ?? ""
    person = try c.decodeIfPresent(String.self, forKey: .person) ?? ""
    staffID = try c.decodeIfPresent(String.self, forKey: .staffID) ?? ""
    phone = try c.decodeIfPresent(String.self, forKey: .phone) ?? ""
    summary = try c.decodeIfPresent(String.self, forKey: .summary) ?? ""
    agreed = try c.decodeIfPresent(String.self, forKey: .agreed) ?? ""
    promises = try c.decodeIfPresent([ContactPromise].self, forKey: .promises) ?? []
    thirdParty = try c.decodeIfPresent(Bool.self, forKey: .thirdParty) ?? false
    flags = try c.decodeIfPresent([ContactFlag].self, forKey: .flags) ?? []
    evidence = try c.decodeIfPresent([Evidence].self, forKey: .evidence) ?? []
    corrects = try c.decodeIfPresent(String.self, forKey: .corrects)
    filing = try c.decodeIfPresent(Filing.self, forKey: .filing)
    durationSeconds = try c.decodeIfPresent(Int.self, forKey: .durationSeconds)
    if let d = durationSeconds, d < 0 || d > 86_400 {
      throw DecodingError.dataCorruptedError(
        forKey: .durationSeconds, in: c, debugDescription: "a call lasts 0 to 86400 seconds, not \(d)")
    }
    verbalAgreement = try c.decodeIfPresent(Bool.self, forKey: .verbalAgreement) ?? false
  }
}

/// The limits the contact log checks each inbound contact against (settings).
public struct ContactRules: Hashable, Sendable {
  /// Quiet hours start and end, minutes after midnight: contact at or after `quietStart` or before
  /// `quietEnd` is flagged.
  public var quietStart: Int
  public var quietEnd: Int
  /// Call attempts from them in one day beyond this are flagged.
  public var maxCallsPerDay: Int

  public init(quietStart: Int = 22 * 60, quietEnd: Int = 8 * 60, maxCallsPerDay: Int = 6) {
    self.quietStart = quietStart
    self.quietEnd = quietEnd
    self.maxCallsPerDay = maxCallsPerDay
  }

  public static let standard = ContactRules()

  func isQuiet(_ minute: Int) -> Bool {
    quietStart > quietEnd
      ? (minute >= quietStart || minute < quietEnd) : (minute >= quietStart && minute < quietEnd)
  }
}

extension ContactRules: Codable {
  enum CodingKeys: String, CodingKey { case quietFrom, quietUntil, maxCallsPerDay }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    func minutes(_ key: CodingKeys, _ fallback: Int) throws -> Int {
      guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return fallback }
      let parts = text.split(separator: ":")
      guard parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h),
        (0...59).contains(m)
      else {
        throw DecodingError.dataCorruptedError(
          forKey: key, in: c, debugDescription: "“\(text)” is not a time like 22:00")
      }
      return h * 60 + m
    }
    let d = ContactRules.standard
    self.init(
      quietStart: try minutes(.quietFrom, d.quietStart), quietEnd: try minutes(.quietUntil, d.quietEnd),
      maxCallsPerDay: try c.decodeIfPresent(Int.self, forKey: .maxCallsPerDay) ?? d.maxCallsPerDay)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    func text(_ m: Int) -> String {
      let h = m / 60
      let mm = m % 60
      return (h < 10 ? "0\(h)" : "\(h)") + ":" + (mm < 10 ? "0\(mm)" : "\(mm)")
    }
    try c.encode(text(quietStart), forKey: .quietFrom)
    try c.encode(text(quietEnd), forKey: .quietUntil)
    try c.encode(maxCallsPerDay, forKey: .maxCallsPerDay)
  }
}

extension LocalDate {
  /// The day `n` working days after this one on China's calendar (holidays and 调休 make-up
  /// days from the State Council notices; Monday to Friday for a year without data).
  public func addingWorkingDays(_ n: Int) -> LocalDate { ChinaCalendar.adding(workingDays: n, to: self) }
}
