import DebtCore
import TerminalUI

/// "Record an agreement": what kind, how it was confirmed, and its schedule (the same amount each
/// month from a first date, or one payment), with a sentence of what was agreed.
public struct AgreementDialog: Hashable, Sendable {
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
      .init(LocalizedText(en: "What was agreed", zh: "约定内容"), .text(TextField(maximumLength: 300))),
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
