import DebtCore
import TerminalUI

/// The case of one debt as plain text: where it stands, what waiting costs, the ladder, the guide,
/// the agreement, the offer and the log. Free text is escaped.
enum CaseReport {
  static func lines(_ summary: CaseSummary, offer: Offer?, context: AppContext) -> [String] {
    let t = context.t
    let debt = summary.debt
    let s = summary.status
    let money = { (m: Int64) in Money.format(m, debt.currency) }
    var out: [String] = []
    out.append("\(debt.name) (\(debt.id)) — \(t(summary.stage.label))".terminalSafe)
    var facts = PlainTable(headers: ["", ""])
    facts.showsHeaders = false
    facts.maximumColumnWidth = 1_000  // piped or not, a fact is never cut
    facts.add([t(en: "Days past due", zh: "逾期天数"), "\(s.daysPastDue)"])
    facts.add([t(en: "Overdue amount", zh: "逾期金额"), money(s.overdueAmount)])
    facts.add([t(StatusFacts.penaltyOwed), money(s.penalty)])
    facts.add([t(StatusFacts.penaltyAccrued), money(s.penaltyAccrued)])
    if s.fees > 0 { facts.add([t(en: "Late fees", zh: "违约金"), money(s.fees)]) }
    facts.add([t(en: "To settle today", zh: "今日结清"), money(s.payoffAmount)])
    facts.add([t(en: "Waiting 1 more day costs", zh: "再拖 1 天多付"), money(summary.costOfWaitingDay)])
    facts.add([
      t(en: "Waiting 1 more week costs", zh: "再拖 1 周多付"),
      money(summary.costOfWaitingWeek)
        + (summary.stageInAWeek != s.stage ? " → " + t(summary.stageInAWeek.label) : ""),
    ])
    facts.add([
      t(en: "Credit bureau (征信)", zh: "是否上征信"),
      debt.reportsToCreditBureau ? t(en: "reports", zh: "会报送") : t(en: "does not report", zh: "不报送"),
    ])
    out.append(facts.render())
    if summary.creditRecord != .notReported && summary.creditRecord != .noNegative {
      out.append(t(en: "Credit record: ", zh: "征信记录：") + t(summary.creditRecord.text))
    }
    if let notice = summary.caseFile.preReportNotice {
      out.append(
        t(en: "Before reporting: ", zh: "报送前通知：") + t(notice.text(rules: context.settings.legalRules)))
    }
    if !summary.caseFile.courtEvents.isEmpty {
      out.append("")
      out += CourtReport.lines(
        summary.caseFile.courtEvents, debt: debt, rules: context.settings.legalRules, context: context)
    }

    out.append("")
    out.append(t(en: "Escalation (typical, not certain; varies by lender)", zh: "催收升级（常见情况，并非必然；各机构不同）"))
    for step in Escalation.ladder {
      let mark: String
      switch Escalation.position(
        of: step, daysPastDue: s.daysPastDue, inCourt: summary.caseFile.courtStage(on: context.today) != nil)
      {
      case .passed: mark = "  ✓ "
      case .now: mark = "  ▶ "
      case .ahead(let days): mark = "    " + t(en: "in ~\(LocalizedText.days(days).en) ", zh: "约 \(days) 天后 ")
      }
      out.append(mark + t(step.title) + " — " + t(step.note))
    }
    for rung in CourtLadder.rungs(courtStage: summary.caseFile.courtStage(on: context.today)) {
      let mark = rung.position == .passed ? "  ✓ " : rung.position == .now ? "  ▶ " : "    "
      out.append(mark + t(rung.title) + " — " + t(rung.note))
    }

    out.append("")
    out.append(
      t(en: "Guide (last checked \(Guide.lastChecked))", zh: "应对指南（最后核对 \(Guide.lastChecked)）"))
    for step in summary.steps {
      let mark = summary.caseFile.guide[step.id]
      let box: String
      switch mark?.state {
      case .done: box = "[x]"
      case .skipped: box = "[-]"
      case nil: box = "[ ]"
      }
      let when = mark.map { " (\($0.on))" } ?? ""
      out.append("  \(box) \(step.id.padded(toWidth: 15)) \(t(step.title))\(when)")
    }

    if let a = summary.caseFile.currentAgreement, let p = summary.agreementProgress {
      out.append("")
      out.append(
        t(en: "Agreement \(a.id) of \(a.madeOn): ", zh: "协议 \(a.id)（\(a.madeOn)）：") + t(a.kind.label) + " · "
          + t(a.confirmed.label))
      if !a.summary.isEmpty { out.append("  " + a.summary.terminalSafe) }
      out.append(
        t(
          en: "  paid \(money(p.paid)) of \(money(a.total))"
            + (p.behind > 0 ? ", behind \(money(p.behind))" : ""),
          zh: "  已还 \(money(p.paid)) / \(money(a.total))" + (p.behind > 0 ? "，落后 \(money(p.behind))" : "")))
      if let next = p.next {
        out.append(
          t(
            en: "  next: \(money(next.amount)) on \(next.date)",
            zh: "  下一期：\(next.date) \(money(next.amount))"))
      }
    }

    if let offer {
      out.append("")
      out += offerLines(offer, currency: debt.currency, context: context)
    }

    let file = summary.caseFile
    out.append("")
    out.append(t(en: "Contact log (\(file.contacts.count))", zh: "联系记录（\(file.contacts.count) 条）"))
    out += logLines(file, currency: debt.currency, context: context).map { "  " + $0 }
    return out
  }

  static func offerLines(_ offer: Offer, currency: Currency, context: AppContext) -> [String] {
    let t = context.t
    let money = { (m: Int64) in Money.format(m, currency) }
    var out = [t(en: "Offer calculator", zh: "还款能力计算")]
    out += offer.lines(money: money).map { "  " + context.text($0) }
    if offer.isShortfall {
      out.append(
        t(
          en: "  Nothing is left to offer: ask for a pause and hardship relief first (hardship letter).",
          zh: "  没有余力还款：先申请缓冲期和困难减免（困难情况说明）。"))
    } else {
      if offer.isTooLong {
        out.append(
          t(
            en:
              "  Longer than 5 years: ask for a larger waiver, or offer what you can and review in 6 months.",
            zh: "  超过 5 年：争取更多减免，或先按能力还款、6 个月后再协商。"))
      }
    }
    return out
  }

  static func logLines(_ file: CaseFile, currency: Currency, context: AppContext) -> [String] {
    file.contacts.flatMap { entry in
      file.logLines(for: entry, currency: currency, rules: context.settings.legalRules).map { line in
        (line.kind == .head ? "" : "    ") + context.t(line.text).terminalSafe
      }
    }
  }
}
