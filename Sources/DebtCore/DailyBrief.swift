/// The one derived model of the day: what is late, what falls due, and the notices on top of it.
/// Every view and command that says what is owed or due today reads this (the `today` command in
/// text, JSON and exit status, the top bar, the Today screen, the calendar's agenda); none
/// recomputes its own. Pure: everything comes from the portfolio, the settings and `today`.
///
/// - The **agenda** is every late debt (one row each: what is late, with its penalty and fees) and
///   every unpaid installment due from today to `today + days` — an agreement's payments instead of
///   the schedule's while the agreement is in force. No reminder state removes anything from it:
///   only paying (or deleting the debt) does. An archived debt that is still late stays in it.
/// - **Notices** are the reminders on top of it (lead times, bucket and grace warnings, promises,
///   follow-ups, replies due), which the user can mark done, snooze or dismiss.
public struct DailyBrief: Sendable {
  public struct Item: Sendable {
    public enum State: String, Sendable {
      case dueSoon = "due-soon"
      case dueToday = "due-today"
      case inGrace = "in-grace"
      case overdue
    }

    public let debt: Debt
    public let status: DebtStatus
    /// The due date: for a late debt the oldest one missed; else the installment's.
    public let date: LocalDate
    /// What to pay: for a late debt overdue + penalty + fees; else what is left of the payment.
    public let amount: Int64
    /// Negative: days until due; positive: days past due.
    public let daysPastDue: Int
    public let state: State
    /// The installment's number (nil for an agreement's payment and for a late debt's row).
    public let installment: Int?
    /// True for a payment of an agreement in force.
    public let agreed: Bool

    public var isLate: Bool { state == .overdue || state == .inGrace }

    /// A due date inside a public-holiday block: transfers may not post, pay before it.
    public var holidayWarning: LocalizedText? {
      guard !isLate else { return nil }
      return ChinaCalendar.holidayPaymentWarning(date)
    }

    /// The line beside a date and a "when" column (the app's): who, the stage, what it is made of.
    public var summary: LocalizedText {
      let money = { (m: Int64) in Money.format(m, debt.currency) }
      if isLate {
        var en = "\(debt.name) · \(status.scheduleStage.label.en)"
        var zh = "\(debt.name) · \(status.scheduleStage.label.zh)"
        if status.stage.isCourt {
          en += " · \(status.stage.label.en)"
          zh += " · \(status.stage.label.zh)"
        }
        if status.penalty > 0 {
          en += " · penalty \(money(status.penalty))"
          zh += " · 罚息 \(money(status.penalty))"
        }
        if status.fees > 0 {
          en += " · late fees \(money(status.fees))"
          zh += " · 违约金 \(money(status.fees))"
        }
        return LocalizedText(en: en, zh: zh)
      }
      if agreed { return LocalizedText(en: "\(debt.name) · agreed payment", zh: "\(debt.name) · 协议还款") }
      if debt.method == .revolving {
        return LocalizedText(en: "\(debt.name) · statement payment", zh: "\(debt.name) · 账单还款")
      }
      let n = status.schedule.installments.count
      let k = installment ?? 0
      if let warning = holidayWarning {
        return LocalizedText(en: "\(debt.name) · \(warning.en)", zh: "\(debt.name) · \(warning.zh)")
      }
      return n > 1
        ? LocalizedText(en: "\(debt.name) · installment \(k) of \(n)", zh: "\(debt.name) · 第 \(k)/\(n) 期")
        : LocalizedText(en: debt.name, zh: debt.name)
    }

    /// The line that says it, in both languages.
    public var message: LocalizedText {
      let name = debt.name
      let money = { (m: Int64) in Money.format(m, debt.currency) }
      switch state {
      case .overdue, .inGrace:
        let d = daysPastDue
        let late =
          state == .inGrace
          ? LocalizedText(
            en: "in grace, day \(d) of \(debt.graceDays)", zh: "宽限期内，第 \(d)/\(debt.graceDays) 天")
          : LocalizedText(en: d == 1 ? "1 day overdue" : "\(d) days overdue", zh: "已逾期 \(d) 天")
        let court =
          status.stage.isCourt
          ? LocalizedText(en: ", \(status.stage.label.en)", zh: "，\(status.stage.label.zh)")
          : LocalizedText(en: "", zh: "")
        var parts: [LocalizedText] = []
        if status.overdueAmount > 0 {
          parts.append(LocalizedText(en: money(status.overdueAmount), zh: money(status.overdueAmount)))
        }
        if status.penalty > 0 {
          parts.append(
            LocalizedText(en: "penalty \(money(status.penalty))", zh: "罚息 \(money(status.penalty))"))
        }
        if status.fees > 0 {
          parts.append(LocalizedText(en: "late fees \(money(status.fees))", zh: "违约金 \(money(status.fees))"))
        }
        return LocalizedText(
          en: "\(name): \(late.en)\(court.en) — \(parts.map(\.en).joined(separator: " + "))",
          zh: "\(name)：\(late.zh)\(court.zh) — \(parts.map(\.zh).joined(separator: " + "))")
      case .dueToday, .dueSoon:
        let n = -daysPastDue
        let when =
          n == 0
          ? LocalizedText(en: "today", zh: "今天")
          : n == 1
            ? LocalizedText(en: "tomorrow", zh: "明天") : LocalizedText(en: "in \(n) days", zh: "\(n) 天后")
        let what = agreed ? LocalizedText(en: "agreed payment ", zh: "协议还款 ") : LocalizedText(en: "", zh: "")
        let line = LocalizedText(
          en: "\(name): \(what.en)\(money(amount)) due \(when.en)",
          zh: "\(name)：\(what.zh)\(when.zh)应还 \(money(amount))")
        guard let warning = holidayWarning else { return line }
        return LocalizedText(en: line.en + " — " + warning.en, zh: line.zh + " — " + warning.zh)
      }
    }
  }

