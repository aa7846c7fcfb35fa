import DebtCore
import TerminalUI

/// The case of one debt as plain text: where it stands, what waiting costs, the ladder, the guide,
/// the agreement, the offer and the log. Free text is escaped.
enum CaseReport {
  static func lines(_ summary: CaseSummary, offer: Offer?, context: AppContext) -> [String] {
    let t = context.t
    let debt = summary.debt
    var out: [String] = []
    out.append("\(debt.name) (\(debt.id)) — \(t(summary.stage.label))".terminalSafe)
    var facts = PlainTable(headers: ["", ""])
    facts.showsHeaders = false
    facts.maximumColumnWidth = 1_000  // piped or not, a fact is never cut
    for fact in CaseFacts.facts(summary) { facts.add([t(fact.label), t(fact.value)]) }
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
    for rung in CaseFacts.ladder(summary, today: context.today) {
      let mark: String
      switch rung.mark {
      case .passed: mark = "  ✓ "
      case .now: mark = "  ▶ "
      case .ahead(let days): mark = "    " + t(en: "in ~\(days)d ", zh: "约\(days)天后 ")
      case .later: mark = "    "
      }
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

    if let agreement = CaseFacts.agreement(summary) {
      out.append("")
      out.append(t(agreement.heading))
      if !agreement.terms.isEmpty { out.append("  " + agreement.terms.terminalSafe) }
      out.append("  " + t(agreement.progress))
      if let next = agreement.next { out.append("  " + t(next)) }
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
    let t = context.t
    let corrected = file.correctedIDs
    var out: [String] = []
    for e in file.contacts {
      var head = "\(e.id) \(e.at) \(t(e.direction.label)) · \(t(e.channel.label))"
      for part in [e.organisation, e.person, e.staffID.isEmpty ? "" : "#" + e.staffID, e.phone]
      where !part.isEmpty {
        head += " · " + part
      }
      if let d = e.durationSeconds { head += " · " + t(CallDuration.text(d)) }
      if corrected.contains(e.id) { head += t(en: " (corrected later)", zh: "（已被更正）") }
      if let c = e.corrects { head += t(en: " (corrects \(c))", zh: "（更正 \(c)）") }
      out.append(head.terminalSafe)
      out.append(("    " + e.summary).terminalSafe)
      if !e.agreed.isEmpty { out.append(("    " + t(en: "agreed: ", zh: "约定：") + e.agreed).terminalSafe) }
      if e.verbalAgreement {
        let state: String
        switch file.verbalResolutions[e.id] {
        case let r? where r.state == .confirmed:
          state = t(
            en: "verbal agreement — confirmed in writing on \(r.on)\(r.by.map { " (\($0))" } ?? "")",
            zh: "口头约定 — 已于 \(r.on) 书面确认\(r.by.map { "（\($0)）" } ?? "")")
        case let r?: state = t(en: "verbal agreement — dropped on \(r.on)", zh: "口头约定 — 已于 \(r.on) 放弃")
        case nil:
          state =
            file.openVerbalAgreements.contains { $0.id == e.id }
            ? t(en: "verbal agreement — ask for it in writing", zh: "口头约定——请对方书面确认")
            : t(en: "verbal agreement — confirmed by a written agreement", zh: "口头约定 — 已有书面协议")
        }
        out.append("    " + state)
      }
      for p in e.promises {
        let who = p.by == .me ? t(en: "I promised", zh: "我承诺") : t(en: "they promised", zh: "对方承诺")
        let amount = p.amount.map { " " + Money.format($0, currency) } ?? ""
        out.append("    \(who) \(p.due)\(amount) \(p.text)".terminalSafe)
      }
      if !e.flags.isEmpty {
        out.append("    ⚑ " + e.flags.map { t($0.label) }.joined(separator: ", "))
      }
      for w in file.warnings(for: e).lines(context.settings.legalRules) { out.append("    " + t(w)) }
      for ev in e.evidence { out.append("    📎 \(ev.path) sha256:\(ev.sha256.prefix(16))…".terminalSafe) }
      if let f = e.filing {
        out.append(
          "    "
            + t(
              en: "filed: \(f.label.en), reply due \(f.replyDue(after: e.at.date))",
              zh: "已提交：\(f.label.zh)，答复期限 \(f.replyDue(after: e.at.date))"))
      }
    }
    return out
  }
}
