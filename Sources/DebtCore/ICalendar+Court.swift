/// Court deadlines and hearings in the calendar file: the last day of each court period still to
/// come (unless its countdown was marked done) and each hearing, with the same alarms as the
/// installments and stable UIDs.
extension ICalendar {
  static func courtEvents(
    portfolio: Portfolio, settings: Settings, today: LocalDate, language: Language, stamp: String
  ) -> [String] {
    var lines: [String] = []
    let rules = settings.legalRules
    for debt in portfolio.debts where !debt.archived {
      for e in portfolio.cases[debt.id]?.courtEvents ?? [] where e.received <= today {
        let number = e.caseNumber.isEmpty ? "" : " \(e.caseNumber)"
        if let due = e.deadline(rules: rules), due >= today,
          portfolio.reminderStates["court:\(debt.id):\(e.id)"] == nil
        {
          let summary = LocalizedText(
            en: "\(debt.name): \(e.kind.label.en) — last day", zh: "\(debt.name)：\(e.kind.label.zh) — 最后一日")(
              language)
          let description = LocalizedText(
            en:
              "Received \(e.received)\(number). \(e.kind.action.en). Not legal advice: verify with the court.",
            zh: "\(e.received) 收到\(number)。\(e.kind.action.zh)。不构成法律意见：请向法院核实。")(language)
          lines += event(
            uid: "debtdeck-\(debt.id)-court-\(e.id)", stamp: stamp, date: due, summary: summary,
            description: description, leads: settings.reminderLeadDays)
        }
        if let hearing = e.hearing, hearing >= today {
          let summary = LocalizedText(
            en: "\(debt.name): court hearing\(number)", zh: "\(debt.name)：开庭\(number)")(language)
          let description = LocalizedText(
            en: "Attend: not appearing can mean judgment in absence.", zh: "请按时出庭：缺席可能被缺席判决。")(language)
          lines += event(
            uid: "debtdeck-\(debt.id)-hearing-\(e.id)", stamp: stamp, date: hearing, summary: summary,
            description: description, leads: settings.reminderLeadDays)
        }
      }
    }
    return lines
  }
}
