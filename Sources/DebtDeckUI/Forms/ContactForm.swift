import DebtCore
import TerminalUI

/// "Record a contact": when, who started it, the channel, who, what was said and agreed, a promise
/// to pay, and whether someone else was contacted. The app adds the flags.
public struct ContactForm: Hashable, Sendable {
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
    form = FieldForm([
      .init(LocalizedText(en: "When", zh: "时间"), .text(TextField(now.description, maximumLength: 16))),
      .init(
        LocalizedText(en: "Who started it", zh: "发起方"), .choice(ContactDirection.allCases.map(\.label), 0)),
      .init(LocalizedText(en: "Channel", zh: "渠道"), .choice(ContactChannel.allCases.map(\.label), 0)),
      .init(LocalizedText(en: "Organisation", zh: "机构"), .text(TextField(debt.lender, maximumLength: 80))),
      .init(LocalizedText(en: "Person", zh: "姓名"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Staff number", zh: "工号"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Phone", zh: "电话"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "What was said", zh: "沟通内容"), .area(TextArea(maximumLength: 2000))),
      .init(LocalizedText(en: "What was agreed", zh: "约定内容"), .text(TextField(maximumLength: 500))),
      .init(LocalizedText(en: "I promised, by", zh: "我承诺还款日期"), .text(TextField(maximumLength: 12))),
      .init(LocalizedText(en: "…the amount", zh: "承诺金额"), .text(TextField(maximumLength: 20))),
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
          ContactForm.filings.map { f in
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
    func field(_ r: Row) -> String {
      String(
        form.text(r.rawValue).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
    guard let at = try? LocalDateTime(parsing: field(.when)), at.date <= today else {
      return .failure(
        LocalizedText(
          en: "When: a time like \(today) 14:05, not in the future", zh: "时间：例如 \(today) 14:05，不能晚于现在"))
    }
    let summary = field(.summary)
    guard !summary.isEmpty else {
      return .failure(LocalizedText(en: "Say in a sentence what was said.", zh: "请用一句话写下沟通内容。"))
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
        userFlags: ContactForm.marks.filter { form.choice($0.0.rawValue) == 1 }.map(\.1),
        evidence: evidence.map { [$0] } ?? [], corrects: corrects.isEmpty ? nil : corrects,
        filing: ContactForm.filings[form.choice(Row.filing.rawValue)]))
  }
}

/// The offer calculator: income, essential spending, a reserve.
public struct OfferForm: Hashable, Sendable {
  public let debtID: String
  public var form: FieldForm

  public init(debtID: String, inputs: OfferInputs?, currency: Currency) {
    self.debtID = debtID
    func text(_ m: Int64?) -> TextField {
      TextField(m.map { Money.plain($0, currency) } ?? "", maximumLength: 20)
    }
    form = FieldForm([
      .init(LocalizedText(en: "Monthly income", zh: "每月收入"), .text(text(inputs?.monthlyIncome))),
      .init(LocalizedText(en: "Essentials", zh: "必要开支"), .text(text(inputs?.essentialSpending))),
      .init(LocalizedText(en: "Reserve", zh: "应急预留"), .text(text(inputs?.reserve ?? 0))),
    ])
  }

  public func build(currency: Currency) -> Result<OfferInputs, LocalizedText> {
    var values: [Int64] = []
    for i in 0..<3 {
      guard let v = try? AmountParser.parse(form.text(i), minorDigits: currency.minorDigits) else {
        return .failure(
          LocalizedText(
            en: "\(form.fields[i].label.en): a number like 6000",
            zh: "\(form.fields[i].label.zh)：请输入数字，例如 6000"))
      }
      values.append(v)
    }
    return .success(OfferInputs(monthlyIncome: values[0], essentialSpending: values[1], reserve: values[2]))
  }
}

/// "Set a follow-up" for a debt: a date and what to do then. It becomes a reminder on that date.
public struct FollowUpForm: Hashable, Sendable {
  public let debtID: String
  public var form: FieldForm

  public init(debtID: String, today: LocalDate, text: String) {
    self.debtID = debtID
    form = FieldForm([
      .init(
        LocalizedText(en: "On", zh: "日期"),
        .text(TextField(today.adding(days: 7).description, maximumLength: 12))),
      .init(LocalizedText(en: "What to do", zh: "要做的事"), .text(TextField(text, maximumLength: 200))),
    ])
  }

  public func build(today: LocalDate) -> Result<FollowUp, LocalizedText> {
    guard let date = try? LocalDate(lenient: form.text(0)), date >= today else {
      return .failure(
        LocalizedText(
          en: "On: a date from today, like \(today.adding(days: 7))",
          zh: "日期：今天或之后，例如 \(today.adding(days: 7))"))
    }
    let text = form.text(1).trimmingCharacters(in: " ")
    guard !text.isEmpty else {
      return .failure(LocalizedText(en: "Say what to do then.", zh: "请写下到时要做的事。"))
    }
    return .success(FollowUp(id: "", debt: debtID, date: date, text: text))
  }
}

/// "Record an agreement": what kind, how it was confirmed, and its schedule (the same amount each
/// month from a first date, or one payment), with a sentence of what was agreed.
public struct AgreementForm: Hashable, Sendable {
  public let debtID: String
  public var form: FieldForm

  enum Row: Int { case kind, confirmed, monthly, months, first, summary }

  public init(debtID: String, today: LocalDate, monthly: Int64?, currency: Currency) {
    self.debtID = debtID
    form = FieldForm([
      .init(LocalizedText(en: "Kind", zh: "类型"), .choice(Agreement.Kind.allCases.map(\.label), 0)),
      .init(
        LocalizedText(en: "Confirmed", zh: "确认方式"), .choice(Agreement.Confirmation.allCases.map(\.label), 0)),
      .init(
        LocalizedText(en: "Each payment", zh: "每期金额"),
        .text(TextField(monthly.map { Money.plain($0, currency) } ?? "", maximumLength: 20))),
      .init(LocalizedText(en: "Payments", zh: "期数"), .text(TextField("12", maximumLength: 3))),
      .init(
        LocalizedText(en: "First on", zh: "首期日期"),
        .text(TextField(today.firstOfMonth.adding(months: 1).description, maximumLength: 12))),
      .init(LocalizedText(en: "What was agreed", zh: "约定内容"), .area(TextArea(maximumLength: 2000))),
    ])
  }

  public func build(currency: Currency, today: LocalDate) -> Result<Agreement, LocalizedText> {
    let kind = Agreement.Kind.allCases[form.choice(Row.kind.rawValue)]
    let confirmed = Agreement.Confirmation.allCases[form.choice(Row.confirmed.rawValue)]
    var schedule: [Agreement.Payment] = []
    let amountText = form.text(Row.monthly.rawValue)
    if !amountText.isEmpty || kind != .penaltyWaiver && kind != .other {
      guard let amount = try? AmountParser.parse(amountText, minorDigits: currency.minorDigits), amount > 0
      else {
        return .failure(LocalizedText(en: "Each payment: an amount like 800", zh: "每期金额：例如 800"))
      }
      guard let count = Int(form.text(Row.months.rawValue)), (1...120).contains(count) else {
        return .failure(LocalizedText(en: "Payments: 1 to 120", zh: "期数：1 到 120"))
      }
      guard let first = try? LocalDate(lenient: form.text(Row.first.rawValue)) else {
        return .failure(LocalizedText(en: "First on: a date like 2026-12-05", zh: "首期日期：例如 2026-12-05"))
      }
      schedule = (0..<count).map { Agreement.Payment(date: first.adding(months: $0), amount: amount) }
    }
    return .success(
      Agreement(
        madeOn: today, kind: kind, confirmed: confirmed, summary: form.text(Row.summary.rawValue),
        schedule: schedule))
  }
}
