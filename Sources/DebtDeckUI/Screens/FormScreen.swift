import DebtCore
import TerminalUI

/// The add/edit form: labels, fields, a message beside (or under) each invalid field, and a live
/// preview of the first installments below the last field. Taller than the window, it scrolls so
/// that the focused field is in view; at the last fields the preview comes into view with them.
enum FormScreen {
  /// One row of the form as drawn.
  enum Row {
    case field(DebtForm.Field)
    /// A field's message that does not fit beside it.
    case error(String)
    case text(String, Style)
    /// A further row of the notes while they are in focus.
    case notesRow
  }

  static let labelWidth = 16

  static func fieldWidth(_ rect: Rect) -> Int { max(8, min(34, rect.width - labelWidth - 4)) }

  /// The notes are wider than the other fields: they hold sentences.
  static func notesWidth(screenWidth: Int) -> Int { max(8, min(64, screenWidth - labelWidth - 3)) }

  /// The rows in order: every field (with its message under it when it does not fit beside),
  /// a blank row, then the preview.
  static func rows(_ state: AppState, _ form: DebtForm, _ rect: Rect, _ theme: Theme) -> [Row] {
    var rows: [Row] = []
    let besideRoom = rect.width - (1 + labelWidth + fieldWidth(rect)) - 2
    for field in DebtForm.Field.allCases {
      rows.append(.field(field))
      if field == .notes && form.focus == .notes {
        rows += Array(repeating: .notesRow, count: TextAreaField.rows(forHeight: rect.height - 1) - 1)
      }
      if let error = form.errors[field] {
        let text = "← " + state.t(error)
        if text.displayWidth > besideRoom || field == .notes {
          for line in state.t(error).wrapped(toWidth: max(10, rect.width - labelWidth - 4)) {
            rows.append(.error(line))
          }
        }
      }
    }
    rows.append(.text("", theme.base))
    let preview = form.build(currency: state.settings.currency)
    guard let debt = preview.debt else {
      for line in state.t(
        LocalizedText(en: "Preview appears when the fields are complete.", zh: "填写完整后显示还款预览。")
      ).wrapped(toWidth: max(10, rect.width - 2)) {
        rows.append(.text(line, theme.muted))
      }
      return rows
    }
    let schedule = Schedule(for: debt)
    let line = state.t(
      LocalizedText(
        en:
          "Preview: \(schedule.installments.count) installments, interest \(Money.format(schedule.totalInterest, debt.currency))",
        zh: "预览：共 \(schedule.installments.count) 期，利息 \(Money.format(schedule.totalInterest, debt.currency))")
    )
    rows.append(.text(line, theme.accent))
    if let apr = TrueAPR(debt: debt, schedule: schedule) {
      let text = state.t(
        LocalizedText(
          en:
            "True APR: \(formatPercent(apr.simple * 100)) simple · \(formatPercent(apr.compound * 100)) compound",
          zh: "真实年化：\(formatPercent(apr.simple * 100))（单利）· \(formatPercent(apr.compound * 100))（复利）"))
      rows.append(.text(text, apr.compound > 0.24 ? theme.warning : theme.title))
    }
    for inst in schedule.installments.prefix(3) {
      rows.append(
        .text(
          "  \(inst.number). \(inst.dueDate)  "
            + Money.format(inst.total, debt.currency).padded(toWidth: 12, alignRight: true), theme.muted))
    }
    return rows
  }

  static func render(
    _ state: AppState, _ form: DebtForm, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    let title =
      form.editing == nil
      ? LocalizedText(en: "Add a debt", zh: "添加债务") : LocalizedText(en: "Edit debt", zh: "编辑债务")
    buffer.put(state.t(title), x: rect.x + 1, y: rect.y, style: theme.title, clip: rect)
    let all = rows(state, form, rect, theme)
    let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    let focusRow =
      all.firstIndex {
        if case .field(let f) = $0 { return f == form.focus }
        return false
      } ?? 0
    // The focused field and the rows of its message stay in view.
    var focusEnd = focusRow
    while focusEnd + 1 < all.count {
      if case .text = all[focusEnd + 1] { break }
      if case .field = all[focusEnd + 1] { break }
      focusEnd += 1
    }
    var first = ScrollWindow.first(focus: focusRow, count: all.count, visible: body.height)
    first = max(first, focusEnd - body.height + 1)
    let fieldWidth = fieldWidth(rect)
    for (i, row) in all.dropFirst(first).prefix(body.height).enumerated() {
      let y = body.y + i
      switch row {
      case .field(let field):
        let focused = form.focus == field
        buffer.put(
          state.t(field.label), x: rect.x + 1, y: y, width: labelWidth - 1,
          style: focused ? theme.accent : theme.muted, clip: rect)
        let box = Rect(x: rect.x + 1 + labelWidth, y: y, width: fieldWidth, height: 1).intersection(rect)
        if field == .notes {
          var rows = 1
          while rows < all.count - first - i, case .notesRow = all[first + i + rows] { rows += 1 }
          rows = min(rows, body.maxY - y)
          let width = notesWidth(screenWidth: rect.width)
          TextAreaField.render(
            form.notes, state: state, label: Rect(x: rect.x + 1, y: y, width: labelWidth - 1, height: rows),
            box: Rect(x: box.x, y: y, width: width, height: rows).intersection(rect), focused: focused,
            &buffer,
            theme)
        } else if field.isChoice {
          let text = "‹ " + form.choiceText(field, state.language) + " ›"
          buffer.put(
            text, x: box.x, y: y, width: box.width, style: focused ? theme.selection : theme.base, clip: rect)
        } else {
          var style = theme.base
          style.underline = true
          form.text(field).render(
            into: &buffer, rect: box, style: focused ? theme.selection : style, focused: focused)
        }
        if let error = form.errors[field], field != .notes {
          let text = "← " + state.t(error)
          if text.displayWidth <= rect.maxX - box.maxX - 2 {
            buffer.put(text, x: box.maxX + 1, y: y, style: theme.danger, clip: rect)
          }
        }
      case .error(let line):
        buffer.put("↳ " + line, x: rect.x + 1 + labelWidth, y: y, style: theme.danger, clip: rect)
      case .text(let line, let style):
        buffer.put(line, x: rect.x + 1, y: y, style: style, clip: rect)
      case .notesRow: break
      }
    }
    // Say that there is more above or below.
    let more =
      (first > 0 ? "↑" : "") + (first + body.height < all.count ? "↓" : "")
    if !more.isEmpty {
      let text =
        more + " " + state.t(LocalizedText(en: "more", zh: "更多"))
        + " · \(DebtForm.Field.allCases.firstIndex(of: form.focus).map { $0 + 1 } ?? 1)/\(DebtForm.Field.allCases.count)"
      buffer.put(text, x: rect.maxX - text.displayWidth - 1, y: rect.y, style: theme.muted, clip: rect)
    }
  }
}