  /// One line of the brief: an agenda item, a notice, or an agenda item with its notice.
  public struct Row: Sendable {
    public let item: Item?
    public let notice: Reminder?

    public var message: LocalizedText { item?.message ?? notice?.message ?? LocalizedText(en: "", zh: "") }
    /// The shorter line for a view with its own date and "when" columns.
    public var summary: LocalizedText { item?.summary ?? notice?.message ?? LocalizedText(en: "", zh: "") }
    public var debtID: String? { item?.debt.id ?? notice?.debtID }
    /// The date shown beside it: the due date of the item, else the notice's event.
    public var date: LocalDate {
      if let item { return item.date }
      if let notice { return notice.eventDate }
      return LocalDate.clamped(year: 1970, month: 1, day: 1)
    }
    public var amount: Int64? { item?.amount ?? notice?.amount }
    public var severity: Reminder.Severity {
      if let item {
        switch item.state {
        case .overdue: return .danger
        case .inGrace, .dueToday: return .warning
        case .dueSoon: return max(notice?.severity ?? .info, item.daysPastDue >= -1 ? .warning : .info)
        }
      }
      return notice?.severity ?? .info
    }
  }

  /// How many of each, as the top bar and every headline say them.
  public struct Counts: Hashable, Sendable {
    /// Debts with money late (inside grace or beyond).
    public let overdue: Int
    /// Lines for today: installments due today and today's open notices.
    public let today: Int
    /// Installments due in the next days (after today).
    public let comingUp: Int
    /// Debts in a court stage (in court, judgment, enforcement), archived ones included.
    public var inCourt: Int = 0
  }

  public let today: LocalDate
  public let days: Int
  /// One item per late debt, the most serious first.
  public let overdue: [Item]
  /// Every unpaid installment (or agreed payment) due from today to `today + days`, by date.
  public let upcoming: [Item]
  /// The open notices of the day (not done, dismissed or snoozed).
  public let notices: [Reminder]
  /// The three sections, as every view shows them.
  public let overdueRows: [Row]
  public let todayRows: [Row]
  public let comingUpRows: [Row]
  /// Debts in a court stage, as the top bar and the headline count them.
  public let inCourt: Int

