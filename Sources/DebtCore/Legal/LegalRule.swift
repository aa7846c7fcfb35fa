/// One legal number, deadline, hotline or threshold the app uses, with where it comes from and
/// when it was last checked against that source.
public struct LegalRule: Hashable, Sendable {
  /// What a rule's value counts.
  public enum Unit: String, Sendable, Codable {
    /// Calendar days: the day of receipt is not counted; a period ending on a rest day ends on
    /// the next working day (Civil Code arts. 201, 203; Civil Procedure Law art. 85).
    case calendarDays = "calendar-days"
    /// Working days (Monday to Friday, public holidays to come from a holiday table).
    case workingDays = "working-days"
    case years
    /// An hour of the day, 0–23.
    case hourOfDay = "hour-of-day"
    /// A count (calls a day, free reports a year).
    case count
    /// A multiple (4 × LPR, double interest).
    case multiple
    /// A telephone number; `value` holds its digits.
    case phone
    /// A provision without a number of its own (court-fee relief, settlement in enforcement);
    /// `value` holds its article number.
    case article
  }

  public let id: RuleID
  /// The value as text, so that a phone number and a number of days are kept alike.
  public let value: String
  public let unit: Unit
  public let meaning: LocalizedText
  /// The law and article, or the page, the value comes from.
  public let source: String
  public let lastVerified: LocalDate
  /// What a person must check themselves (hours of a hotline, a scope), empty when nothing.
  public let verify: LocalizedText?
  /// How a letter cites the provision, in each language (nil for rules no letter cites).
  public let cite: LocalizedText?
  /// Set when the user's settings replaced the shipped entry.
  public internal(set) var overridden = false

  init(
    _ id: RuleID, _ value: String, _ unit: Unit, _ meaning: LocalizedText, source: String,
    verified: LocalDate, verify: LocalizedText? = nil, cite: LocalizedText? = nil
  ) {
    self.id = id
    self.value = value
    self.unit = unit
    self.meaning = meaning
    self.source = source
    self.lastVerified = verified
    self.verify = verify
    self.cite = cite
  }

  /// The value as a whole number (0 when the value is not one; `RuleBook.problems` reports that).
  public var number: Int { Int(value) ?? 0 }
}

/// The entries of the rule book, by name. A case per entry, so a misspelt rule is a compile error.
public enum RuleID: String, Sendable, CaseIterable, Codable, CodingKeyRepresentable {
  case m1LastDay = "stage.m1-last-day"
  case m2LastDay = "stage.m2-last-day"
  case m3LastDay = "stage.m3-last-day"
  case quietFrom = "collection.quiet-from"
  case quietUntil = "collection.quiet-until"
  case callsPerDay = "collection.calls-per-day"
  case complaintReply = "complaint.reply"
  case creditObjectionReply = "credit.objection-reply"
  case creditRetention = "credit.negative-retention"
  case creditFreeReports = "credit.free-reports-a-year"
  case creditPreReportNotice = "credit.notice-before-reporting"
  case privateLendingCap = "rate.private-lending-lpr-multiple"
  case paymentOrderObjection = "court.payment-order-objection"
  case summonsAnswer = "court.summons-answer"
  case judgmentAppeal = "court.judgment-appeal"
  case rulingAppeal = "court.ruling-appeal"
  case mediationConfirmation = "court.mediation-confirmation"
  case enforcementApplication = "court.enforcement-application"
  case lateJudgmentInterest = "court.late-payment-interest-multiple"
  case courtFeeRelief = "court.fee-relief"
  case enforcementSettlement = "court.enforcement-settlement"
  case hearingNotice = "app.hearing-notice-days"
  case courtVerifyLine = "phone.court-service"
  case legalAidLine = "phone.legal-aid"
  case regulatorLine = "phone.regulator"
  case creditReportLine = "phone.credit-report"
  case policeLine = "phone.police"
  case fraudLine = "phone.anti-fraud"
  case marketLine = "phone.market-regulation"
}
