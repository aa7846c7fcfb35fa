import DebtCore
import TerminalUI

/// "Record a contact": when, who started it, the channel, who, what was said and agreed, a promise
/// to pay, and whether someone else was contacted. The app adds the flags.
public struct ContactDialog: Hashable, Sendable {
  public let debtID: String
  public var form: FieldForm

  enum Row: Int {
    case when, direction, channel, organisation, person, staff, phone, summary, agreed, promiseDate,
      promiseAmount
    case thirdParty, threat, insult, impersonation, disclosure, filing, corrects, evidence
  }

  /// What the user can mark a contact with, one yes/no row each (the other flags are set by the
  /// app), as `debtdeck log --flag` takes several.
  static let marks: [(Row, ContactFlag)] = [
    (.threat, .threat), (.insult, .insult), (.impersonation, .impersonation), (.disclosure, .disclosure),
  ]

  /// A filing the contact makes: none, or one with a reply deadline.
  static let filings: [Filing?] = [nil] + Filing.allCases.map { $0 }

  /// The evidence file named in the form, once hashed (set by the shell through `AppLogic`).
  public var evidence: Evidence?

  /// The path typed in the evidence field ("" when none).
  public var evidencePath: String {
    form.text(Row.evidence.rawValue).trimmingCharacters(in: " ")
  }

  public init(debt: Debt, now: LocalDateTime) {
    debtID = debt.id
    let no = LocalizedText(en: "no", zh: "否")
    let yes = LocalizedText(en: "yes — they contacted someone else", zh: "是 — 联系了他人")
    form = FieldForm(
      [
        .init(LocalizedText(en: "When", zh: "时间"), .text(TextField(now.description, maximumLength: 16))),
        .init(
          LocalizedText(en: "Who started it", zh: "发起方"), .choice(ContactDirection.allCases.map(\.label), 0)),
        .init(LocalizedText(en: "Channel", zh: "渠道"), .choice(ContactChannel.allCases.map(\.label), 0)),
      ]
        + ContactCapture.fields(
          organisation: debt.lender, said: LocalizedText(en: "What was said", zh: "沟通内容"))
        + [
          .init(LocalizedText(en: "Third party", zh: "第三方"), .choice([no, yes], 0)),
          .init(LocalizedText(en: "Threat", zh: "威胁"), .choice([no, LocalizedText(en: "yes", zh: "是")], 0)),
          .init(LocalizedText(en: "Insult", zh: "辱骂"), .choice([no, LocalizedText(en: "yes", zh: "是")], 0)),
          .init(
            LocalizedText(en: "Impersonation", zh: "冒充公检法"),
            .choice([no, LocalizedText(en: "yes — claimed to be police, court…", zh: "是 — 自称警察、法院等")], 0)),
          .init(
            LocalizedText(en: "Disclosure", zh: "泄露信息"),
            .choice([no, LocalizedText(en: "yes — spread my information", zh: "是 — 散布我的个人信息")], 0)),
          .init(
            LocalizedText(en: "Filing", zh: "提交"),
            .choice(
              ContactDialog.filings.map { f in
                f.map { LocalizedText(en: $0.label.en + " (reply due later)", zh: $0.label.zh + "（有答复期限）") }
                  ?? LocalizedText(en: "none", zh: "无")
              }, 0)),
          .init(LocalizedText(en: "Corrects entry", zh: "更正哪条"), .text(TextField(maximumLength: 12))),
          .init(LocalizedText(en: "Evidence file", zh: "证据文件"), .text(TextField(maximumLength: 500))),
        ])
  }

