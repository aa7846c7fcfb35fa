import DebtCore
import TerminalUI

/// The notes taken during a call on the live-call card: who started it, who it was with, what they
/// said, what was agreed and any promise to pay. Enter records it as a contact entry with the call's
/// start time and duration; the app adds the flags and the scam checks as for any entry.
public struct LiveCallForm: Hashable, Sendable {
  public let debtID: String
  /// When the card was opened: the call's start.
  public let startedAt: LocalDateTime
  /// The clock when it was opened (local seconds); nil without a clock.
  public let startSeconds: Int?
  public var form: FieldForm
  /// Esc was pressed once with notes typed: a second Esc discards them.
  public var escArmed = false
  /// The three figures and the plan, from the rehearsal when the card opened (a call happens on
  /// one day; typing must not recompute them at every key).
  public var figures = LocalizedText(en: "", zh: "")
  public var plan = LocalizedText(en: "", zh: "")

  enum Row: Int {
    case direction, organisation, person, staff, phone, said, agreed, promiseDate, promiseAmount
  }

  /// The choices of "Who started it", the call I make first.
  static let directions: [ContactDirection] = [.outbound, .inbound]

  public init(debt: Debt, startedAt: LocalDateTime, startSeconds: Int?, phone: String) {
    debtID = debt.id
    self.startedAt = startedAt
    self.startSeconds = startSeconds
    form = FieldForm([
      .init(
        LocalizedText(en: "Who started it", zh: "发起方"), .choice(LiveCallForm.directions.map(\.label), 0)),
      .init(LocalizedText(en: "Organisation", zh: "机构"), .text(TextField(debt.lender, maximumLength: 80))),
      .init(LocalizedText(en: "Person", zh: "姓名"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Staff number", zh: "工号"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Phone", zh: "电话"), .text(TextField(phone, maximumLength: 40))),
      .init(LocalizedText(en: "What they said", zh: "对方说了什么"), .area(TextArea(maximumLength: 2000))),
      .init(LocalizedText(en: "What was agreed", zh: "约定内容"), .text(TextField(maximumLength: 500))),
      .init(LocalizedText(en: "I promised, by", zh: "我承诺还款日期"), .text(TextField(maximumLength: 12))),
      .init(LocalizedText(en: "…the amount", zh: "承诺金额"), .text(TextField(maximumLength: 20))),
    ])
  }

  /// Seconds since the card was opened (0 without a clock).
  public func elapsed(now: Int?) -> Int {
    guard let now, let startSeconds else { return 0 }
    return max(0, now - startSeconds)
  }

  func field(_ r: Row) -> String {
    String(
      form.text(r.rawValue).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// Something was typed in the notes (what Esc would lose).
  public var hasNotes: Bool {
    [Row.person, .staff, .said, .agreed, .promiseDate, .promiseAmount].contains { !field($0).isEmpty }
  }

  public func build(currency: Currency, today: LocalDate, now: Int?) -> Result<ContactEntry, LocalizedText> {
    let said = field(.said)
    let agreed = field(.agreed)
    guard !said.isEmpty || !agreed.isEmpty else {
      return .failure(
        LocalizedText(en: "Write what they said or what was agreed.", zh: "请写下对方说了什么或约定内容。"))
    }
    var promises: [ContactPromise] = []
    if !field(.promiseDate).isEmpty || !field(.promiseAmount).isEmpty {
      guard let due = try? LocalDate(lenient: field(.promiseDate)) else {
        return .failure(
          LocalizedText(
            en: "Promise date: like \(today.adding(days: 7))", zh: "承诺日期：例如 \(today.adding(days: 7))"))
      }
      guard let amount = try? AmountParser.parse(field(.promiseAmount), minorDigits: currency.minorDigits),
        amount > 0
      else {
        return .failure(LocalizedText(en: "Promise amount: a number like 1500", zh: "承诺金额：例如 1500"))
      }
      promises.append(ContactPromise(by: .me, due: due, amount: amount))
    }
    var entry = ContactEntry(
      at: startedAt, direction: LiveCallForm.directions[form.choice(Row.direction.rawValue)], channel: .call,
      summary: said.isEmpty ? agreed : said, organisation: field(.organisation), person: field(.person),
      staffID: field(.staff), phone: field(.phone), agreed: agreed, promises: promises)
    entry.durationSeconds = elapsed(now: now)
    // What is agreed on a call is only said: the brief keeps it until it is in writing.
    entry.verbalAgreement = !agreed.isEmpty
    return .success(entry)
  }
}

/// The next steps offered after a call with an agreement or a promise.
public struct FollowThrough: Hashable, Sendable {
  public enum Step: Hashable, Sendable {
    /// Draft the request to confirm it in writing (the confirmation letter, prefilled).
    case confirmationLetter
    /// The promise to pay is already a reminder; this says when.
    case promiseReminder(due: LocalDate, amount: Int64)
    /// Set a follow-up call.
    case followUpCall(on: LocalDate)
  }

  public let debtID: String
  public let entryID: String
  public let steps: [Step]
  public var row = 0

  public init(debtID: String, entry: ContactEntry, today: LocalDate) {
    self.debtID = debtID
    entryID = entry.id
    var steps: [Step] = []
    if !entry.agreed.isEmpty { steps.append(.confirmationLetter) }
    for p in entry.promises where p.isPromiseToPay {
      steps.append(.promiseReminder(due: p.due, amount: p.amount ?? 0))
    }
    // Call back before the promise falls due, else in three days: time enough for a reply in writing.
    let soonest = entry.promises.map { $0.due.adding(days: -1) }.filter { $0 > today }.min()
    steps.append(.followUpCall(on: soonest.map { min($0, today.adding(days: 3)) } ?? today.adding(days: 3)))
    self.steps = steps
  }

  /// Whether a recorded call deserves the next steps: something was agreed or promised.
  public static func applies(to entry: ContactEntry) -> Bool {
    !entry.agreed.isEmpty || !entry.promises.isEmpty
  }

  public mutating func move(by delta: Int) {
    guard !steps.isEmpty else { return }
    row = (row + delta + steps.count) % steps.count
  }
}
