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
  /// Any key in the notes (typing or moving) disarms Esc.
  public var form: FieldForm { didSet { escArmed = false } }
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
    form = FieldForm(
      [
        .init(
          LocalizedText(en: "Who started it", zh: "发起方"), .choice(LiveCallForm.directions.map(\.label), 0))
      ]
        + ContactCapture.fields(
          organisation: debt.lender, phone: phone, said: LocalizedText(en: "What they said", zh: "对方说了什么")))
  }

  /// Seconds since the card was opened (0 without a clock).
  public func elapsed(now: Int?) -> Int {
    guard let now, let startSeconds else { return 0 }
    return max(0, now - startSeconds)
  }

  func field(_ r: Row) -> String { ContactCapture.trimmed(form, r.rawValue) }

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
    let promises: [ContactPromise]
    switch ContactCapture.promises(
      form, from: Row.organisation.rawValue, currency: currency, today: today)
    {
    case .failure(let problem): return .failure(problem)
    case .success(let p): promises = p
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

extension LiveCallForm: Dialog {
  var overlay: Overlay { .liveCall(self) }

  func title(_ state: AppState) -> LocalizedText {
    let name = state.portfolio.debt(id: debtID)?.name.terminalSafe ?? debtID
    return LocalizedText(en: "Live call — \(name)", zh: "实时通话 — \(name)")
  }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en:
        "\(keys.next)/↑↓ fields · \(keys.submit) records the call with its duration · \(keys.cancel) cancels",
      zh: "\(keys.next)/↑↓ 切换 · \(keys.submit) 记录通话及时长 · \(keys.cancel) 取消")
  }

  func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    LiveCallCard.render(state, self, hint: state.t(hint(DialogKeys(keyMap))), &buffer, area, theme)
  }

  /// With notes typed, the first Esc only warns: the second discards them.
  mutating func cancel(_ state: inout AppState) -> Bool {
    guard hasNotes && !escArmed else { return true }
    escArmed = true
    let esc = state.key(.cancel, in: .dialog)
    let enter = state.key(.submit, in: .dialog)
    state.message = (
      LocalizedText(
        en: "\(esc) again discards these call notes; \(enter) records them.",
        zh: "再按 \(esc) 将放弃本次通话记录；按 \(enter) 保存。"),
      .error
    )
    return false
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    guard let debt = state.portfolio.debt(id: debtID) else { return .done([]) }
    let entry: ContactEntry
    switch build(currency: debt.currency, today: state.today, now: state.clockSeconds) {
    case .failure(let problem): return .problem(problem)
    case .success(let e): entry = e
    }
    let effects = AppLogic.commit(.appendContact(debtID: debt.id, entry, state.settings.contactRules), &state)
    guard let stored = state.portfolio.cases[debt.id]?.contacts.last else { return .done(effects) }
    let lasted = CallDuration.text(stored.durationSeconds ?? 0)
    let flags = stored.flags.isEmpty ? nil : stored.flags
    state.message = (
      LocalizedText(
        en: "Recorded \(stored.id): call of \(lasted.en) with \(debt.name)"
          + (flags.map { ", flagged: " + $0.map(\.label.en).joined(separator: ", ") } ?? "") + ".",
        zh: "已记录 \(stored.id)：与 \(debt.name) 通话 \(lasted.zh)"
          + (flags.map { "，已标记：" + $0.map(\.label.zh).joined(separator: "、") } ?? "") + "。"),
      flags == nil ? .success : .info
    )
    if FollowThrough.applies(to: stored) {
      state.overlay = .followThrough(FollowThrough(debtID: debt.id, entry: stored, today: state.today))
    } else if let warning = state.portfolio.caseFile(for: debt.id).warnings(for: stored)
      .lines(state.settings.legalRules).first
    {
      // A scam sign is said at once (the next steps show them all).
      state.message = (warning, .error)
    }
    return .done(effects)
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
