extension PlanResult {
  /// What a what-if plan changes against the plan without it: when the debts are paid off and the
  /// interest saved. Says so when the month stays the same, rather than "in X instead of X".
  public func whatIf(against without: PlanResult, currency: Currency) -> LocalizedText {
    let date = debtFreeDate.map { $0.yearMonth } ?? "—"
    let before = without.debtFreeDate.map { $0.yearMonth } ?? "—"
    let saved = Money.format(without.totalInterest - totalInterest, currency)
    if date == before {
      return LocalizedText(
        en: "What-if: still debt-free in \(date), \(saved) less interest",
        zh: "假设成立：仍于 \(date) 还清，利息少 \(saved)")
    }
    return LocalizedText(
      en: "What-if: debt-free in \(date) instead of \(before), \(saved) less interest",
      zh: "假设成立：\(date) 还清（原为 \(before)），利息少 \(saved)")
  }
}
