import DebtCore
import TerminalUI

/// The fields a contact entry and the live-call card's notes share — who it was with, what was
/// said and agreed, a promise to pay — defined once, and read back once.
enum ContactCapture {
  /// The shared rows, in the order they appear in both dialogs.
  enum Row: Int, CaseIterable {
    case organisation, person, staff, phone, said, agreed, promiseDate, promiseAmount
  }

  /// The shared fields. `said` names the summary row ("What was said" in the log, "What they
  /// said" during a call).
  static func fields(organisation: String, phone: String = "", said: LocalizedText) -> [FieldForm.Field] {
    [
      .init(LocalizedText(en: "Organisation", zh: "机构"), .text(TextField(organisation, maximumLength: 80))),
      .init(LocalizedText(en: "Person", zh: "姓名"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Staff number", zh: "工号"), .text(TextField(maximumLength: 40))),
      .init(LocalizedText(en: "Phone", zh: "电话"), .text(TextField(phone, maximumLength: 40))),
      .init(said, .area(TextArea(maximumLength: 2000))),
      .init(LocalizedText(en: "What was agreed", zh: "约定内容"), .text(TextField(maximumLength: 500))),
      .init(LocalizedText(en: "I promised, by", zh: "我承诺还款日期"), .text(TextField(maximumLength: 12))),
      .init(LocalizedText(en: "…the amount", zh: "承诺金额"), .text(TextField(maximumLength: 20))),
    ]
  }

  /// The text of a field without the spaces around it.
  static func trimmed(_ form: FieldForm, _ index: Int) -> String {
    String(form.text(index).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }

  /// The text of a shared row, in a form whose shared rows begin at `first`.
  static func text(_ form: FieldForm, _ row: Row, from first: Int) -> String {
    trimmed(form, first + row.rawValue)
  }

  /// The promise to pay typed in the shared rows (none when both are empty), or what is wrong.
  static func promises(_ form: FieldForm, from first: Int, currency: Currency, today: LocalDate) -> Result<
    [ContactPromise], LocalizedText
  > {
    let dateText = text(form, .promiseDate, from: first)
    let amountText = text(form, .promiseAmount, from: first)
    guard !dateText.isEmpty || !amountText.isEmpty else { return .success([]) }
    guard let due = try? LocalDate(lenient: dateText) else {
      return .failure(
        LocalizedText(
          en: "I promised, by: “\(dateText)” is not a date; like \(today.adding(days: 7))",
          zh: "我承诺还款日期：“\(dateText)”不是日期，例如 \(today.adding(days: 7))"))
    }
    guard let amount = try? AmountParser.parse(amountText, minorDigits: currency.minorDigits), amount > 0
    else {
      return .failure(LocalizedText(en: "Promise amount: a number like 1500", zh: "承诺金额：例如 1500"))
    }
    return .success([ContactPromise(by: .me, due: due, amount: amount)])
  }
}
