import DebtCore
import TerminalUI

/// A debt's case: where it stands, what waiting costs, the guide for its stage (ticked as it
/// goes), the typical escalation ladder, the agreement, the offer and the latest contacts.
enum CaseScreen {
  static func render(
    _ state: AppState, _ summary: CaseSummary, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    let debt = summary.debt
    let s = summary.status
    func money(_ m: Int64) -> String { Money.format(m, debt.currency) }
    var y = rect.y
    let stageStyle = stageStyle(summary.stage, theme)
    buffer.put(
      state.t(LocalizedText(en: "Case: ", zh: "应对档案：")) + debt.name.terminalSafe + " — "
        + state.t(summary.stage.label),
      x: rect.x + 1, y: y, style: theme.title, clip: rect)
    y += 1
    let facts = state.t(
      LocalizedText(
        en:
          "\(LocalizedText.days(s.daysPastDue).en) past due · overdue \(money(s.overdueAmount)) · penalty owed \(money(s.penalty)) (accrued \(money(s.penaltyAccrued))) · settle today \(money(s.payoffAmount)) · 征信: \(debt.reportsToCreditBureau ? "reports" : "no")",
        zh:
          "逾期 \(s.daysPastDue) 天 · 逾期金额 \(money(s.overdueAmount)) · 未还罚息 \(money(s.penalty))（累计 \(money(s.penaltyAccrued))） · 今日结清 \(money(s.payoffAmount)) · 征信：\(debt.reportsToCreditBureau ? "会报送" : "不报送")"
      ))
    for line in facts.wrapped(toWidth: max(10, rect.width - 2)).prefix(2) {
      buffer.put(line, x: rect.x + 1, y: y, style: stageStyle, clip: rect)
      y += 1
    }
    let week =
      summary.stageInAWeek != s.stage
      ? state.t(LocalizedText(en: ", and it becomes ", zh: "，并变为 ")) + state.t(summary.stageInAWeek.label)
      : ""
    buffer.put(
      state.t(
        LocalizedText(
          en:
            "Waiting one more day costs \(money(summary.costOfWaitingDay)); one more week \(money(summary.costOfWaitingWeek))",
          zh: "再拖一天多付 \(money(summary.costOfWaitingDay))；再拖一周多付 \(money(summary.costOfWaitingWeek))")) + week,
      x: rect.x + 1, y: y, style: summary.costOfWaitingDay > 0 ? theme.warning : theme.muted, clip: rect)
    y += 1
    let twoColumns = rect.width >= 100
    if !twoColumns {
      // Narrow: the ladder and the log in one line each, the guide gets the room.
      var next = ""
      if let n = Escalation.next(daysPastDue: s.daysPastDue) {
        next =
          state.t(LocalizedText(en: "Typically next (not certain): ", zh: "通常接下来（并非必然）："))
          + state.t(n.step.title)
          + state.t(LocalizedText(en: " in ~\(n.inDays) days", zh: "，约 \(n.inDays) 天后"))
      }
      buffer.put(next, x: rect.x + 1, y: y, style: theme.muted, clip: rect)
      y += 1
      let flagged = summary.caseFile.flagged.count
      for line in CaseScreen.courtLines(state, summary.caseFile).prefix(2) {
        buffer.put(line, x: rect.x + 1, y: y, style: theme.danger, clip: rect)
        y += 1
      }
      let scams = summary.caseFile.contacts.filter { !summary.caseFile.warnings(for: $0).isEmpty }.count
      if scams > 0 {
        buffer.put(
          state.t(
            LocalizedText(
              en: "⚠ \(scams) contact\(scams == 1 ? "" : "s") to verify before you act",
              zh: "⚠ \(scams) 条联系记录需先核实再行动")),
          x: rect.x + 1, y: y, style: theme.danger, clip: rect)
        y += 1
      }
      buffer.put(
        state.t(
          LocalizedText(
            en: "Contact log: \(summary.caseFile.contacts.count) entries, \(flagged) flagged (l records one)",
            zh: "联系记录：\(summary.caseFile.contacts.count) 条，\(flagged) 条违规（按 l 记录）")),
        x: rect.x + 1, y: y, style: flagged > 0 ? theme.warning : theme.muted, clip: rect)
      y += 1
    }
    y += 1
    let body = Rect(x: rect.x, y: y, width: rect.width, height: max(0, rect.maxY - y))
    let left = twoColumns ? Rect(x: body.x, y: body.y, width: body.width / 2, height: body.height) : body
    let right =
      twoColumns
      ? Rect(
        x: body.x + body.width / 2 + 1, y: body.y, width: body.width - body.width / 2 - 1, height: body.height
      )
      : Rect(x: body.x, y: body.y, width: 0, height: 0)
    let used = guide(state, summary, &buffer, left, theme)
    let side =
      twoColumns
      ? right
      : Rect(x: body.x, y: body.y + used + 1, width: body.width, height: max(0, body.height - used - 1))
    details(state, summary, &buffer, side, theme)
  }

  static func stageStyle(_ stage: Stage, _ theme: Theme) -> Style {
    stage.isDelinquent ? theme.danger : stage.isLate ? theme.warning : theme.base
  }

