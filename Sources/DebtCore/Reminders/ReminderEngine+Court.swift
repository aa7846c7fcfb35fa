extension ReminderEngine {
  /// A court event's countdown, `court:DEBT:EVENT`, every day from receipt until marked done (it
  /// stays after the deadline: a missed objection or appeal needs legal help at once); a hearing,
  /// `hearing:DEBT:EVENT`, from the rule book's notice days before it until the day itself.
  static func courtReminders(_ debt: Debt, _ file: CaseFile, rules: RuleBook, today: LocalDate) -> [Reminder]
  {
    var out: [Reminder] = []
    for event in file.courtEvents where event.received <= today {
      if let due = event.deadline(rules: rules) {
        let when = event.countdown(rules: rules, today: today) ?? LocalizedText(en: "", zh: "")
        out.append(
          Reminder(
            id: "court:\(debt.id):\(event.id)", kind: .courtDeadline, date: event.received, eventDate: due,
            debtID: debt.id, severity: .danger, amount: nil,
            message: LocalizedText(
              en:
                "\(debt.name): \(event.kind.label.en) — \(when.en) (received \(event.received)): \(event.kind.action.en)",
              zh:
                "\(debt.name)：\(event.kind.label.zh) — \(when.zh)（\(event.received) 收到）：\(event.kind.action.zh)"
            )))
      }
      if let hearing = event.hearing, hearing >= today,
        hearing.adding(days: -rules.number(.hearingNotice)) <= today
      {
        let left = today.days(to: hearing)
        out.append(
          Reminder(
            id: "hearing:\(debt.id):\(event.id)", kind: .hearing,
            date: max(event.received, hearing.adding(days: -rules.number(.hearingNotice))),
            eventDate: hearing,
            debtID: debt.id, severity: left <= 1 ? .danger : .warning, amount: nil,
            message: LocalizedText(
              en:
                "\(debt.name): court hearing on \(hearing)\(event.caseNumber.isEmpty ? "" : " (\(event.caseNumber))") — attend; not appearing can mean judgment in absence",
              zh:
                "\(debt.name)：\(hearing) 开庭\(event.caseNumber.isEmpty ? "" : "（\(event.caseNumber)）") — 请按时出庭，缺席可能被缺席判决"
            )))
      }
    }
    return out
  }
}
