import DebtCore
import TerminalUI

/// The case's ladder, agreement (with the offer) and contact log: one list of wrapped lines that
/// scrolls, with where each section starts (Tab jumps there).
extension CaseScreen {
  struct Details {
    var lines: [(String, Style)] = []
    var starts: [CaseSection: Int] = [:]

    mutating func add(_ text: String, _ style: Style, width: Int, indent: Int = 0) {
      let pad = String(repeating: " ", count: indent)
      for line in text.wrapped(toWidth: max(10, width - indent), hangingIndent: 2) {
        lines.append((pad + line, style))
      }
    }

    /// The section the line `row` belongs to.
    func section(at row: Int) -> CaseSection { CaseScreen.section(at: row, starts: starts) }
  }

  static func detailLines(_ state: AppState, _ summary: CaseSummary, width: Int, _ theme: Theme) -> Details {
    let debt = summary.debt
    func money(_ m: Int64) -> String { Money.format(m, debt.currency) }
    var d = Details()
    d.starts[.ladder] = d.lines.count
    d.add(
      state.t(
        LocalizedText(en: "What usually comes next (typical, not certain)", zh: "通常接下来会发生什么（常见情况，并非必然）")),
      theme.accent, width: width)
    for rung in CaseFacts.ladder(summary, today: state.today) {
      switch rung.mark {
      case .passed: d.add("✓ " + state.t(rung.title), theme.muted, width: width, indent: 2)
      case .now:
        d.add("▶ " + state.t(rung.title), rung.court ? theme.danger : theme.warning, width: width, indent: 2)
      case .ahead(let days):
        d.add(
          state.t(LocalizedText(en: "in ~\(LocalizedText.days(days).en): ", zh: "约 \(days) 天后："))
            + state.t(rung.title),
          theme.base, width: width, indent: 4)
      case .later: d.add(state.t(rung.title), theme.base, width: width, indent: 4)
      }
    }
    d.lines.append(("", theme.base))
    d.starts[.agreement] = d.lines.count
    d.add(state.t(LocalizedText(en: "Agreement and offer", zh: "协议与还款能力")), theme.accent, width: width)
    if let agreement = CaseFacts.agreement(summary) {
      d.add(state.t(agreement.heading), theme.base, width: width, indent: 2)
      if !agreement.terms.isEmpty {
        d.add(SafeText.escapeLines(agreement.terms), theme.muted, width: width, indent: 4)
      }
      d.add(
        state.t(agreement.progress), agreement.broken ? theme.danger : theme.base, width: width, indent: 4)
      if let next = agreement.next { d.add(state.t(next), theme.base, width: width, indent: 4) }
    } else {
      d.add(
        state.t(
          LocalizedText(
            en: "No agreement yet — \(state.key(.recordAgreement, in: .caseFile)) records one",
            zh: "尚无协议 — 按 \(state.key(.recordAgreement, in: .caseFile)) 记录")), theme.muted,
        width: width, indent: 2)
    }
    if let inputs = summary.caseFile.offer,
      let offer = Offer.make(
        inputs: inputs, debtID: debt.id, portfolio: state.portfolio, statuses: state.statuses,
        today: state.today)
    {
      for line in offer.lines(money: money) { d.add(state.t(line), theme.base, width: width, indent: 2) }
    } else {
      d.add(
        state.t(
          LocalizedText(
            en: "No offer worked out yet — \(state.key(.offerCalculator, in: .caseFile)) works it out",
            zh: "尚未计算还款能力 — 按 \(state.key(.offerCalculator, in: .caseFile)) 计算")),
        theme.muted, width: width, indent: 2)
    }
    if let notice = summary.caseFile.preReportNotice {
      d.lines.append(("", theme.base))
      d.add(
        state.t(LocalizedText(en: "Credit report (征信) — ", zh: "征信 — "))
          + state.t(notice.text(rules: state.settings.legalRules)),
        notice.given == .no ? theme.warning : theme.muted, width: width)
    }
    d.lines.append(("", theme.base))
    d.starts[.log] = d.lines.count
    let file = summary.caseFile
    d.add(
      state.t(
        LocalizedText(
          en:
            "Contact log (\(file.contacts.count)), newest first — \(state.key(.recordContact, in: .caseFile)) records one",
          zh: "联系记录（\(file.contacts.count) 条），最新在前 — 按 \(state.key(.recordContact, in: .caseFile)) 记录")),
      theme.accent, width: width)
    for e in file.contacts.reversed() {
      for line in file.logLines(for: e, currency: debt.currency, rules: state.settings.legalRules) {
        let style: Style
        switch line.kind {
        case .head: style = e.flags.isEmpty ? theme.base : theme.warning
        case .marks: style = theme.warning
        case .warning: style = theme.danger
        case .filing: style = theme.accent
        case .summary, .agreed, .verbal, .promise, .evidence: style = theme.muted
        }
        d.add(state.t(line.text).terminalSafe, style, width: width, indent: line.kind == .head ? 2 : 4)
      }
    }
    return d
  }

  /// The largest scroll of the details at the layout the state's terminal has.
  /// The section of the pane the line `row` belongs to, for sections starting at `starts`.
  static func section(at row: Int, starts: [CaseSection: Int]) -> CaseSection {
    var best = CaseSection.ladder
    for section in CaseSection.allCases where section != .guide {
      if let start = starts[section], start <= row { best = section }
    }
    return best
  }

  static func details(
    _ state: AppState, _ summary: CaseSummary, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    guard rect.width > 1, rect.height > 0 else { return }
    let d = detailLines(state, summary, width: rect.width - 1, theme)
    let scroll = min(state.caseScroll, max(0, d.lines.count - rect.height))
    for (i, line) in d.lines.dropFirst(scroll).prefix(rect.height).enumerated() {
      buffer.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, clip: rect)
    }
  }
}
