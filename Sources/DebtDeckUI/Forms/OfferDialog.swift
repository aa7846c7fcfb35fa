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
