extension ReminderEngine {
  /// The credit-report reminders:
  /// - `credit-report:YEAR-hN`: pull the free report, once in each part of the year the rule
  ///   book's free reports divide it into (two a year: from January 1 and July 1), until done —
  ///   once the credit report is being followed: a reporting debt whose case file records whether
  ///   the lender notified before reporting (`case --pre-report-notice`).
  /// - `credit-check:DEBT`: a month after such a debt was settled, check the report shows it
  ///   结清; until done, for a year after settling.
  static func creditReminders(
    portfolio: Portfolio, statuses: [String: DebtStatus], rules: RuleBook, today: LocalDate
  ) -> [Reminder] {
    var out: [Reminder] = []
    let free = max(1, rules.number(.creditFreeReports))
    let reporting = portfolio.debts.filter { !$0.archived && $0.reportsToCreditBureau }
    let concerned = reporting.contains { portfolio.cases[$0.id]?.preReportNotice != nil }
    if concerned {
      let months = 12 / free
      let part = (today.month - 1) / months
      let start = LocalDate.clamped(year: today.year, month: part * months + 1, day: 1)
      out.append(
        Reminder(
          id: "credit-report:\(today.year)-h\(part + 1)", kind: .creditReport, date: start, eventDate: start,
          debtID: nil, severity: .info, amount: nil,
          message: LocalizedText(
            en:
              "Pull your free credit report (\(free) free a year, \(rules[.creditFreeReports].source)) from the PBOC credit reference center; check each record against your own",
            zh: "查询免费个人信用报告（每年 \(free) 次免费，\(rules[.creditFreeReports].source)）：人民银行征信中心；逐条与自己的记录核对")))
    }
    for debt in reporting where portfolio.cases[debt.id]?.preReportNotice != nil {
      guard let s = statuses[debt.id], s.stage == .settled, let settled = s.lastPaymentOn else { continue }
      let check = settled.adding(months: 1)
      guard check <= today, today < settled.adding(months: 12) else { continue }
      out.append(
        Reminder(
          id: "credit-check:\(debt.id)", kind: .creditReport, date: check, eventDate: check, debtID: debt.id,
          severity: .info, amount: nil,
          message: LocalizedText(
            en:
              "\(debt.name): settled on \(settled) — check your credit report shows it as 结清 (settled), keep the 结清证明, and object in writing if it does not",
            zh: "\(debt.name)：\(settled) 已结清 — 请查询征信，确认显示“结清”，保存结清证明；如未更新，可书面提出异议")))
    }
    return out
  }
}
