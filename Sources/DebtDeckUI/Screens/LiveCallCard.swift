import DebtCore
import TerminalUI

/// `L`: one screen for the call itself — a running timer, the three figures that matter, the plan
/// in a line or two, and the notes as the call goes. The fields scroll to the one in focus.
enum LiveCallCard {
  static func render(
    _ state: AppState, _ card: LiveCallForm, hint: String, _ buffer: inout ScreenBuffer, _ area: Rect,
    _ theme: Theme
  ) {
    // As tall as its content (the notes in focus open to 8 rows), never taller than the screen.
    let boxWidth = min(area.width, 100)
    let textWidth = max(10, boxWidth - 4)
    let plan = state.t(LocalizedText(en: "Plan: ", zh: "方案：")) + state.t(card.plan)
    let header =
      2 + min(2, state.t(card.figures).wrapped(toWidth: textWidth).count)
      + min(2, plan.wrapped(toWidth: textWidth).count)
    let rect = area.centered(
      width: boxWidth, height: min(area.height, 2 + header + card.form.fields.count + 7 + 2))
    buffer.clearRows(of: rect, in: area, style: theme.base)
    let inner = buffer.box(
      rect, title: state.t(card.title(state)).truncated(toWidth: max(4, rect.width - 6)),
      style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let width = max(10, inner.width - 2)
    var y = inner.y
    let elapsed = card.elapsed(now: state.clockSeconds)
    let timer = "● " + CallDuration.clock(elapsed)
    buffer.put(timer, x: inner.x + 1, y: y, style: theme.danger, clip: inner)
    buffer.put(
      state.t(
        LocalizedText(
          en: "  started \(card.startedAt) · speak briefly and calmly", zh: "  开始于 \(card.startedAt) · 简短、冷静")
      ).truncated(toWidth: max(1, width - timer.displayWidth)),
      x: inner.x + 1 + timer.displayWidth, y: y, style: theme.muted, clip: inner)
    y += 1
    for line in state.t(card.figures).wrapped(toWidth: width).prefix(2) {
      buffer.put(line, x: inner.x + 1, y: y, style: theme.accent, clip: inner)
      y += 1
    }
    let planLines = plan.wrapped(toWidth: width)
    for (i, line) in planLines.prefix(2).enumerated() {
      // A longer plan ends in an ellipsis: the whole of it is on the rehearsal page.
      let text = i == 1 && planLines.count > 2 ? line.truncated(toWidth: width - 1) + "…" : line
      buffer.put(text.truncated(toWidth: width), x: inner.x + 1, y: y, style: theme.base, clip: inner)
      y += 1
    }
    buffer.put(String(repeating: "─", count: width), x: inner.x + 1, y: y, style: theme.border, clip: inner)
    y += 1
    let form = card.form
    let labelWidth = 16
    let visible = max(1, inner.maxY - 2 - y)
    // The notes in focus take several rows: the fields after them move down.
    let areaRows = TextAreaField.rows(forHeight: visible + 1)
    let extra = form.fields.indices.contains(form.focus) && form.fields[form.focus].isArea ? areaRows - 1 : 0
    let fieldRows = max(1, visible - extra)
    let first = max(0, min(form.focus - fieldRows + 1, form.fields.count - fieldRows))
    for (row, i) in (first..<min(form.fields.count, first + fieldRows)).enumerated() {
      let fy = y + row + (i > form.focus ? extra : 0)
      let focused = i == form.focus
      buffer.put(
        state.t(form.fields[i].label), x: inner.x + 1, y: fy, width: labelWidth - 1,
        style: focused ? theme.accent : theme.muted, clip: inner)
      let box = Rect(x: inner.x + 1 + labelWidth, y: fy, width: inner.width - labelWidth - 2, height: 1)
      switch form.fields[i].value {
      case .text(let t):
        var style = theme.base
        style.underline = true
        t.render(into: &buffer, rect: box, style: focused ? theme.selection : style, focused: focused)
      case .choice(let options, let n):
        buffer.put(
          "‹ " + state.t(options[n]) + " ›", x: box.x, y: fy, width: box.width,
          style: focused ? theme.selection : theme.base, clip: inner)
      case .area(let a):
        let rows = focused ? min(areaRows, y + visible - fy) : 1
        TextAreaField.render(
          a, state: state, label: Rect(x: inner.x + 1, y: fy, width: labelWidth - 1, height: rows),
          box: Rect(x: box.x, y: fy, width: box.width, height: rows), focused: focused, &buffer, theme)
      }
    }
    if let error = form.error {
      buffer.put(
        state.t(error).truncated(toWidth: width), x: inner.x + 1, y: inner.maxY - 2, style: theme.danger,
        clip: inner)
    }
    let more = form.fields.count > visible ? " (\(form.focus + 1)/\(form.fields.count))" : ""
    buffer.put(
      (hint + more).truncated(toWidth: width),
      x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, clip: inner)
  }

  /// The columns of a field's box on the card on a screen `screenWidth` wide.
  static func boxWidth(screenWidth: Int) -> Int { min(screenWidth, 100) - 2 - 16 - 2 }

  /// The three figures that matter: what is overdue (or due next), the offer's monthly figure,
  /// and what waiting costs (or the deadline).
  static func figuresLine(_ f: CallFigures) -> LocalizedText {
    let m = f.money
    let owed =
      f.isLate
      ? LocalizedText(
        en: "Overdue \(m(f.overdueAmount)) (\(LocalizedText.days(f.daysPastDue).en))",
        zh: "逾期 \(m(f.overdueAmount))（\(f.daysPastDue) 天）")
      : f.nextPayment.map { LocalizedText(en: "Due \(m($0.amount))", zh: "应还 \(m($0.amount))") }
        ?? LocalizedText(en: "Nothing due", zh: "无应还款")
    let offer =
      f.payableOffer.map {
        LocalizedText(en: "offer \(m($0.monthly))/month", zh: "方案每月 \(m($0.monthly))")
      }
      ?? (f.offer == nil
        ? LocalizedText(en: "no offer worked out: agree no amount", zh: "尚未计算方案：不要答应金额")
        : LocalizedText(en: "nothing left: ask for a pause", zh: "每月无结余：申请缓冲期"))
    let deadline =
      f.isLate
      ? LocalizedText(
        en: "waiting costs \(m(f.costOfWaitingWeek)) a week", zh: "每拖一周多付 \(m(f.costOfWaitingWeek))")
      : f.nextPayment.map { LocalizedText(en: "by \($0.date)", zh: "到期日 \($0.date)") }
        ?? LocalizedText(en: "", zh: "")
    let parts = [owed, offer, deadline]
    return LocalizedText(
      en: parts.map(\.en).filter { !$0.isEmpty }.joined(separator: " · "),
      zh: parts.map(\.zh).filter { !$0.isEmpty }.joined(separator: " · "))
  }
}
