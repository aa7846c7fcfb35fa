import DebtCore
import TerminalUI

/// "Snooze until…": a reminder comes back on a later day. The date is prefilled a week ahead.
public struct SnoozeDialog: Hashable, Sendable {
  public let reminderID: String
  public var form: FieldForm

  public init(reminderID: String, today: LocalDate) {
    self.reminderID = reminderID
    form = FieldForm([
      .init(
        LocalizedText(en: "Date", zh: "日期"),
        .text(TextField(today.adding(days: 7).description, maximumLength: 12)))
    ])
  }

  /// The day it comes back, or what is wrong with the one typed: not a date, or not after today.
  public func build(today: LocalDate) -> Result<LocalDate, LocalizedText> {
    let example = today.adding(days: 7)
    let typed = form.text(0).trimmingCharacters(in: " ")
    guard !typed.isEmpty else {
      return .failure(
        LocalizedText(
          en: "Date: type the day it should come back, after today, like \(example).",
          zh: "日期：请输入今天之后的日期，例如 \(example)。"))
    }
    guard let date = try? LocalDate(lenient: typed) else {
      return .failure(
        LocalizedText(
          en:
            "Date: “\(typed.terminalSafe)” is not a date; type a day after today as year-month-day, like \(example).",
          zh: "日期：“\(typed.terminalSafe)”不是日期；请按年-月-日输入今天之后的某天，例如 \(example)。"))
    }
    guard date > today else {
      return .failure(
        LocalizedText(
          en: "Date: \(date) is not after today (\(today)); snooze to a later day, like \(example).",
          zh: "日期：\(date) 不晚于今天（\(today)）；请选择之后的日期，例如 \(example)。"))
    }
    return .success(date)
  }
}

extension SnoozeDialog: Dialog {
  var overlay: Overlay { .snoozeUntil(self) }

  func title(_ state: AppState) -> LocalizedText { LocalizedText(en: "Snooze until", zh: "推迟到") }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en: "\(keys.submit) snoozes · \(keys.cancel) cancels", zh: "\(keys.submit) 确认 · \(keys.cancel) 取消")
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    switch build(today: state.today) {
    case .failure(let problem): return .problem(problem)
    case .success(let date):
      state.message = (
        LocalizedText(
          en: "Snoozed until \(date). \(state.key(.undo)) to undo.",
          zh: "已推迟到 \(date)。按 \(state.key(.undo)) 撤销。"),
        .success
      )
      let effects = AppLogic.commit(.setReminder(id: reminderID, .snoozed(until: date)), &state)
      AppLogic.clampSelection(&state)
      return .done(effects)
    }
  }
}
