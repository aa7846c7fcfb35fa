/// Derives the day's notices from the portfolio and today. Pure.
///
/// Notices sit on top of the agenda (`DailyBrief`): quieting one never removes what is due. Each
/// id names what it is about for as long as that exists, so a notice marked done never returns:
/// - Each unpaid installment is announced at every lead time (default 7, 3, 1 days and the due
///   day), id `due:DEBT:INSTALLMENT:LEAD`. The latest lead reached shows — on its own day, and on
///   later days as a catch-up until it is acknowledged or the next lead is reached.
/// - A late installment: `overdue:DEBT:INSTALLMENT` (one id while it stays unpaid), with days past
///   due, the overdue amount and the penalty so far; the day before the debt enters the next
///   bucket, and on the last grace day, a warning of its own.
/// - Cards: the statement day, and the day before the interest-free period ends.
/// - Follow-ups the user set, from their date until done.
/// - From the case file: my promises to pay, the payments of an agreement in force (which replace
///   the original schedule's notices while it is kept), and the reply deadlines of complaints
///   (15 calendar days) and credit-report objections (20 days).
public enum ReminderEngine {
  /// The open notices on `today`: every one whose date has come, minus those done, dismissed or
  /// snoozed. Sorted: most serious and oldest first.
  public static func reminders(
    portfolio: Portfolio, settings: Settings, today: LocalDate, statuses: [String: DebtStatus]? = nil
  ) -> [Reminder] {
    all(portfolio: portfolio, settings: settings, today: today, statuses: statuses)
      .filter { portfolio.reminderStates[$0.id]?.hides(on: today) != true }
  }

  /// Every notice of `today`, whatever the user did with it.
  static func all(
    portfolio: Portfolio, settings: Settings, today: LocalDate, statuses: [String: DebtStatus]?
  ) -> [Reminder] {
    var out: [Reminder] = []
    var seen: [String: DebtStatus] = [:]
    let byDebt = statuses == nil ? portfolio.paymentsByDebt() : [:]
    let leads = Array(Set(settings.reminderLeadDays)).sorted(by: >)
    let horizon = today
    for debt in portfolio.debts where !debt.archived {
      var status =
        statuses?[debt.id]
        ?? DebtStatus(
          debt: debt, payments: byDebt[debt.id] ?? [], asOf: today, dueSoonDays: settings.dueSoonDays)
      if statuses == nil {
        status = portfolio.withCase(status, debtID: debt.id, payments: byDebt[debt.id])
      }
      seen[debt.id] = status
      let caseFile = portfolio.cases[debt.id]
      if let caseFile {
        out += caseReminders(
          debt, caseFile, payments: byDebt[debt.id] ?? portfolio.payments(for: debt.id), leads: leads,
          today: today, horizon: horizon, settled: status.stage == .settled)
        out += courtReminders(debt, caseFile, rules: settings.legalRules, today: today)
      }
      guard status.stage != .settled else { continue }
      if status.stage != .agreementInForce {
        out += dueReminders(debt, status, leads: leads, today: today, horizon: horizon)
        out += lateReminders(debt, status, today: today)
      }
      out += cardReminders(debt, status, today: today, horizon: horizon)
    }
    out += creditReminders(portfolio: portfolio, statuses: seen, rules: settings.legalRules, today: today)
    for f in portfolio.followUps where f.date <= horizon {
      let name = f.debt.flatMap { portfolio.debt(id: $0)?.name }
      let prefix = name.map { "\($0): " } ?? ""
      out.append(
        Reminder(
          id: "follow:\(f.id)", kind: .followUp, date: f.date, eventDate: f.date, debtID: f.debt,
          severity: .info, amount: nil,
          message: LocalizedText(en: "Follow up — \(prefix)\(f.text)", zh: "跟进 — \(prefix)\(f.text)")))
    }
    return out.sorted { ($0.severity, $1.date, $1.id) > ($1.severity, $0.date, $0.id) }
  }

