import DebtCore
import TerminalUI

/// The add/edit form: labels, fields, a message beside each invalid field, and a live preview of
/// the first installments.
enum FormScreen {
  static func render(
    _ state: AppState, _ form: DebtForm, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    let title =
      form.editing == nil
      ? LocalizedText(en: "Add a debt", zh: "添加债务") : LocalizedText(en: "Edit debt", zh: "编辑债务")
    buffer.put(state.t(title), x: rect.x + 1, y: rect.y, style: theme.title, clip: rect)
    let labelWidth = 16
    let fieldWidth = max(8, min(34, rect.width - labelWidth - 4))
    var y = rect.y + 1
    for field in DebtForm.Field.allCases {
      guard y < rect.maxY else { break }
      let focused = form.focus == field
      buffer.put(
        state.t(field.label), x: rect.x + 1, y: y, width: labelWidth - 1,
        style: focused ? theme.accent : theme.muted, clip: rect)
      let box = Rect(x: rect.x + 1 + labelWidth, y: y, width: fieldWidth, height: 1).intersection(rect)
      if field.isChoice {
        let text = "‹ " + form.choiceText(field, state.language) + " ›"
        buffer.put(
          text, x: box.x, y: y, width: box.width, style: focused ? theme.selection : theme.base, clip: rect)
      } else {
        var style = theme.base
        style.underline = true
        form.text(field).render(
          into: &buffer, rect: box, style: focused ? theme.selection : style, focused: focused)
      }
      if let error = form.errors[field] {
        buffer.put("← " + state.t(error), x: box.maxX + 1, y: y, style: theme.danger, clip: rect)
      }
      y += 1
    }
    // Preview of the first installments, when the fields make a valid debt.
    let preview = form.build(currency: state.settings.currency)
    y += 1
    guard y < rect.maxY else { return }
    if let debt = preview.debt {
      let schedule = Schedule(for: debt)
      let line = state.t(
        LocalizedText(
          en:
            "Preview: \(schedule.installments.count) installments, interest \(Money.format(schedule.totalInterest, debt.currency))",
          zh:
            "预览：共 \(schedule.installments.count) 期，利息 \(Money.format(schedule.totalInterest, debt.currency))")
      )
      buffer.put(line, x: rect.x + 1, y: y, style: theme.accent, clip: rect)
      if let apr = TrueAPR(debt: debt, schedule: schedule) {
        y += 1
        let text = state.t(
          LocalizedText(
            en:
              "True APR: \(formatPercent(apr.simple * 100)) simple · \(formatPercent(apr.compound * 100)) compound",
            zh: "真实年化：\(formatPercent(apr.simple * 100))（单利）· \(formatPercent(apr.compound * 100))（复利）"))
        buffer.put(
          text, x: rect.x + 1, y: y, style: apr.compound > 0.24 ? theme.warning : theme.title, clip: rect)
      }
      for inst in schedule.installments.prefix(3) {
        y += 1
        guard y < rect.maxY else { break }
        buffer.put(
          "  \(inst.number). \(inst.dueDate)  "
            + Money.format(inst.total, debt.currency).padded(toWidth: 12, alignRight: true),
          x: rect.x + 1, y: y, style: theme.muted, clip: rect)
      }
    } else {
      buffer.put(
        state.t(LocalizedText(en: "Preview appears when the fields are complete.", zh: "填写完整后显示还款预览。")),
        x: rect.x + 1, y: y, style: theme.muted, clip: rect)
    }
  }
}
