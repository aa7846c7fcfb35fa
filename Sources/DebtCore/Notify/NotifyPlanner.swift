/// Decides what one run of `debtdeck notify` sends, from the day's reminders, what was already
/// sent, and the time now. Pure: the time comes in, nothing is read from a clock.
///
/// - Each reminder is sent once. An overdue one (late installments, their warnings, a missed
///   promise or agreed payment) is sent again each new day while it stays open.
/// - Inside the quiet hours, or before the notify time, nothing is sent: a later run does it.
/// - A run that finds more than `maxSeparate` reminders to send, or several of them from earlier
///   days (no run for a while), sends one summary instead of a flood.
public enum NotifyPlanner {
  public static let maxSeparate = 3

  public enum Plan: Hashable, Sendable {
    /// Inside the quiet hours; they end at this minute of the day.
    case quiet(until: Int)
    /// Before the notify time (this minute of the day).
    case notYet(from: Int)
    /// Everything due has been sent already.
    case nothingNew
    /// Send these; once they are out, record `state`.
    case send([Notice], state: NotifySentState)
  }

  public static func plan(
    reminders: [Reminder], sent: NotifySentState, now: LocalDateTime, settings: NotifySettings
  ) -> Plan {
    if settings.isQuiet(now.minuteOfDay) { return .quiet(until: settings.quietEnd) }
    if now.minuteOfDay < settings.time { return .notYet(from: settings.time) }
    let today = now.date
    let pending = reminders.filter { isPending($0, sent: sent, today: today) }
    guard !pending.isEmpty else { return .nothingNew }
    let catchUp = pending.count > 1 && pending.contains { $0.date < today }
    let notices =
      pending.count > maxSeparate || catchUp
      ? [Notice.summary(pending, today: today)] : pending.map(Notice.single)
    var state = sent
    let oldest = today.adding(days: -NotifySentState.keepDays)
    state.sent = state.sent.filter { $0.value >= oldest }
    for r in pending { state.sent[r.id] = today }
    state.lastNotice = now
    return .send(notices, state: state)
  }

  /// Whether `r` is to be sent on `today`: its day has come, and it was not sent yet — or, for an
  /// overdue one, not sent yet today.
  public static func isPending(_ r: Reminder, sent: NotifySentState, today: LocalDate) -> Bool {
    guard r.date <= today else { return false }
    guard let last = sent.sent[r.id] else { return true }
    return r.isOverdue(on: today) && last < today
  }
}