  /// Whether `id` names a notice the user may act on today: one of today's, one already acted on,
  /// or a lead-time notice of an unpaid installment due within a year (to acknowledge ahead).
  public static func isKnown(_ id: String, portfolio: Portfolio, settings: Settings, today: LocalDate) -> Bool
  {
    if portfolio.reminderStates[id] != nil { return true }
    if all(portfolio: portfolio, settings: settings, today: today, statuses: nil).contains(where: {
      $0.id == id
    }) {
      return true
    }
    let parts = id.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
    guard parts.count == 4, parts[0] == "due", let debt = portfolio.debt(id: parts[1]),
      let number = Int(parts[2]), let lead = Int(parts[3]), settings.reminderLeadDays.contains(lead)
    else { return false }
    let status = DebtStatus(debt: debt, payments: portfolio.payments(for: debt.id), asOf: today)
    guard let i = status.schedule.installments.firstIndex(where: { $0.number == number }) else {
      return false
    }
    let inst = status.schedule.installments[i]
    return status.covered[i] < inst.total && inst.dueDate >= today && today.days(to: inst.dueDate) <= 366
  }

  /// The id a stored reminder state has today: before stable ids, an overdue installment's id
  /// carried the day (`overdue:d1:2:2026-11-23`); it is `overdue:d1:2` now.
  public static func canonicalID(_ id: String) -> String {
    guard id.hasPrefix("overdue:") else { return id }
    let parts = id.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 4, (try? LocalDate(iso: String(parts[3]))) != nil else { return id }
    return parts[0...2].joined(separator: ":")
  }

  /// Stored reminder states under today's ids; where two old ids become one, the later state wins.
  public static func migrated(_ states: [String: ReminderState]) -> [String: ReminderState] {
    guard states.keys.contains(where: { canonicalID($0) != $0 }) else { return states }
    var out: [String: ReminderState] = [:]
    for id in states.keys.sorted() {
      guard let state = states[id] else { continue }
      let key = canonicalID(id)
      if let existing = out[key], existing.date > state.date { continue }
      out[key] = state
    }
    return out
  }

  static func money(_ m: Int64, _ debt: Debt) -> String { Money.format(m, debt.currency) }

  /// A lead-time notice of a payment due in a holiday block carries the warning in its own
  /// text, so it reaches the desktop notification too.
  static func withHolidayWarning(_ line: LocalizedText, due: LocalDate) -> LocalizedText {
    guard let warning = ChinaCalendar.holidayPaymentWarning(due) else { return line }
    return LocalizedText(en: line.en + " — " + warning.en, zh: line.zh + " — " + warning.zh)
  }

  static func dueReminders(_ debt: Debt, _ s: DebtStatus, leads: [Int], today: LocalDate, horizon: LocalDate)
    -> [Reminder]
  {
    var out: [Reminder] = []
    for (inst, covered) in zip(s.schedule.installments, s.covered) where covered < inst.total {
      guard inst.dueDate >= today else { continue }
      if inst.dueDate.adding(days: -(leads.first ?? 0)) > horizon { break }
      // The latest lead time reached: a missed day is caught up, not repeated.
      guard let lead = leads.last(where: { inst.dueDate.adding(days: -$0) <= horizon }) else { continue }
      let date = inst.dueDate.adding(days: -lead)
      let days = today.days(to: inst.dueDate)
      let amount = inst.total - covered
      let when =
        days == 0
        ? LocalizedText(en: "today", zh: "今天")
        : days == 1
          ? LocalizedText(en: "tomorrow", zh: "明天")
          : LocalizedText(en: "in \(days) days", zh: "\(days) 天后")
      out.append(
        Reminder(
          id: "due:\(debt.id):\(inst.number):\(lead)", kind: .due, date: date, eventDate: inst.dueDate,
          debtID: debt.id, severity: days <= 1 ? .warning : .info, amount: amount,
          message: withHolidayWarning(
            LocalizedText(
              en: "\(debt.name): \(money(amount, debt)) due \(when.en) (\(inst.dueDate))",
              zh: "\(debt.name)：\(when.zh)（\(inst.dueDate)）应还 \(money(amount, debt))"), due: inst.dueDate)))
    }
    return out
  }