  /// The entry the fields describe, or what is wrong; `earlier` are the ids already in the log
  /// (a correction must name one of them).
  public func build(currency: Currency, today: LocalDate, earlier: [String] = []) -> Result<
    ContactEntry, LocalizedText
  > {
    func field(_ r: Row) -> String { ContactCapture.trimmed(form, r.rawValue) }
    guard let at = try? LocalDateTime(parsing: field(.when)), at.date <= today else {
      return .failure(
        LocalizedText(
          en: "When: a time like \(today) 14:05, not in the future", zh: "时间：例如 \(today) 14:05，不能晚于现在"))
    }
    let summary = field(.summary)
    guard !summary.isEmpty else {
      return .failure(LocalizedText(en: "Say in a sentence what was said.", zh: "请用一句话写下沟通内容。"))
    }
    let promises: [ContactPromise]
    switch ContactCapture.promises(
      form, from: Row.organisation.rawValue, currency: currency, today: today)
    {
    case .failure(let problem): return .failure(problem)
    case .success(let p): promises = p
    }
    let corrects = field(.corrects)
    if !corrects.isEmpty && !earlier.contains(corrects) {
      let known = earlier.isEmpty ? "" : " (" + earlier.suffix(5).joined(separator: ", ") + ")"
      return .failure(
        LocalizedText(
          en:
            "Corrects entry: the log has no \(corrects.terminalSafe); give the id of an earlier entry\(known)",
          zh: "更正哪条：记录中没有 \(corrects.terminalSafe)；请填写之前某条记录的编号\(known)"))
    }
    return .success(
      ContactEntry(
        at: at, direction: ContactDirection.allCases[form.choice(Row.direction.rawValue)],
        channel: ContactChannel.allCases[form.choice(Row.channel.rawValue)], summary: summary,
        organisation: field(.organisation), person: field(.person), staffID: field(.staff),
        phone: field(.phone),
        agreed: field(.agreed), promises: promises, thirdParty: form.choice(Row.thirdParty.rawValue) == 1,
        userFlags: ContactDialog.marks.filter { form.choice($0.0.rawValue) == 1 }.map(\.1),
        evidence: evidence.map { [$0] } ?? [], corrects: corrects.isEmpty ? nil : corrects,
        filing: ContactDialog.filings[form.choice(Row.filing.rawValue)]))
  }
}

extension ContactDialog: Dialog {
  var overlay: Overlay { .contact(self) }

  func title(_ state: AppState) -> LocalizedText {
    let name = state.portfolio.debt(id: debtID)?.name.terminalSafe ?? ""
    return LocalizedText(en: "Record a contact — \(name)", zh: "记录联系 — \(name)")
  }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en:
        "\(keys.next)/↑↓ fields · ←→ choices · \(keys.submit) records (never edited later: to fix one, record a new entry that corrects it) · \(keys.cancel) cancels",
      zh:
        "\(keys.next)/↑↓ 切换 · ←→ 选择 · \(keys.submit) 记录（之后不可修改；有误请新记一条并填“更正哪条”）· \(keys.cancel) 取消")
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    guard let debt = state.portfolio.debt(id: debtID) else { return .done([]) }
    let earlier = state.portfolio.caseFile(for: debt.id).contacts.map(\.id)
    let entry: ContactEntry
    switch build(currency: debt.currency, today: state.today, earlier: earlier) {
    case .failure(let problem): return .problem(problem)
    case .success(let e): entry = e
    }
    // A named evidence file is hashed by the shell first; `evidenceReady` comes back here.
    if !evidencePath.isEmpty && evidence == nil { return .waiting([.hashEvidence(path: evidencePath)]) }
    let effects = AppLogic.commit(.appendContact(debtID: debt.id, entry, state.settings.contactRules), &state)
    let stored = state.portfolio.cases[debt.id]?.contacts.last
    let flags = stored?.flags ?? []
    state.message = (
      flags.isEmpty
        ? LocalizedText(
          en: "Recorded \(stored?.id ?? "") in the log of \(debt.name).",
          zh: "已记入 \(debt.name) 的联系记录（\(stored?.id ?? "")）。")
        : LocalizedText(
          en: "Recorded \(stored?.id ?? ""), flagged: " + flags.map(\.label.en).joined(separator: ", "),
          zh: "已记录 \(stored?.id ?? "")，已标记：" + flags.map(\.label.zh).joined(separator: "、")),
      flags.isEmpty ? .success : .info
    )
    return .done(effects)
  }
}
