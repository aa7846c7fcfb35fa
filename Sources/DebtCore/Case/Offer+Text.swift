extension Offer {
  /// "25" or "never" (the offer does not cover a month's interest).
  static func count(_ months: Int?) -> LocalizedText {
    months.map { LocalizedText(en: "\($0)", zh: "\($0)") } ?? LocalizedText(en: "never", zh: "无法还清")
  }

  /// The monthly rate as a percentage with two decimals, e.g. "1.52".
  var monthlyRatePercent: String {
    let hundredths = RateFraction(
      numerator: monthlyRate.numerator * 10_000, denominator: monthlyRate.denominator
    )
    .of(1)
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)"
  }

  /// The offer's sum and both assumptions, for the case report and the hardship letter.
  public func lines(money: (Int64) -> String) -> [LocalizedText] {
    var out = [
      LocalizedText(
        en:
          "income \(money(inputs.monthlyIncome)) − essentials \(money(inputs.essentialSpending)) − reserve \(money(inputs.reserve)) − other debts this month \(money(otherMinimums)) − their arrears \(money(otherArrears)) = \(money(available))",
        zh:
          "收入 \(money(inputs.monthlyIncome)) − 必要开支 \(money(inputs.essentialSpending)) − 应急储备 \(money(inputs.reserve)) − 其他债务本月应还 \(money(otherMinimums)) − 其他债务逾期 \(money(otherArrears)) = \(money(available))"
      )
    ]
    guard !isShortfall else { return out }
    let r = monthlyRatePercent
    out.append(
      LocalizedText(
        en:
          "offer \(money(monthly)) a month; with penalty and fees waived (\(money(owedIfWaived))): \(Offer.count(monthsIfWaivedWithInterest).en) months if the contract interest keeps running (\(r)% a month), \(Offer.count(monthsIfWaived).en) if the lender stops it",
        zh:
          "每月可还 \(money(monthly))；减免罚息和费用后（\(money(owedIfWaived))）：合同利息继续计收（月 \(r)%）需 \(Offer.count(monthsIfWaivedWithInterest).zh) 期，停止计息需 \(Offer.count(monthsIfWaived).zh) 期"
      ))
    out.append(
      LocalizedText(
        en:
          "without a waiver (\(money(owed))): \(Offer.count(monthsWithInterest).en) months with interest running, \(Offer.count(months).en) if it is stopped",
        zh:
          "不减免（\(money(owed))）：利息继续计收需 \(Offer.count(monthsWithInterest).zh) 期，停止计息需 \(Offer.count(months).zh) 期"
      ))
    out.append(
      LocalizedText(
        en:
          "Assumption: whether interest stops while you pay is the lender's decision; plan on it running unless they agree in writing.",
        zh: "假设说明：还款期间是否停止计息由机构决定；除非对方书面同意，请按继续计息来安排。"))
    return out
  }

  /// One line for the case screen.
  public func shortLine(money: (Int64) -> String) -> LocalizedText {
    if isShortfall {
      return LocalizedText(
        en: "Offer: nothing left each month — ask for a pause", zh: "还款能力：每月无结余 — 先申请缓冲期")
    }
    return LocalizedText(
      en:
        "Offer: \(money(monthly))/month, penalty waived: \(Offer.count(monthsIfWaivedWithInterest).en) months with interest running, \(Offer.count(monthsIfWaived).en) if stopped",
      zh:
        "还款能力：每月 \(money(monthly))，减免罚息后：继续计息 \(Offer.count(monthsIfWaivedWithInterest).zh) 期，停息 \(Offer.count(monthsIfWaived).zh) 期"
    )
  }
}
