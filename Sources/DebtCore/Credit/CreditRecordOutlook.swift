/// What the credit report (征信) probably shows for one debt and until when. Negative information
/// is kept for the rule book's years from the **end** of the default (征信业管理条例 art. 16) — not
/// from its start — so while a debt stays overdue the end date moves a day with every day.
public enum CreditRecordOutlook: Hashable, Sendable {
  /// The lender does not report (per the debt's setting; verify with the lender).
  case notReported
  /// No overdue now, and none just before it was settled.
  case noNegative
  /// Overdue since `since`: if settled today, the record would go on `earliestDeletion`.
  case open(since: LocalDate, earliestDeletion: LocalDate)
  /// The default ended when the debt was settled on `endedOn`; the record goes on `deletion`.
  case ended(endedOn: LocalDate, deletion: LocalDate)

  public init(debt: Debt, status: DebtStatus, payments: [Payment], rules: RuleBook) {
    let years = rules.number(.creditRetention)
    guard debt.reportsToCreditBureau else {
      self = .notReported
      return
    }
    if status.isLate, let since = status.lateSince {
      self = .open(since: since, earliestDeletion: status.asOf.adding(months: years * 12))
      return
    }
    // Settled: was it overdue the day before the payment that settled it?
    if status.stage == .settled, let last = payments.map(\.date).max() {
      let before = DebtStatus(
        debt: debt, payments: payments.filter { $0.date < last }, asOf: last.adding(days: -1))
      if before.isLate {
        self = .ended(endedOn: last, deletion: last.adding(months: years * 12))
        return
      }
    }
    self = .noNegative
  }

  public var text: LocalizedText {
    switch self {
    case .notReported:
      return LocalizedText(
        en: "not reported to 征信 (per this debt's setting; verify)", zh: "不报送征信（按本债务设置；请核实）")
    case .noNegative: return LocalizedText(en: "no overdue record expected", zh: "预计无逾期记录")
    case .open(let since, let deletion):
      return LocalizedText(
        en:
          "overdue since \(since); kept until at least \(deletion) — the date moves each day until it is settled",
        zh: "自 \(since) 起逾期；至少保留到 \(deletion) — 结清前此日期每天后移")
    case .ended(let on, let deletion):
      return LocalizedText(
        en:
          "the overdue ended when settled on \(on); the record should be deleted on \(deletion) — get a 结清证明 and check the report shows 结清",
        zh: "\(on) 结清，逾期终止；记录应于 \(deletion) 删除 — 请索取结清证明并核对征信显示“结清”")
    }
  }
}
