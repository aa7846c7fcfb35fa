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

extension FollowUpDialog: Dialog {
  var overlay: Overlay { .followUp(self) }

  func title(_ state: AppState) -> LocalizedText { LocalizedText(en: "Set a follow-up", zh: "设置跟进") }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en: "\(keys.submit) sets it · \(keys.cancel) cancels", zh: "\(keys.submit) 确认 · \(keys.cancel) 取消")
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    switch build(today: state.today) {
    case .failure(let problem): return .problem(problem)
    case .success(let followUp):
      state.message = (
        LocalizedText(
          en:
            "Follow-up set for \(followUp.date); it will be among that day's reminders. \(state.key(.undo)) to undo.",
          zh: "已设置 \(followUp.date) 的跟进，届时会出现在当天的提醒中。按 \(state.key(.undo)) 撤销。"),
        .success
      )
      return .done(AppLogic.commit(.addFollowUp(followUp), &state))
    }
  }
}
