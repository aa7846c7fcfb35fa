/// The kind of credit product. It decides sensible defaults (grace days, minimum payment,
/// credit reporting) and what the overdue guide says.
public enum ProductKind: String, Codable, Sendable, CaseIterable {
  case jiebei
  case weilidai
  case huabei
  case creditCard = "credit-card"
  case bankLoan = "bank-loan"
  case privateLoan = "private"
  case other

  public var name: LocalizedText {
    switch self {
    case .jiebei: return LocalizedText(en: "Jiebei", zh: "借呗")
    case .weilidai: return LocalizedText(en: "Weilidai", zh: "微粒贷")
    case .huabei: return LocalizedText(en: "Huabei", zh: "花呗")
    case .creditCard: return LocalizedText(en: "Credit card", zh: "信用卡")
    case .bankLoan: return LocalizedText(en: "Bank loan", zh: "银行贷款")
    case .privateLoan: return LocalizedText(en: "Private loan", zh: "民间借贷")
    case .other: return LocalizedText(en: "Other", zh: "其他")
    }
  }

  /// Whether such a product usually reports to the PBOC credit reference center (verify per lender).
  public var usuallyReportsToCreditBureau: Bool { self != .privateLoan && self != .other }

  /// Typical grace days (宽限期); 0 where none is customary. A per-debt setting; check the contract.
  public var typicalGraceDays: Int {
    switch self {
    case .creditCard, .bankLoan: return 3
    default: return 0
    }
  }

  /// The usual penalty multiplier: 1.5 × the contract rate (PBOC 2003 allows 1.3–1.5; verify).
  /// A private loan with no agreed overdue rate keeps the contract rate after the due date (SPC
  /// private-lending provisions art. 28), so 1.0.
  public var typicalPenaltyMultiplier: Double { self == .privateLoan ? 1.0 : 1.5 }

  public var typicalMethod: RepaymentMethod {
    switch self {
    case .creditCard, .huabei: return .revolving
    case .jiebei, .weilidai, .bankLoan: return .equalInstallment
    case .privateLoan: return .bullet
    case .other: return .equalInstallment
    }
  }

  public var typicalRateBasis: RateBasis {
    switch self {
    case .jiebei, .weilidai, .creditCard, .huabei: return .daily
    case .bankLoan, .privateLoan, .other: return .apr
    }
  }
}

/// How the loan is paid back (DOMAIN.md §2).
public enum RepaymentMethod: String, Codable, Sendable, CaseIterable {
  /// 等额本息: the same total every month.
  case equalInstallment = "equal-installment"
  /// 等额本金: the same principal every month plus interest on what remains.
  case equalPrincipal = "equal-principal"
  /// 先息后本: interest monthly, all principal with the last payment.
  case interestFirst = "interest-first"
  /// 一次性还本付息: everything at maturity.
  case bullet
  /// 分期 (手续费): P/n plus a fee on the original principal every month.
  case flatFee = "flat-fee"
  /// 信用卡/花呗: a statement balance with a minimum payment.
  case revolving

  public var name: LocalizedText {
    switch self {
    case .equalInstallment: return LocalizedText(en: "Equal installments", zh: "等额本息")
    case .equalPrincipal: return LocalizedText(en: "Equal principal", zh: "等额本金")
    case .interestFirst: return LocalizedText(en: "Interest first", zh: "先息后本")
    case .bullet: return LocalizedText(en: "Bullet (all at maturity)", zh: "一次性还本付息")
    case .flatFee: return LocalizedText(en: "Flat-fee installments", zh: "分期（手续费）")
    case .revolving: return LocalizedText(en: "Revolving (minimum payment)", zh: "循环额度（最低还款）")
    }
  }
}
