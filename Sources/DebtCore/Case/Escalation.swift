/// The typical collection ladder (DOMAIN.md §3): what usually happens, and roughly when, counted in
/// days past the due date. Order and timing vary by lender; it is shown as typical, never as certain.
public struct EscalationStep: Hashable, Sendable {
  public let title: LocalizedText
  /// Typically from this many days past due (negative: before the due date)…
  public let fromDay: Int
  /// …and at the latest until (nil: from then on).
  public let toDay: Int?
  public let note: LocalizedText
}

public enum Escalation {
  public static let ladder: [EscalationStep] = [
    EscalationStep(
      title: LocalizedText(en: "SMS and app reminders", zh: "短信和 App 提醒"), fromDay: -3, toDay: 0,
      note: LocalizedText(en: "before and on the due day", zh: "到期前和到期当天")),
    EscalationStep(
      title: LocalizedText(en: "Overdue SMS, repeated", zh: "逾期短信，反复发送"), fromDay: 1, toDay: 30,
      note: LocalizedText(en: "from the first day late", zh: "逾期第一天起")),
    EscalationStep(
      title: LocalizedText(en: "Calls from the lender's collection staff", zh: "贷款机构催收人员来电"), fromDay: 3,
      toDay: 90, note: LocalizedText(en: "usually within the first weeks", zh: "通常在逾期头几周开始")),
    EscalationStep(
      title: LocalizedText(en: "E-mail and written letters", zh: "邮件和书面催收函"), fromDay: 30, toDay: 90,
      note: LocalizedText(
        en: "stating the amount and the consequences", zh: "写明金额和后果（挂号信/快递）")),
    EscalationStep(
      title: LocalizedText(en: "Passed to a collection agency", zh: "委托第三方催收机构"), fromDay: 61, toDay: nil,
      note: LocalizedText(en: "often after M2", zh: "多在 M2 之后")),
    EscalationStep(
      title: LocalizedText(en: "Home visit to verify (rare)", zh: "上门核实（少见）"), fromDay: 91, toDay: nil,
      note: LocalizedText(
        en: "large amounts, over ~3 months, or a borrower who cannot be reached",
        zh: "金额较大、逾期约 3 个月以上，或联系不上时")),
    EscalationStep(
      title: LocalizedText(en: "Legal action: lawsuit, court order, enforcement", zh: "法律程序：起诉、判决、强制执行"),
      fromDay: 91, toDay: nil,
      note: LocalizedText(en: "mostly after long non-payment", zh: "多在长期未还之后")),
  ]

  /// Where a debt `daysPastDue` days late stands on the ladder.
  public enum Position: Hashable, Sendable {
    case passed, now, ahead(inDays: Int)
  }

  public static func position(of step: EscalationStep, daysPastDue: Int) -> Position {
    if daysPastDue < step.fromDay { return .ahead(inDays: step.fromDay - daysPastDue) }
    if let to = step.toDay, daysPastDue > to { return .passed }
    return .now
  }

  /// Where a debt stands on the ladder once its case file records a court event: legal action has
  /// begun whatever the days past due, and nothing before it is still "ahead".
  public static func position(of step: EscalationStep, daysPastDue: Int, inCourt: Bool) -> Position {
    guard inCourt else { return position(of: step, daysPastDue: daysPastDue) }
    if step == ladder.last { return .now }
    if case .ahead = position(of: step, daysPastDue: daysPastDue) { return .passed }
    return position(of: step, daysPastDue: daysPastDue)
  }

  /// The next step that typically has not started yet, and in how many days (none once in court:
  /// the court ladder says what comes next).
  public static func next(daysPastDue: Int, inCourt: Bool = false) -> (step: EscalationStep, inDays: Int)? {
    guard !inCourt else { return nil }
    for step in ladder {
      if case .ahead(let days) = position(of: step, daysPastDue: daysPastDue) { return (step, days) }
    }
    return nil
  }
}
