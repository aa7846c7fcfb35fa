import DebtCore
import TerminalUI

/// Enter in the debt form: what it records, and what it asks before recording. (A dialog's Enter
/// is its own `submit`, see `Dialog`.)
extension AppLogic {
  static func submit(_ state: inout AppState) -> [Effect] {
    if let effects = submitDialog(&state) { return effects }
    if let effects = submitCall(&state) { return effects }
    guard var form = state.form else { return [] }
    let built = form.build(currency: state.settings.currency)
    guard let debt = built.debt else {
      form.errors = built.errors
      if let first = DebtForm.Field.allCases.first(where: { built.errors[$0] != nil }) { form.focus = first }
      state.form = form
      state.message = (LocalizedText(en: "Please correct the marked fields.", zh: "请修改标出的项目。"), .error)
      return []
    }
    if let concern = Plausibility.rateConcern(debt.rate), form.questionedRate != debt.rate {
      // A rate a hundred times too high is asked about once; the same rate submitted again stays.
      form.questionedRate = debt.rate
      form.errors[.rate] = concern
      form.focus = .rate
      state.form = form
      state.message = (
        LocalizedText(
          en: "Check the rate: submit again to keep it as it is.", zh: "请核对利率：再次提交即按此保存。"),
        .error
      )
      return []
    }
    state.form = nil
    if form.editing != nil {
      state.message = (LocalizedText(en: "Saved \(debt.name).", zh: "已保存 \(debt.name)。"), .success)
      return commit(.updateDebt(debt), &state)
    }
    state.message = (
      LocalizedText(
        en: "Added \(debt.name). \(state.key(.undo)) to undo.",
        zh: "已添加 \(debt.name)。按 \(state.key(.undo)) 撤销。"), .success
    )
    return commit(.addDebt(debt), &state)
  }
}