  /// - Parameter statuses: each debt's status on `today` with its case stage, when the caller has
  ///   them already (include archived debts: a late archived debt stays in the brief).
  public init(
    portfolio: Portfolio, today: LocalDate, days: Int = 7, settings: Settings = Settings(),
    statuses: [String: DebtStatus]? = nil
  ) {
    self.today = today
    self.days = days
    let statuses =
      statuses ?? portfolio.statuses(asOf: today, dueSoonDays: settings.dueSoonDays, includeArchived: true)
    let byDebt = portfolio.paymentsByDebt()
    var overdue: [Item] = []
    var upcoming: [Item] = []
    let horizon = today.adding(days: max(days, 0))
    for debt in portfolio.debts {
      guard let status = statuses[debt.id] else { continue }
      if status.isLate, let since = status.lateSince {
        overdue.append(
          Item(
            debt: debt, status: status, date: since, amount: status.lateOwed, daysPastDue: status.daysPastDue,
            state: status.scheduleStage == .inGrace ? .inGrace : .overdue, installment: nil, agreed: false))
      }
      guard !debt.archived, status.stage != .settled else { continue }
      func add(_ date: LocalDate, _ amount: Int64, _ installment: Int?, agreed: Bool) {
        upcoming.append(
          Item(
            debt: debt, status: status, date: date, amount: amount, daysPastDue: -today.days(to: date),
            state: date == today ? .dueToday : .dueSoon, installment: installment, agreed: agreed))
      }
      if status.stage == .agreementInForce {
        let payments = byDebt[debt.id] ?? []
        for p in CaseSummary.agreedPaymentsDue(portfolio.cases[debt.id], payments: payments, today: today)
        where p.date >= today && p.date <= horizon {
          add(p.date, p.amount, nil, agreed: true)
        }
      } else {
        for (inst, covered) in zip(status.schedule.installments, status.covered) {
          if inst.dueDate > horizon { break }
          guard inst.dueDate >= today, covered < inst.total else { continue }
          add(inst.dueDate, inst.total - covered, inst.number, agreed: false)
        }
      }
    }
    self.overdue = overdue.sorted {
      ($0.status.scheduleStage.severity, $0.daysPastDue, $1.debt.id)
        > ($1.status.scheduleStage.severity, $1.daysPastDue, $0.debt.id)
    }
    self.upcoming = upcoming.sorted {
      ($0.date, $0.debt.name, $0.debt.id, $0.installment ?? 0) < (
        $1.date, $1.debt.name, $1.debt.id, $1.installment ?? 0
      )
    }
    let notices = ReminderEngine.reminders(
      portfolio: portfolio, settings: settings, today: today, statuses: statuses)
    self.notices = notices
    inCourt = portfolio.debts.filter { statuses[$0.id]?.stage.isCourt == true }.count

    // Each notice sits on the agenda row it is about, else under Today on its own.
    var used = Set<String>()
    func notice(for item: Item) -> Reminder? {
      let found = notices.first { n in
        guard !used.contains(n.id), n.debtID == item.debt.id else { return false }
        if item.isLate { return [.overdue, .graceEnds, .bucket].contains(n.kind) }
        if item.agreed { return n.kind == .agreed && n.eventDate == item.date }
        return n.kind == .due && n.eventDate == item.date
      }
      if let found { used.insert(found.id) }
      return found
    }
    overdueRows = self.overdue.map { Row(item: $0, notice: notice(for: $0)) }
    let dueToday = self.upcoming.filter { $0.state == .dueToday }.map {
      Row(item: $0, notice: notice(for: $0))
    }
    // A lead-time notice shows under Today on its day (and after, until acknowledged).
    let comingUp = self.upcoming.filter { $0.state == .dueSoon }.map { Row(item: $0, notice: nil) }
    let loose = notices.filter { !used.contains($0.id) }.map { Row(item: nil, notice: $0) }
    todayRows =
      dueToday
      + loose.sorted { ($0.notice?.severity ?? .info, $1.date) > ($1.notice?.severity ?? .info, $0.date) }
    comingUpRows = comingUp
  }

  public var isEmpty: Bool { overdueRows.isEmpty && todayRows.isEmpty && comingUpRows.isEmpty }

  /// True when money is late: the `--fail-if-overdue` exit status and the Overdue heading.
  public var hasOverdue: Bool { !overdue.isEmpty }

  public var counts: Counts {
    Counts(overdue: overdueRows.count, today: todayRows.count, comingUp: comingUpRows.count, inCourt: inCourt)
  }

  /// The rows in the order every view shows them: overdue, today, coming up.
  public var rows: [Row] { overdueRows + todayRows + comingUpRows }

  /// The headline: "1 overdue · 2 for today · 3 due in the next 7 days".
  public var headline: LocalizedText {
    let c = counts
    if isEmpty {
      return LocalizedText(
        en: "Nothing overdue, nothing for today, nothing due in the next \(LocalizedText.days(days).en).",
        zh: "没有逾期，今日无待办，未来 \(days) 天内没有到期的还款。")
    }
    let court =
      c.inCourt > 0
      ? LocalizedText(en: " · \(c.inCourt) in court", zh: " · 涉诉 \(c.inCourt) 笔")
      : LocalizedText(en: "", zh: "")
    return LocalizedText(
      en:
        "\(c.overdue) overdue\(court.en) · \(c.today) for today · \(c.comingUp) due in the next \(LocalizedText.days(days).en)",
      zh: "逾期 \(c.overdue) 笔\(court.zh) · 今日 \(c.today) 条 · 未来 \(days) 天内到期 \(c.comingUp) 笔")
  }

  /// The section titles, as every view shows them.
  public static let overdueTitle = LocalizedText(en: "Overdue", zh: "逾期")
  public static let todayTitle = LocalizedText(en: "Today", zh: "今日")
  public static func comingUpTitle(days: Int) -> LocalizedText {
    LocalizedText(en: "Coming up (\(LocalizedText.days(days).en))", zh: "即将到期（\(days) 天内）")
  }
}
