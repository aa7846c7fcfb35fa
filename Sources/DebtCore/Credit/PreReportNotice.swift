/// Whether the lender told the borrower before reporting negative information to the credit
/// reference center, as 征信业管理条例 art. 15 requires — as the borrower recorded it.
public struct PreReportNotice: Hashable, Sendable, Codable {
  public enum Given: String, Hashable, Sendable, Codable, CaseIterable {
    case yes, no, unknown
  }

  public var given: Given
  /// When the notice came (for `yes`), or when the borrower checked (for `no`, `unknown`).
  public var on: LocalDate?

  public init(given: Given, on: LocalDate? = nil) {
    self.given = given
    self.on = on
  }

  /// One line for the case: what was recorded, and what it means (the article from `rules`).
  public func text(rules: RuleBook) -> LocalizedText {
    let day = on.map { " (\($0))" } ?? ""
    let cite = rules[.creditPreReportNotice].cite ?? rules[.creditPreReportNotice].meaning
    switch given {
    case .yes:
      return LocalizedText(
        en: "the lender notified you before reporting\(day)", zh: "贷款机构在报送前已通知你\(day)")
    case .no:
      return LocalizedText(
        en:
          "no notice before reporting\(day) — the lender must notify first (\(cite.en)): a point for an objection or complaint",
        zh: "报送前未获通知\(day) — 机构应先行告知（\(cite.zh)）：可作为异议或投诉理由")
    case .unknown:
      return LocalizedText(
        en:
          "not known whether the lender notified you before reporting\(day) — check SMS, app messages and letters",
        zh: "不清楚报送前是否获通知\(day) — 请查看短信、App 消息和信件")
    }
  }
}
