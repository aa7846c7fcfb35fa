import DebtCore
import TerminalUI

/// Enter in a form or a dialog: what each one records, and what it asks before recording.
extension AppLogic {
  static func submit(_ state: inout AppState) -> [Effect] {
    if let effects = submitCaseDialog(&state) { return effects }
    if let effects = submitCall(&state) { return effects }
    if case .snoozeUntil(let id, let field) = state.overlay {
      guard let date = try? LocalDate(lenient: field.text), date > state.today else {
        state.message = (
          LocalizedText(
            en: "Type a date after today, like \(state.today.adding(days: 7)).",
            zh: "请输入今天之后的日期，例如 \(state.today.adding(days: 7))。"),
          .error
        )
        return []
      }
      state.overlay = nil
      state.message = (
        LocalizedText(
          en: "Snoozed until \(date). \(state.key(.undo)) to undo.",
          zh: "已推迟到 \(date)。按 \(state.key(.undo)) 撤销。"), .success
      )
      let effects = commit(.setReminder(id: id, .snoozed(until: date)), &state)
      clampSelection(&state)
      return effects
    }
    if case .pay(var dialog) = state.overlay {
      guard let debt = state.portfolio.debt(id: dialog.debtID) else {
        state.overlay = nil
        return []
      }
      switch dialog.build(currency: debt.currency, today: state.today) {
      case .failure(let problem):
        dialog.error = problem
        state.overlay = .pay(dialog)
        return []
      case .success(let payment):
        let concerns = Plausibility.concerns(
          payment, debt: debt, payments: state.portfolio.payments(for: debt.id), today: state.today)
        if !concerns.isEmpty && !dialog.warned {
          // Ask before recording what looks like a slip: the same submit again records it.
          let said = concerns.map { Plausibility.message($0, currency: debt.currency) }
          dialog.error = LocalizedText(
            en: said.map(\.en).joined(separator: "; ") + ". Submit again to record it anyway, or change it.",
            zh: said.map(\.zh).joined(separator: "；") + "。再次提交即按此记录，或修改后提交。")
          dialog.warned = true
          state.overlay = .pay(dialog)
          return []
        }
        state.overlay = nil
        let amount = Money.format(payment.amount, debt.currency)
        state.message = (
          LocalizedText(
            en: "Recorded \(amount) paid to \(debt.name). \(state.key(.undo)) to undo.",
            zh: "已记录向 \(debt.name) 还款 \(amount)。按 \(state.key(.undo)) 撤销。"),
          .success
        )
        // Paying from a reminder closes it too (one step to undo) when it pays what the row asks.
        var change = PortfolioChange.addPayment(payment)
        if let row = state.selectedRow, let reminder = row.notice, reminder.debtID == debt.id,
          payment.amount >= (row.amount ?? 0)
        {
          change = .batch([change, .setReminder(id: reminder.id, .done(on: state.today))])
        }
        let effects = commit(change, &state)
        clampSelection(&state)
        return effects
      }
    }
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