  static func lateReminders(_ debt: Debt, _ s: DebtStatus, today: LocalDate) -> [Reminder] {
    guard s.isLate, let since = s.lateSince else { return [] }
    // Named by the latest installment missed: one id while nothing more is missed, a new notice
    // when another installment goes unpaid (a debt whose installments are paid and whose penalty
    // is not: `penalty`).
    let missed = s.schedule.installments.indices.last { i in
      let inst = s.schedule.installments[i]
      return inst.dueDate < today && i < s.covered.count && s.covered[i] < inst.total
    }
    let n = missed.map { "\(s.schedule.installments[$0].number)" } ?? "penalty"
    let dpd = s.daysPastDue
    let owed = s.lateOwed
    var out = [
      Reminder(
        // Shown every day while late (its date is today's), under one id.
        id: "overdue:\(debt.id):\(n)", kind: .overdue, date: today, eventDate: since,
        debtID: debt.id, severity: s.scheduleStage.isDelinquent ? .danger : .warning, amount: owed,
        message: LocalizedText(
          en:
            "\(debt.name): \(dpd == 1 ? "1 day" : "\(dpd) days") overdue, \(money(s.overdueAmount, debt)) overdue + penalty \(money(s.penalty, debt))",
          zh: "\(debt.name)：已逾期 \(dpd) 天，逾期 \(money(s.overdueAmount, debt))，罚息 \(money(s.penalty, debt))"))
    ]
    if dpd == debt.graceDays && debt.graceDays > 0 {
      out.append(
        Reminder(
          id: "grace:\(debt.id):\(n)", kind: .graceEnds, date: today, eventDate: today, debtID: debt.id,
          severity: .danger, amount: owed,
          message: LocalizedText(
            en: "\(debt.name): last day of grace — pay \(money(owed, debt)) today to avoid penalty and 征信",
            zh: "\(debt.name)：今天是宽限期最后一天 — 今天还 \(money(owed, debt)) 可免罚息、不上征信")))
    }
    let next: Stage? = [30: .m2, 60: .m3, 90: .m3Plus][dpd]
    if let next {
      out.append(
        Reminder(
          id: "bucket:\(debt.id):\(n):\(next.rawValue)", kind: .bucket, date: today,
          eventDate: today.adding(days: 1),
          debtID: debt.id, severity: .danger, amount: owed,
          message: LocalizedText(
            en:
              "\(debt.name): tomorrow it becomes \(next.rawValue) — collection usually escalates; call the lender today",
            zh: "\(debt.name)：明天将进入 \(next.rawValue) — 催收通常会升级，请今天联系贷款机构")))
    }
    return out
  }

  static func cardReminders(_ debt: Debt, _ s: DebtStatus, today: LocalDate, horizon: LocalDate) -> [Reminder]
  {
    guard debt.method == .revolving else { return [] }
    var out: [Reminder] = []
    if let day = debt.statementDay {
      var statement = LocalDate.clamped(year: today.year, month: today.month, day: day)
      if statement < today {
        statement = LocalDate.clamped(year: today.year, month: today.month + 1, day: day)
      }
      if statement <= horizon {
        out.append(
          Reminder(
            id: "statement:\(debt.id):\(statement)", kind: .statement, date: statement, eventDate: statement,
            debtID: debt.id, severity: .info, amount: nil,
            message: LocalizedText(
              en: "\(debt.name): statement day \(statement) — check the bill",
              zh: "\(debt.name)：\(statement) 账单日 — 请核对账单")))
      }
    }
    // The interest-free period ends on the first statement's due date.
    if let first = s.schedule.installments.first, s.covered.first.map({ $0 < debt.principal }) ?? true,
      s.paidTotal < debt.principal
    {
      let eve = first.dueDate.adding(days: -1)
      if eve <= horizon && first.dueDate >= today {
        out.append(
          Reminder(
            id: "free:\(debt.id):\(first.dueDate)", kind: .interestFreeEnds, date: eve,
            eventDate: first.dueDate,
            debtID: debt.id, severity: .warning, amount: debt.principal - s.paidTotal,
            message: LocalizedText(
              en:
                "\(debt.name): pay \(money(debt.principal - s.paidTotal, debt)) in full by \(first.dueDate) to owe no interest",
              zh: "\(debt.name)：\(first.dueDate) 前全额还款 \(money(debt.principal - s.paidTotal, debt)) 可免利息")))
      }
    }
    return out
  }

