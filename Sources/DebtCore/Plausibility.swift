/// Checks before recording what a slip of the finger could make wrong: a payment far larger
/// than the debt, dated before it started, or the same as one already recorded; a rate a
/// hundred times too high. The app asks before recording; the command line refuses without
/// `--yes`. One set of rules for both.
public enum Plausibility {
  public enum PaymentConcern: Hashable, Sendable {
    /// More than settles the debt on the payment's day: by how much, and what would settle it.
    case overpays(by: Int64, settles: Int64)
    /// Dated before the debt started.
    case beforeStart(LocalDate)
    /// Dated after today.
    case inFuture(LocalDate)
    /// The same amount on the same day as a payment already recorded.
    case duplicate(of: String)
  }

  /// What looks wrong about recording `payment` (empty when nothing does).
  public static func concerns(
    _ payment: Payment, debt: Debt, payments: [Payment], today: LocalDate
  ) -> [PaymentConcern] {
    var out: [PaymentConcern] = []
    if payment.date > today { out.append(.inFuture(payment.date)) }
    if payment.date < debt.startDate { out.append(.beforeStart(debt.startDate)) }
    let on = max(payment.date, debt.startDate)
    let status = DebtStatus(debt: debt, payments: payments, asOf: on)
    let settles = status.payoffAmount
    if status.stage == .settled {
      out.append(.overpays(by: payment.amount, settles: 0))
    } else if payment.amount > settles {
      out.append(.overpays(by: payment.amount - settles, settles: settles))
    }
    if let same = payments.first(where: { $0.date == payment.date && $0.amount == payment.amount }) {
      out.append(.duplicate(of: same.id))
    }
    return out
  }

  public static func message(_ c: PaymentConcern, currency: Currency) -> LocalizedText {
    let money = { (m: Int64) in Money.format(m, currency) }
    switch c {
    case .overpays(let by, let settles):
      return settles == 0
        ? LocalizedText(
          en: "nothing is owed on this debt; this pays \(money(by)) too much",
          zh: "这笔债务已无欠款；这会多还 \(money(by))")
        : LocalizedText(
          en: "this is \(money(by)) more than settles the debt (\(money(settles)))",
          zh: "这比结清所需（\(money(settles))）多 \(money(by))")
    case .beforeStart(let start):
      return LocalizedText(
        en: "the date is before the debt started (\(start))", zh: "日期早于借款开始日（\(start)）")
    case .inFuture(let d):
      return LocalizedText(en: "the date \(d) is after today", zh: "日期 \(d) 晚于今天")
    case .duplicate(let id):
      return LocalizedText(
        en: "a payment of the same amount on the same day is already recorded (\(id))",
        zh: "同一天已记录过相同金额的还款（\(id)）")
    }
  }

  /// The most a daily rate (in percent) is before it is questioned, and an APR.
  public static let dailyPercentLimit: Int64 = 1
  public static let aprPercentLimit: Int64 = 100

  /// Why a quoted rate looks mistyped (nil when it does not): above 1 % a day or 100 % a year.
  public static func rateConcern(_ rate: Rate) -> LocalizedText? {
    let perPercent = Rate.scale / 100
    let apr = rate.daily.value * 365 * 100
    if rate.basis == .daily && rate.scaled > dailyPercentLimit * perPercent {
      return LocalizedText(
        en: "\(rate.percentText) % a day is \(Int(apr.rounded())) % a year — did you mean a yearly rate?",
        zh: "日利率 \(rate.percentText)% 折合年化 \(Int(apr.rounded()))% — 是否应为年利率？")
    }
    if apr > Double(aprPercentLimit) {
      return LocalizedText(
        en: "this rate is \(Int(apr.rounded())) % a year — please check the quote and its basis",
        zh: "该利率折合年化 \(Int(apr.rounded()))% — 请核对利率及其计息方式")
    }
    return nil
  }
}
