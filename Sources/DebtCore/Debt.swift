/// One loan, card or credit line, as its contract describes it.
///
/// Only the terms are stored; the schedule, balance and stage are derived from the terms, the
/// payments and today, so they can never disagree with each other.
public struct Debt: Hashable, Sendable, Identifiable {
  public var id: String
  public var name: String
  public var lender: String
  public var kind: ProductKind
  public var currency: Currency
  /// Amount borrowed (for revolving credit: the statement balance), in minor units.
  public var principal: Int64
  public var rate: Rate
  /// Fees taken at the start (砍头息, membership, guarantee), in minor units.
  public var upfrontFee: Int64
  public var method: RepaymentMethod
  /// Number of monthly installments (for a bullet loan: months to maturity).
  public var termMonths: Int
  /// The day the money was received.
  public var startDate: LocalDate
  /// Day of the month payments fall due; 29–31 fall on the last day of shorter months.
  public var dueDay: Int
  /// Statement day for cards (账单日), if known.
  public var statementDay: Int?
  /// Days after a due date before penalties and credit reporting begin (宽限期). Verify per contract.
  public var graceDays: Int
  /// Penalty rate = contract rate × this (1.3–1.5 by the 2003 PBOC rule; default 1.5). Verify.
  public var penaltyMultiplier: Double
  /// Whether unpaid penalty itself earns penalty interest, compounded daily (复利). Off unless the
  /// contract says so; off or on, penalty runs on overdue principal and unpaid interest.
  public var compoundPenalty: Bool
  /// How interest accrues over a period: actual days or whole months. Check the contract.
  public var dayCount: DayCount
  /// Whether the lender reports to the PBOC credit reference center (征信).
  public var reportsToCreditBureau: Bool
  /// For revolving credit: the minimum payment as a percentage of the balance (often 10).
  public var minimumPercent: Int
  /// Late fee (违约金) per installment unpaid after grace, in % of what is unpaid; 0 = none.
  public var lateFeePercent: Int
  /// The order a payment pays what is due (default: fees, penalty, interest, principal).
  public var allocationOrder: [AllocationPart]
  public var notes: String
  public var archived: Bool

  public static let defaultAllocationOrder: [AllocationPart] = [.fees, .penalty, .interest, .principal]

  public init(
    id: String, name: String, lender: String, kind: ProductKind, currency: Currency = .cny,
    principal: Int64, rate: Rate, upfrontFee: Int64 = 0, method: RepaymentMethod, termMonths: Int,
    startDate: LocalDate, dueDay: Int, statementDay: Int? = nil, graceDays: Int? = nil,
    penaltyMultiplier: Double? = nil, compoundPenalty: Bool = false,
    reportsToCreditBureau: Bool? = nil, minimumPercent: Int = 10, lateFeePercent: Int = 0,
    allocationOrder: [AllocationPart] = Debt.defaultAllocationOrder, notes: String = "",
    archived: Bool = false, dayCount: DayCount? = nil
  ) {
    self.id = id
    self.name = name
    self.lender = lender
    self.kind = kind
    self.currency = currency
    self.principal = principal
    self.rate = rate
    self.upfrontFee = upfrontFee
    self.method = method
    self.termMonths = termMonths
    self.startDate = startDate
    self.dueDay = dueDay
    self.statementDay = statementDay
    self.graceDays = graceDays ?? kind.typicalGraceDays
    self.penaltyMultiplier = penaltyMultiplier ?? kind.typicalPenaltyMultiplier
    self.compoundPenalty = compoundPenalty
    self.dayCount = dayCount ?? DayCount.typical(for: rate.basis)
    self.reportsToCreditBureau = reportsToCreditBureau ?? kind.usuallyReportsToCreditBureau
    self.minimumPercent = minimumPercent
    self.lateFeePercent = lateFeePercent
    self.allocationOrder = allocationOrder
    self.notes = notes
    self.archived = archived
  }

  /// Everything wrong with these terms, each with the field it concerns. Empty when valid.
  public func problems() -> [FieldProblem] {
    var out: [FieldProblem] = []
    func add(_ field: String, _ en: String, _ zh: String) {
      out.append(FieldProblem(field: field, message: LocalizedText(en: en, zh: zh)))
    }
    if name.trimmingSpaces.isEmpty { add("name", "a name is required", "名称不能为空") }
    if name.count > 200 { add("name", "a name is at most 200 characters", "名称最多 200 个字符") }
    if lender.count > 200 { add("lender", "a lender is at most 200 characters", "机构名称最多 200 个字符") }
    if principal <= 0 { add("principal", "the principal must be more than 0", "本金必须大于 0") }
    if principal > Portfolio.amountLimit {
      add("principal", "the principal is too large", "本金过大")
    }
    if upfrontFee < 0 { add("upfrontFee", "the upfront fee cannot be negative", "前期费用不能为负") }
    if upfrontFee >= principal && principal > 0 {
      add("upfrontFee", "the upfront fee must be less than the principal", "前期费用必须小于本金")
    }
    if !(1...600).contains(termMonths) {
      add("termMonths", "the term must be 1 to 600 months", "期限必须为 1 至 600 个月")
    }
    if !(1...31).contains(dueDay) { add("dueDay", "the due day must be 1 to 31", "还款日必须为 1 至 31") }
    if let s = statementDay, !(1...31).contains(s) {
      add("statementDay", "the statement day must be 1 to 31", "账单日必须为 1 至 31")
    }
    if !(0...90).contains(graceDays) {
      add("graceDays", "grace days must be 0 to 90", "宽限期必须为 0 至 90 天")
    }
    if !(penaltyMultiplier >= 1 && penaltyMultiplier <= 5) {
      add("penaltyMultiplier", "the penalty multiplier must be 1 to 5", "罚息倍数必须为 1 至 5")
    }
    if !(1...100).contains(minimumPercent) {
      add("minimumPercent", "the minimum payment must be 1% to 100%", "最低还款比例必须为 1% 至 100%")
    }
    if !(0...50).contains(lateFeePercent) {
      add("lateFeePercent", "the late fee must be 0% to 50%", "违约金比例必须为 0% 至 50%")
    }
    if Set(allocationOrder).count != AllocationPart.allCases.count
      || allocationOrder.count != AllocationPart.allCases.count
    {
      add(
        "allocationOrder", "the allocation order must name fees, penalty, interest and principal once each",
        "还款冲抵顺序必须包含费用、罚息、利息、本金各一次")
    }
    if (method == .flatFee) != (rate.basis == .flatMonthly) {
      add(
        "rate", "a flat monthly fee goes with the flat-fee method, and only with it",
        "月手续费率只能用于分期（手续费）还款方式")
    }
    if rate.scaled > 10 * Rate.scale && rate.basis == .apr {
      add("rate", "an APR above 1000% is not plausible", "年化利率超过 1000% 不合理")
    }
    return out
  }
}

/// A problem with one field of a record, in both languages.
public struct FieldProblem: Hashable, Sendable {
  public let field: String
  public let message: LocalizedText
}
