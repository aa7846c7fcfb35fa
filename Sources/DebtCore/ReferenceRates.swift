/// The lines a debt's true cost is compared against. Each has a scope: none of them makes a loan
/// "illegal" by itself, and the app never says so.
public struct ReferenceLine: Hashable, Sendable {
  public let rate: Double
  public let label: LocalizedText
  public let scope: LocalizedText
}

/// The one-year Loan Prime Rate history (date it took effect → rate), editable in settings.
/// Default values as published by the National Interbank Funding Center; verify before relying.
public struct LPRTable: Hashable, Sendable, Codable {
  public struct Entry: Hashable, Sendable, Codable {
    public let from: LocalDate
    /// Percent, e.g. "3.85".
    public let percent: String
  }

  public var entries: [Entry]

  public init(entries: [Entry]) { self.entries = entries.sorted { $0.from < $1.from } }

  public static let standard = LPRTable(
    entries: [
      ("2019-08-20", "4.25"), ("2019-09-20", "4.20"), ("2019-11-20", "4.15"), ("2020-02-20", "4.05"),
      ("2020-04-20", "3.85"), ("2021-12-20", "3.80"), ("2022-01-20", "3.70"), ("2022-08-22", "3.65"),
      ("2023-06-20", "3.55"), ("2023-08-21", "3.45"), ("2024-07-22", "3.35"), ("2024-10-21", "3.10"),
      ("2025-05-20", "3.00"),
    ].compactMap { date, percent in (try? LocalDate(iso: date)).map { Entry(from: $0, percent: percent) } })

  /// The one-year LPR in force on `date` (as a fraction), or nil before the table starts.
  public func rate(on date: LocalDate) -> Double? {
    guard let entry = entries.last(where: { $0.from <= date }) else { return nil }
    return Double(entry.percent).map { $0 / 100 }
  }

  /// 4 × LPR at the contract date, 24% and 36%, each with its scope.
  public func referenceLines(contractDate: LocalDate) -> [ReferenceLine] {
    var lines: [ReferenceLine] = []
    if let lpr = rate(on: contractDate) {
      lines.append(
        ReferenceLine(
          rate: 4 * lpr,
          label: LocalizedText(en: "4 × LPR at the contract date", zh: "合同成立时 LPR 的 4 倍"),
          scope: LocalizedText(
            en:
              "the ceiling courts protect for private lending; licensed lenders (banks, consumer finance) are not bound by it",
            zh: "法院保护民间借贷利率的上限；持牌机构（银行、消费金融公司）不受此限")))
    }
    lines.append(
      ReferenceLine(
        rate: 0.24, label: LocalizedText(en: "24%", zh: "24%"),
        scope: LocalizedText(
          en: "regulators' informal guidance to consumer-finance companies", zh: "监管对消费金融公司的窗口指导（非正式）")))
    lines.append(
      ReferenceLine(
        rate: 0.36, label: LocalizedText(en: "36%", zh: "36%"),
        scope: LocalizedText(en: "the line of the 2017 cash-loan notice", zh: "2017 年现金贷通知中的界线")))
    return lines
  }
}
