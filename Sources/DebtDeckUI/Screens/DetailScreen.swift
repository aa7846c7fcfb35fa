import DebtCore
import TerminalUI

/// One debt: terms, where it stands, the schedule with paid and unpaid rows, the payments.
enum DetailScreen {
  /// The lines wrapped to `width` columns (a fact's value goes on under the value, not the label).
  static func lines(_ state: AppState, _ debt: Debt, _ theme: Theme, width: Int) -> [(String, Style)] {
    lines(state, debt, theme, notesWidth: max(20, width) - 16).flatMap { line, style in
      line.wrapped(toWidth: max(20, width), hangingIndent: 16).map { ($0, style) }
    }
  }

  /// - Parameter notesWidth: the columns the notes' value has (they show one line; `n` the rest).
  static func lines(_ state: AppState, _ debt: Debt, _ theme: Theme, notesWidth: Int) -> [(String, Style)] {
    guard let s = state.statuses[debt.id] else { return [] }
    let t = state.t
    func money(_ m: Int64) -> String { state.money(m, debt.currency) }
    var out: [(String, Style)] = []
    func fact(_ label: LocalizedText, _ value: String, _ style: Style = theme.base) {
      out.append((t(label).padded(toWidth: 16) + value, style))
    }
    out.append(("\(debt.name)  (\(debt.id))", theme.title))
    fact(LocalizedText(en: "Lender", zh: "机构"), debt.lender.isEmpty ? "—" : debt.lender)
    fact(LocalizedText(en: "Kind", zh: "类型"), t(debt.kind.name) + " · " + t(debt.method.name))
    fact(
      LocalizedText(en: "Principal", zh: "本金"),
      money(debt.principal) + "  " + t(LocalizedText(en: "from", zh: "放款日")) + " \(debt.startDate)")
    fact(
      LocalizedText(en: "Quoted rate", zh: "报价利率"),
      "\(debt.rate.percentText)% " + t(DebtForm.basisName(debt.rate.basis)) + "  ("
        + formatPercent(debt.rate.nominalAnnual * 100) + t(LocalizedText(en: " a year", zh: " 年化")) + ")")
    if let apr = state.trueAPRs[debt.id] {
      fact(
        LocalizedText(en: "True APR", zh: "真实年化"),
        t(
          LocalizedText(
            en:
              "\(formatPercent(apr.simple * 100)) simple (单利) · \(formatPercent(apr.compound * 100)) compound (IRR)",
            zh: "\(formatPercent(apr.simple * 100))（单利）· \(formatPercent(apr.compound * 100))（复利/IRR）")),
        apr.compound > 0.24 ? theme.warning : theme.base)
      for line in state.settings.lprTable.referenceLines(contractDate: debt.startDate)
      where apr.compound > line.rate {
        let text = t(LocalizedText(en: "above ", zh: "高于")) + t(line.label) + ": " + t(line.scope)
        out.append(("".padded(toWidth: 16) + text, theme.muted))
      }
    }
    fact(
      LocalizedText(en: "Due day", zh: "还款日"),
      t(
        LocalizedText(
          en: "day \(debt.dueDay) · grace \(LocalizedText.days(debt.graceDays).en) (check your contract)",
          zh: "每月 \(debt.dueDay) 日 · 宽限 \(debt.graceDays) 天（以合同为准）")))
    fact(
      LocalizedText(en: "Credit bureau", zh: "征信"),
      debt.reportsToCreditBureau
        ? t(LocalizedText(en: "reports to 征信", zh: "会上报征信"))
        : t(LocalizedText(en: "does not report", zh: "不上报")))
    for f in StatusFacts.facts(debt, s, today: state.today) {
      let style: Style
      switch f.tone {
      case .plain: style = theme.base
      case .stage: style = s.stage.style(theme)
      case .danger: style = theme.danger
      }
      fact(f.label, t(f.value), style)
    }
    if !debt.notes.isEmpty {
      out.append(
        (
          t(LocalizedText(en: "Notes", zh: "备注")).padded(toWidth: 16)
            + NotesPage.summary(state, debt.notes, width: notesWidth), theme.muted
        ))
    }
    out.append(("", theme.base))
    out.append(
      (
        t(
          LocalizedText(
            en: " #  Due           Principal     Interest        Total  State",
            zh: " #  到期日             本金         利息         合计  状态")),
        theme.muted.with(underline: true)
      ))
    for (inst, covered) in zip(s.schedule.installments, s.covered) {
      let state_: LocalizedText
      let style: Style
      if covered == inst.total || s.stage == .settled {
        state_ = LocalizedText(en: "paid", zh: "已还")
        style = theme.muted
      } else if inst.dueDate < state.today {
        state_ = LocalizedText(en: "OVERDUE", zh: "已逾期")
        style = theme.danger
      } else if covered > 0 {
        state_ = LocalizedText(en: "part paid", zh: "部分已还")
        style = theme.warning
      } else {
        state_ = LocalizedText(en: "", zh: "")
        style = theme.base
      }
      let row =
        String(inst.number).padded(toWidth: 2, alignRight: true) + "  " + inst.dueDate.description + " "
        + money(inst.principal).padded(toWidth: 12, alignRight: true) + " "
        + money(inst.interest).padded(toWidth: 12, alignRight: true) + " "
        + money(inst.total).padded(toWidth: 12, alignRight: true) + "  " + t(state_)
      out.append((row, style))
    }
    out.append(("", theme.base))
    let payments = state.portfolio.payments(for: debt.id).sorted { $0.date < $1.date }
    out.append(
      (t(LocalizedText(en: "Payments (\(payments.count))", zh: "还款记录（\(payments.count)）")), theme.title))
    for p in payments {
      out.append(
        ("\(p.date)  " + money(p.amount).padded(toWidth: 12, alignRight: true) + "  \(p.note)", theme.base))
    }
    if payments.isEmpty { out.append((t(LocalizedText(en: "none yet", zh: "暂无")), theme.muted)) }
    return out
  }

  /// Draws the detail from the scroll the state asks for, kept within its lines; returns how far
  /// it can scroll in `rect` (the shell keeps it, so `update` never measures the detail).
  @discardableResult
  static func render(
    _ state: AppState, _ debt: Debt, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) -> Int {
    let all = lines(state, debt, theme, width: rect.width - 2)
    let maxScroll = max(0, all.count - rect.height)
    let scroll = min(max(0, state.detailScroll), maxScroll)
    for (i, line) in all.dropFirst(scroll).prefix(rect.height).enumerated() {
      buffer.put(line.0, x: rect.x + 1, y: rect.y + i, style: line.1, clip: rect)
    }
    return maxScroll
  }
}
