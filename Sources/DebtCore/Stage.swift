/// Where a debt stands today. Ordered from calm to serious; `negotiating`, `agreementInForce`
/// and `settled` are states of their own. After M3+ come the court stages, from the case file's
/// court events: `inCourt` (a payment order, a lawsuit, small claims or pre-filing mediation),
/// `judgment` (a judgment or ruling), `enforcement`.
public enum Stage: String, Codable, Sendable, CaseIterable, Comparable {
  case current
  case dueSoon = "due-soon"
  case dueToday = "due-today"
  case inGrace = "in-grace"
  case m1 = "M1"
  case m2 = "M2"
  case m3 = "M3"
  case m3Plus = "M3+"
  case negotiating
  case agreementInForce = "agreement"
  case settled
  case inCourt = "in-court"
  case judgment
  case enforcement

  /// The delinquency bucket for `daysPastDue` ≥ 1: M1 1–30, M2 31–60, M3 61–90, M3+ over 90.
  public static func bucket(daysPastDue d: Int) -> Stage {
    switch d {
    case ...30: return .m1
    case 31...60: return .m2
    case 61...90: return .m3
    default: return .m3Plus
    }
  }

  /// True for the buckets a lender counts as overdue (past any grace period).
  public var isDelinquent: Bool { [.m1, .m2, .m3, .m3Plus].contains(self) }

  /// True when a payment is late, inside grace or beyond.
  public var isLate: Bool { self == .inGrace || isDelinquent }

  /// How serious, for sorting: the worse, the higher.
  public var severity: Int {
    switch self {
    case .settled: return 0
    case .current: return 1
    case .agreementInForce: return 2
    case .dueSoon: return 3
    case .negotiating: return 4
    case .dueToday: return 5
    case .inGrace: return 6
    case .m1: return 7
    case .m2: return 8
    case .m3: return 9
    case .m3Plus: return 10
    case .inCourt: return 11
    case .judgment: return 12
    case .enforcement: return 13
    }
  }

  /// True for the stages a court event gives a debt.
  public var isCourt: Bool { [.inCourt, .judgment, .enforcement].contains(self) }

  public static func < (lhs: Stage, rhs: Stage) -> Bool { lhs.severity < rhs.severity }

  public var label: LocalizedText {
    switch self {
    case .current: return LocalizedText(en: "current", zh: "正常")
    case .dueSoon: return LocalizedText(en: "due soon", zh: "即将到期")
    case .dueToday: return LocalizedText(en: "due today", zh: "今日到期")
    case .inGrace: return LocalizedText(en: "in grace", zh: "宽限期内")
    case .m1: return LocalizedText(en: "M1 overdue", zh: "逾期M1")
    case .m2: return LocalizedText(en: "M2 overdue", zh: "逾期M2")
    case .m3: return LocalizedText(en: "M3 overdue", zh: "逾期M3")
    case .m3Plus: return LocalizedText(en: "M3+ overdue", zh: "逾期M3+")
    case .negotiating: return LocalizedText(en: "negotiating", zh: "协商中")
    case .agreementInForce: return LocalizedText(en: "agreement in force", zh: "协议履行中")
    case .settled: return LocalizedText(en: "settled", zh: "已结清")
    case .inCourt: return LocalizedText(en: "in court", zh: "诉讼中")
    case .judgment: return LocalizedText(en: "judgment", zh: "已判决")
    case .enforcement: return LocalizedText(en: "enforcement", zh: "强制执行")
    }
  }
}
