import DebtCore
import TerminalUI

/// The offer calculator: income, essential spending, a reserve.
public struct OfferDialog: Hashable, Sendable {
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

extension OfferDialog: Dialog {
  var overlay: Overlay { .offer(self) }

  func title(_ state: AppState) -> LocalizedText {
    LocalizedText(en: "What can I offer each month?", zh: "每月能拿出多少？")
  }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en: "\(keys.next)/↑↓ fields · \(keys.submit) keeps it for the letters · \(keys.cancel) cancels",
      zh: "\(keys.next)/↑↓ 切换 · \(keys.submit) 保存（信函引用）· \(keys.cancel) 取消")
  }

  func preview(_ state: AppState, _ theme: Theme) -> [(String, Style)] {
    DialogPreview.offer(self, state, theme)
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    guard let debt = state.portfolio.debt(id: debtID) else { return .done([]) }
    switch build(currency: debt.currency) {
    case .failure(let problem): return .problem(problem)
    case .success(let inputs):
      state.message = (
        LocalizedText(en: "Offer worked out; the letters use it.", zh: "已算出还款能力，信函将引用。"), .success
      )
      return .done(AppLogic.commit(.setOffer(debtID: debt.id, inputs), &state))
    }
  }
}