  /// Draws the guide; returns the rows used.
  static func guide(
    _ state: AppState, _ summary: CaseSummary, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) -> Int {
    var y = rect.y
    buffer.put(
      state.t(
        LocalizedText(
          en: "What to do now — guide, last checked \(Guide.lastChecked)",
          zh: "现在该做什么 — 指南，最后核对 \(Guide.lastChecked)")),
      x: rect.x + 1, y: y, style: theme.accent, clip: rect)
    y += 1
    // Keep the selected step and its explanation (about 8 rows) in view.
    let first = max(0, state.caseRow - max(0, rect.height - 10))
    for (i, step) in summary.steps.enumerated() where i >= first && y < rect.maxY {
      let mark = summary.caseFile.guide[step.id]
      let box = mark?.state == .done ? "[x]" : mark?.state == .skipped ? "[-]" : "[ ]"
      let selected = i == state.caseRow
      let when = mark.map { " \($0.on)" } ?? ""
      buffer.put(
        " \(box) \(i + 1). " + state.t(step.title) + when, x: rect.x, y: y, width: rect.width,
        style: selected ? theme.selection : (mark == nil ? theme.base : theme.muted), clip: rect)
      y += 1
      guard selected else { continue }
      let width = max(10, rect.width - 8)
      for line in state.t(step.why).wrapped(toWidth: width) where y < rect.maxY {
        buffer.put(line, x: rect.x + 7, y: y, style: theme.base, clip: rect)
        y += 1
      }
      for item in step.checklist where y < rect.maxY {
        buffer.put("· " + state.t(item), x: rect.x + 7, y: y, style: theme.muted, clip: rect)
        y += 1
      }
      if step.action != .none, y < rect.maxY {
        buffer.put(
          "Enter: " + state.t(step.action.label), x: rect.x + 7, y: y, style: theme.accent, clip: rect)
        y += 1
      }
    }
    return y - rect.y
  }

  static func details(
    _ state: AppState, _ summary: CaseSummary, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    guard rect.width > 0, rect.height > 0 else { return }
    let debt = summary.debt
    func money(_ m: Int64) -> String { Money.format(m, debt.currency) }
    var lines: [(String, Style)] = []
    lines.append(
      (
        state.t(
          LocalizedText(en: "What usually comes next (typical, not certain)", zh: "通常接下来会发生什么（常见情况，并非必然）")),
        theme.accent
      ))
    for step in Escalation.ladder {
      switch Escalation.position(of: step, daysPastDue: summary.status.daysPastDue) {
      case .passed: lines.append(("  ✓ " + state.t(step.title), theme.muted))
      case .now: lines.append(("  ▶ " + state.t(step.title), theme.warning))
      case .ahead(let d):
        lines.append(
          ("    " + state.t(LocalizedText(en: "~\(d)d ", zh: "约\(d)天 ")) + state.t(step.title), theme.base))
      }
    }
    if summary.caseFile.agreements.isEmpty {
      lines.append(("", theme.base))
      lines.append(
        (state.t(LocalizedText(en: "No agreement yet — a records one", zh: "尚无协议 — 按 a 记录")), theme.muted))
    }
    if let a = summary.caseFile.currentAgreement, let p = summary.agreementProgress {
      lines.append(("", theme.base))
      lines.append(
        (
          state.t(LocalizedText(en: "Agreement", zh: "协议")) + " \(a.id) \(a.madeOn) · "
            + state.t(a.kind.label) + " · " + state.t(a.confirmed.label), theme.accent
        ))
      lines.append(
        (
          state.t(
            LocalizedText(
              en: "  paid \(money(p.paid)) of \(money(a.total))",
              zh: "  已还 \(money(p.paid)) / \(money(a.total))")), p.isBroken ? theme.danger : theme.base
        ))
    }
    if let inputs = summary.caseFile.offer,
      let offer = Offer.make(
        inputs: inputs, debtID: debt.id, portfolio: state.portfolio, statuses: state.statuses,
        today: state.today)
    {
      lines.append(("", theme.base))
      lines.append(
        (
          state.t(offer.shortLine(money: money)), theme.accent
        ))
    }
    let court = CaseScreen.courtLines(state, summary.caseFile)
    if !court.isEmpty {
      lines.append(("", theme.base))
      for line in court { lines.append((line, theme.danger)) }
    }
    let contacts = summary.caseFile.contacts
    lines.append(("", theme.base))
    lines.append(
      (
        state.t(
          LocalizedText(
            en: "Contact log (\(contacts.count)) — l records one", zh: "联系记录（\(contacts.count) 条）— 按 l 记录")),
        theme.accent
      ))
    for e in contacts.reversed() {
      let flags = e.flags.isEmpty ? "" : " ⚑ " + e.flags.map { state.t($0.label) }.joined(separator: ", ")
      lines.append(
        (
          "  \(e.id) \(e.at) " + state.t(e.channel.label) + flags,
          e.flags.isEmpty ? theme.base : theme.warning
        ))
      lines.append(("    " + e.summary.terminalSafe, theme.muted))
      let warnings = summary.caseFile.warnings(for: e)
      if warnings.unofficialNumber {
        lines.append(
          ("    " + state.t(LocalizedText(en: "⚠ not the official number", zh: "⚠ 不是官方号码")), theme.danger))
      }
      for flag in warnings.scam {
        lines.append(
          (
            "    " + state.t(LocalizedText(en: "⚠ possible scam: ", zh: "⚠ 疑似诈骗："))
              + state.t(flag.label), theme.danger
          ))
      }
    }
    for (i, line) in lines.prefix(rect.height).enumerated() {
      buffer.put(line.0, x: rect.x + 1, y: rect.y + i, width: rect.width - 1, style: line.1, clip: rect)
    }
  }

  /// One line per court event: the paper and its countdown (or what to know, without a period).
  static func courtLines(_ state: AppState, _ file: CaseFile) -> [String] {
    let rules = state.settings.legalRules
    return file.courtEvents.reversed().map { e in
      let when = e.countdown(rules: rules, today: state.today).map { state.t($0) } ?? state.t(e.kind.action)
      let hearing = e.hearing.map { state.t(LocalizedText(en: " · hearing \($0)", zh: " · 开庭 \($0)")) } ?? ""
      return "§ " + state.t(e.kind.label) + " — " + when + hearing
    }
  }
}
