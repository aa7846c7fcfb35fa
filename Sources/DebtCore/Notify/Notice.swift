/// One message `debtdeck notify` sends: a single reminder, or a summary of several.
public struct Notice: Hashable, Sendable {
  /// The reminders it covers, most serious first.
  public let reminders: [Reminder]
  public let isSummary: Bool
  public let severity: Reminder.Severity
  /// A short headline (the notification's summary line).
  public let title: LocalizedText
  /// What, how much, when: one line per reminder (joined with newlines in a summary).
  public let lines: [LocalizedText]

  public init(
    reminders: [Reminder], isSummary: Bool, severity: Reminder.Severity, title: LocalizedText,
    lines: [LocalizedText]
  ) {
    self.reminders = reminders
    self.isSummary = isSummary
    self.severity = severity
    self.title = title
    self.lines = lines
  }

  /// The one reminder of a single notice (nil for a summary).
  public var single: Reminder? { isSummary ? nil : reminders.first }

  /// A notice for one reminder: "DebtDeck — overdue" and the reminder's own text.
  public static func single(_ r: Reminder) -> Notice {
    Notice(
      reminders: [r], isSummary: false, severity: r.severity,
      title: LocalizedText(en: "DebtDeck — \(r.kind.label.en)", zh: "DebtDeck — \(r.kind.label.zh)"),
      lines: [r.message])
  }

  /// How many lines a summary lists before "and N more".
  public static let summaryLines = 6

  /// One notice for several reminders (a catch-up after days without a run, or many at once).
  public static func summary(_ list: [Reminder], today: LocalDate) -> Notice {
    let overdue = list.filter { $0.isOverdue(on: today) }.count
    let since = list.map(\.date).min() ?? today
    let late =
      since < today
      ? LocalizedText(en: ", since \(since)", zh: "，自 \(since) 起") : LocalizedText(en: "", zh: "")
    let title =
      overdue > 0
      ? LocalizedText(
        en: "DebtDeck — \(list.count) reminders, \(overdue) overdue\(late.en)",
        zh: "DebtDeck — \(list.count) 条提醒，逾期 \(overdue) 条\(late.zh)")
      : LocalizedText(
        en: "DebtDeck — \(list.count) reminders\(late.en)", zh: "DebtDeck — \(list.count) 条提醒\(late.zh)")
    var lines = list.prefix(summaryLines).map(\.message)
    if list.count > summaryLines {
      let more = list.count - summaryLines
      lines.append(
        LocalizedText(
          en: "… and \(more) more: run debtdeck today", zh: "…… 还有 \(more) 条：运行 debtdeck today 查看"))
    }
    return Notice(
      reminders: list, isSummary: true, severity: list.map(\.severity).max() ?? .info, title: title,
      lines: lines)
  }
}
