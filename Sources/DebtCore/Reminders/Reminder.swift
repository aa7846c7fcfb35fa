/// What a reminder is about.
public enum ReminderKind: String, Codable, Sendable, CaseIterable {
  /// An installment falls due (at each lead time).
  case due
  /// An installment is late: daily while it stays unpaid.
  case overdue
  /// Tomorrow the debt enters the next delinquency bucket.
  case bucket
  /// Today is the last day of the grace period.
  case graceEnds = "grace-ends"
  /// A card's statement day.
  case statement
  /// Tomorrow a card's interest-free period ends.
  case interestFreeEnds = "interest-free-ends"
  /// A follow-up the user set.
  case followUp = "follow-up"
  /// A promise to pay I made to the lender (from the contact log).
  case promise
  /// A payment of an agreement in force.
  case agreed
  /// The answer to a complaint or credit-report objection is due.
  case replyDue = "reply-due"
  /// A court deadline (支付令 objection, answer, appeal, judicial confirmation), from receipt until done.
  case courtDeadline = "court-deadline"
  /// A court hearing is coming.
  case hearing
  /// Something was agreed by word of mouth and is not yet confirmed in writing.
  case verbalAgreement = "verbal-agreement"
  /// Pull the free credit report, or check it after a settlement.
  case creditReport = "credit-report"

  public var label: LocalizedText {
    switch self {
    case .due: return LocalizedText(en: "due", zh: "到期")
    case .overdue: return LocalizedText(en: "overdue", zh: "逾期")
    case .bucket: return LocalizedText(en: "worse tomorrow", zh: "明日升级")
    case .graceEnds: return LocalizedText(en: "grace ends", zh: "宽限期最后一天")
    case .statement: return LocalizedText(en: "statement", zh: "账单日")
    case .interestFreeEnds: return LocalizedText(en: "interest-free ends", zh: "免息期将结束")
    case .followUp: return LocalizedText(en: "follow-up", zh: "跟进")
    case .promise: return LocalizedText(en: "promise", zh: "还款承诺")
    case .agreed: return LocalizedText(en: "agreed payment", zh: "协议还款")
    case .replyDue: return LocalizedText(en: "reply due", zh: "答复到期")
    case .courtDeadline: return LocalizedText(en: "court deadline", zh: "法院期限")
    case .hearing: return LocalizedText(en: "hearing", zh: "开庭")
    case .verbalAgreement: return LocalizedText(en: "verbal agreement", zh: "口头约定")
    case .creditReport: return LocalizedText(en: "credit report", zh: "征信")
    }
  }
}

/// One thing to act on, derived each day from the debts and today. Only what the user did with
/// it (done, snoozed, dismissed) is stored, under its `id`, which is the same every day it shows.
public struct Reminder: Hashable, Sendable, Identifiable {
  public enum Severity: Int, Comparable, Sendable {
    case info, warning, danger
    public static func < (a: Severity, b: Severity) -> Bool { a.rawValue < b.rawValue }
  }

  public let id: String
  public let kind: ReminderKind
  /// The day it became due to be shown (for a missed day, earlier than today: catch-up).
  public let date: LocalDate
  /// The day of the event itself (the due date, the statement day…).
  public let eventDate: LocalDate
  public let debtID: String?
  public let severity: Severity
  /// The amount concerned (to pay, overdue with penalty), in the debt's minor units.
  public let amount: Int64?
  public let message: LocalizedText

  public init(
    id: String, kind: ReminderKind, date: LocalDate, eventDate: LocalDate, debtID: String?,
    severity: Severity,
    amount: Int64?, message: LocalizedText
  ) {
    self.id = id
    self.kind = kind
    self.date = date
    self.eventDate = eventDate
    self.debtID = debtID
    self.severity = severity
    self.amount = amount
    self.message = message
  }
}

extension Reminder {
  /// Whether the reminder belongs with the overdue ones on `today`: a late installment, a
  /// warning about it, or a promise, agreed payment or reply deadline that has passed.
  public func isOverdue(on today: LocalDate) -> Bool {
    if [.overdue, .bucket, .graceEnds].contains(kind) { return true }
    return [.promise, .agreed, .replyDue, .courtDeadline].contains(kind) && eventDate < today
  }
}

/// What the user did with a reminder.
public enum ReminderState: Hashable, Sendable, Codable {
  case done(on: LocalDate)
  case dismissed(on: LocalDate)
  case snoozed(until: LocalDate)

  enum CodingKeys: String, CodingKey { case state, date }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let date = try c.decode(LocalDate.self, forKey: .date)
    switch try c.decode(String.self, forKey: .state) {
    case "done": self = .done(on: date)
    case "dismissed": self = .dismissed(on: date)
    case "snoozed": self = .snoozed(until: date)
    case let other:
      throw DecodingError.dataCorruptedError(
        forKey: .state, in: c, debugDescription: "“\(other)” is not done, dismissed or snoozed")
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    switch self {
    case .done(let d):
      try c.encode("done", forKey: .state)
      try c.encode(d, forKey: .date)
    case .dismissed(let d):
      try c.encode("dismissed", forKey: .state)
      try c.encode(d, forKey: .date)
    case .snoozed(let d):
      try c.encode("snoozed", forKey: .state)
      try c.encode(d, forKey: .date)
    }
  }

  /// The day it was done or dismissed, or the day a snooze ends.
  public var date: LocalDate {
    switch self {
    case .done(let d), .dismissed(let d), .snoozed(let d): return d
    }
  }

  /// Whether a reminder in this state is hidden on `today`.
  public func hides(on today: LocalDate) -> Bool {
    switch self {
    case .done, .dismissed: return true
    case .snoozed(let until): return today < until
    }
  }
}

/// A follow-up the user set: "call 微众银行 back on Friday".
public struct FollowUp: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  public var debt: String?
  public var date: LocalDate
  public var text: String

  public init(id: String, debt: String?, date: LocalDate, text: String) {
    self.id = id
    self.debt = debt
    self.date = date
    self.text = text
  }
}
