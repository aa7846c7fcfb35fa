import DebtCore
import TerminalUI

/// "Set a follow-up" for a debt: a date and what to do then. It becomes a reminder on that date.
public struct FollowUpDialog: Hashable, Sendable {
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