  static func caseReminders(
    _ debt: Debt, _ file: CaseFile, payments: [Payment], leads: [Int], today: LocalDate, horizon: LocalDate,
    settled: Bool
  ) -> [Reminder] {
    var out: [Reminder] = []
    for entry in file.contacts {
      if let filing = entry.filing {
        let due = filing.replyDue(after: entry.at.date)
        let shown = due.adding(days: -1)
        if shown <= horizon {
          let late = due < today
          out.append(
            Reminder(
              id: "reply:\(debt.id):\(entry.id)", kind: .replyDue, date: shown, eventDate: due,
              debtID: debt.id,
              severity: late ? .warning : .info, amount: nil,
              message: LocalizedText(
                en:
                  "\(debt.name): the answer to your \(filing.label.en) of \(entry.at.date) is due \(due)\(late ? " — none yet? escalate" : "")",
                zh:
                  "\(debt.name)：\(entry.at.date) 提交的\(filing.label.zh)应于 \(due) 前答复\(late ? " — 仍未答复可进一步投诉" : "")"
              )))
        }
      }
      guard !settled else { continue }
      for (i, promise) in entry.promises.enumerated() where promise.isPromiseToPay {
        let amount = promise.amount ?? 0
        // Kept when the payments since the promise cover it.
        let paidSince = payments.lazy.filter { $0.date >= entry.at.date && $0.date <= today }
          .reduce(Int64(0)) { $0 + $1.amount }
        guard paidSince < amount else { continue }
        guard let lead = leads.last(where: { promise.due.adding(days: -$0) <= horizon }) else { continue }
        let date = min(promise.due.adding(days: -lead), promise.due)
        let missed = promise.due < today
        out.append(
          Reminder(
            id: "promise:\(debt.id):\(entry.id):\(i)", kind: .promise, date: date, eventDate: promise.due,
            debtID: debt.id,
            severity: missed ? .danger : (today.days(to: promise.due) <= 1 ? .warning : .info),
            amount: amount - paidSince,
            message: LocalizedText(
              en: missed
                ? "\(debt.name): you promised \(money(amount, debt)) by \(promise.due) — call them before they call you"
                : "\(debt.name): you promised to pay \(money(amount, debt)) by \(promise.due)",
              zh: missed
                ? "\(debt.name)：你曾承诺 \(promise.due) 前还 \(money(amount, debt)) — 请在对方来电前主动联系"
                : "\(debt.name)：你承诺 \(promise.due) 前还款 \(money(amount, debt))")))
      }
    }
    if !settled {
      for entry in file.openVerbalAgreements {
        out.append(
          Reminder(
            id: "verbal:\(debt.id):\(entry.id)", kind: .verbalAgreement, date: entry.at.date,
            eventDate: entry.at.date, debtID: debt.id, severity: .warning, amount: nil,
            message: CaseFile.verbalNotice(entry, debtName: debt.name)))
      }
    }
    guard !settled, let agreement = file.currentAgreement, agreement.confirmed != .proposed else {
      return out
    }
    let progress = AgreementProgress(agreement, payments: payments, today: today)
    var cumulative: Int64 = 0
    for (i, p) in agreement.schedule.enumerated() {
      cumulative += p.amount
      let unpaid = min(p.amount, cumulative - progress.paid)
      guard unpaid > 0 else { continue }
      if p.date < today {
        out.append(
          Reminder(
            id: "agreed-missed:\(debt.id):\(agreement.id):\(i + 1)", kind: .agreed,
            date: p.date.adding(days: 1),
            eventDate: p.date, debtID: debt.id, severity: .danger, amount: unpaid,
            message: LocalizedText(
              en:
                "\(debt.name): agreed payment of \(p.date) missed (\(money(unpaid, debt))) — pay and tell the lender today, or the agreement may end",
              zh: "\(debt.name)：\(p.date) 的协议还款未还（\(money(unpaid, debt))）— 请今天补还并告知对方，否则协议可能失效")))
        continue
      }
      guard let lead = leads.last(where: { p.date.adding(days: -$0) <= horizon }) else { break }
      out.append(
        Reminder(
          id: "agreed:\(debt.id):\(agreement.id):\(i + 1):\(lead)", kind: .agreed,
          date: p.date.adding(days: -lead),
          eventDate: p.date, debtID: debt.id, severity: today.days(to: p.date) <= 1 ? .warning : .info,
          amount: unpaid,
          message: withHolidayWarning(
            LocalizedText(
              en: "\(debt.name): agreed payment \(money(unpaid, debt)) due \(p.date)",
              zh: "\(debt.name)：协议还款 \(money(unpaid, debt))，\(p.date) 到期"), due: p.date)))
      break
    }
    return out
  }
}
