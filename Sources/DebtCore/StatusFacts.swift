/// The facts of a debt's status on a day, labelled, in the order every view lists them (the
/// detail screen and `debtdeck show` alike): one wording for one figure.
public enum StatusFacts {
  public enum Tone: Sendable { case plain, stage, danger }

  public struct Fact: Sendable {
    public let label: LocalizedText
    public let value: LocalizedText
    public let tone: Tone
  }

  /// "Penalty owed": accrued and not yet paid. "Penalty accrued": all of it so far, paid or not.
  public static let penaltyOwed = LocalizedText(en: "Penalty owed", zh: "未还罚息")
  public static let penaltyAccrued = LocalizedText(en: "Penalty accrued", zh: "累计罚息")

  public static func facts(_ debt: Debt, _ s: DebtStatus, today: LocalDate) -> [Fact] {
    let money = { (m: Int64) in Money.format(m, debt.currency) }
    let same = { (text: String) in LocalizedText(en: text, zh: text) }
    var out: [Fact] = []
    let days = s.daysPastDue
    let stage =
      s.isLate || s.scheduleStage.isLate && s.stage != s.scheduleStage
      ? LocalizedText(
        en: "\(s.stage.label.en) (\(days == 1 ? "1 day" : "\(days) days") past due)",
        zh: "\(s.stage.label.zh)（逾期 \(days) 天）")
      : s.stage.label
    out.append(Fact(label: LocalizedText(en: "Stage", zh: "状态"), value: stage, tone: .stage))
    out.append(
      Fact(label: LocalizedText(en: "Paid so far", zh: "已还"), value: same(money(s.paidTotal)), tone: .plain))
    out.append(
      Fact(
        label: LocalizedText(en: "To settle today", zh: "今日结清需"), value: same(money(s.payoffAmount)),
        tone: .plain))
    if s.scheduleStage.isLate {
      out.append(
        Fact(
          label: LocalizedText(en: "Overdue amount", zh: "逾期金额"), value: same(money(s.overdueAmount)),
          tone: .danger))
    }
    if s.penalty > 0 || s.scheduleStage.isLate {
      out.append(Fact(label: penaltyOwed, value: same(money(s.penalty)), tone: .danger))
    }
    if s.penaltyAccrued > 0 {
      out.append(Fact(label: penaltyAccrued, value: same(money(s.penaltyAccrued)), tone: .plain))
    }
    if s.fees > 0 {
      out.append(
        Fact(
          label: LocalizedText(en: "Late fees owed", zh: "未还违约金"), value: same(money(s.fees)), tone: .danger))
    }
    if let next = s.nextPayment {
      let n = today.days(to: next.date)
      let when =
        n == 0
        ? LocalizedText(en: "today", zh: "今天")
        : n == 1 ? LocalizedText(en: "tomorrow", zh: "明天") : LocalizedText(en: "in \(n) days", zh: "\(n) 天后")
      let agreed = next.installment == nil
      out.append(
        Fact(
          label: agreed
            ? LocalizedText(en: "Next agreed payment", zh: "下次协议还款")
            : LocalizedText(en: "Next due", zh: "下次还款"),
          value: LocalizedText(
            en: "\(next.date) (\(when.en))  \(money(next.amount))",
            zh: "\(next.date)（\(when.zh)）  \(money(next.amount))"),
          tone: .plain))
      if let warning = ChinaCalendar.holidayPaymentWarning(next.date) {
        out.append(Fact(label: LocalizedText(en: "Holiday", zh: "节假日"), value: warning, tone: .danger))
      }
    }
    return out
  }
}
