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

extension AgreementDialog: Dialog {
  var overlay: Overlay { .agreement(self) }

  func title(_ state: AppState) -> LocalizedText { LocalizedText(en: "Record an agreement", zh: "记录协议") }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en: "\(keys.next)/↑↓ fields · ←→ choices · \(keys.submit) records it · \(keys.cancel) cancels",
      zh: "\(keys.next)/↑↓ 切换 · ←→ 选择 · \(keys.submit) 记录 · \(keys.cancel) 取消")
  }

  func preview(_ state: AppState, _ theme: Theme) -> [(String, Style)] {
    DialogPreview.agreement(self, state, theme)
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    guard let debt = state.portfolio.debt(id: debtID) else { return .done([]) }
    switch build(currency: debt.currency, today: state.today) {
    case .failure(let problem): return .problem(problem)
    case .success(let agreement):
      let effects = AppLogic.commit(.appendAgreement(debtID: debt.id, agreement), &state)
      let stage = state.statuses[debt.id]?.stage ?? .current
      state.message = (
        agreement.confirmed == .oral
          ? LocalizedText(
            en: "Agreement recorded — oral only: ask for it in writing and record that contact.",
            zh: "已记录协议 — 仅口头约定：请争取书面确认，并记录该次联系。")
          : LocalizedText(
            en: "Agreement recorded; the debt is now “\(stage.label.en)” and its payments are reminders.",
            zh: "已记录协议；该债务现为“\(stage.label.zh)”，每期还款都会提醒。"),
        .success
      )
      return .done(effects)
    }
  }
}
