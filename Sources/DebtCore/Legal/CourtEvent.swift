/// A court paper or step recorded in a debt's case file, with the day it was received.
public struct CourtEvent: Hashable, Sendable, Codable, Identifiable {
  /// `k1`, `k2`, … within the case file; set when the event is added.
  public internal(set) var id: String
  public var kind: CourtEventKind
  /// The day the paper was received (served), or the day of the judgment, ruling or agreement.
  public var received: LocalDate
  /// The court's case number (案号), as printed.
  public var caseNumber: String
  public var hearing: LocalDate?
  /// The court's name as printed on the paper (nil when not recorded; letters leave a blank).
  public var court: String?

  public init(
    kind: CourtEventKind, received: LocalDate, caseNumber: String = "", hearing: LocalDate? = nil,
    court: String? = nil
  ) {
    id = ""
    self.kind = kind
    self.received = received
    self.caseNumber = caseNumber
    self.hearing = hearing
    self.court = court
  }

  /// The last day to act, or nil for an event without a period (small claims, enforcement).
  public func deadline(rules: RuleBook, calendar: CourtCalendar = .china) -> LocalDate? {
    kind.period.map { calendar.lastDay(received: received, days: rules.number($0)) }
  }

  /// "N days left, until DATE", "last day today", or, once passed, where to get help at once.
  public func countdown(rules: RuleBook, today: LocalDate) -> LocalizedText? {
    guard let due = deadline(rules: rules) else { return nil }
    let left = today.days(to: due)
    let help = rules.phone(.legalAidLine)
    if left < 0 {
      return LocalizedText(
        en: "the deadline was \(due) — get legal help now (\(help))", zh: "期限 \(due) 已过 — 请立即寻求法律帮助（\(help)）")
    }
    if left == 0 { return LocalizedText(en: "last day today (\(due))", zh: "今天（\(due)）是最后一天") }
    return LocalizedText(
      en: left == 1 ? "1 day left, until \(due)" : "\(left) days left, until \(due)",
      zh: "还剩 \(left) 天，截至 \(due)")
  }
}

extension CourtEvent {
  /// The countdown in a few words: "15 days left", "last day today", "deadline passed".
  public func shortCountdown(rules: RuleBook, today: LocalDate) -> LocalizedText? {
    guard let due = deadline(rules: rules) else { return nil }
    let left = today.days(to: due)
    if left < 0 { return LocalizedText(en: "deadline passed", zh: "期限已过") }
    if left == 0 { return LocalizedText(en: "last day today", zh: "今天是最后一天") }
    return LocalizedText(en: left == 1 ? "1 day left" : "\(left) days left", zh: "还剩 \(left) 天")
  }
}

/// The kinds of court event and what each asks of the borrower.
public enum CourtEventKind: String, Sendable, Codable, CaseIterable {
  case paymentOrder = "payment-order"
  case summons
  case smallClaims = "small-claims"
  case judgment
  case ruling
  case mediation
  case enforcement

  /// The rule that gives the period to act in.
  public var period: RuleID? {
    switch self {
    case .paymentOrder: return .paymentOrderObjection
    case .summons: return .summonsAnswer
    case .judgment: return .judgmentAppeal
    case .ruling: return .rulingAppeal
    case .mediation: return .mediationConfirmation
    case .smallClaims, .enforcement: return nil
    }
  }

  public var label: LocalizedText {
    switch self {
    case .paymentOrder: return LocalizedText(en: "payment order (支付令)", zh: "支付令")
    case .summons: return LocalizedText(en: "lawsuit served (起诉状副本 / summons)", zh: "起诉状副本 / 传票")
    case .smallClaims: return LocalizedText(en: "small-claims procedure (小额诉讼)", zh: "小额诉讼程序")
    case .judgment: return LocalizedText(en: "first-instance judgment (判决)", zh: "一审判决")
    case .ruling: return LocalizedText(en: "ruling (裁定)", zh: "裁定")
    case .mediation: return LocalizedText(en: "mediation agreement (诉前调解)", zh: "诉前调解协议")
    case .enforcement: return LocalizedText(en: "enforcement (执行)", zh: "强制执行")
    }
  }

  /// What to do before the deadline (or, without one, what to know).
  public var action: LocalizedText {
    switch self {
    case .paymentOrder:
      return LocalizedText(
        en:
          "pay, or file a written objection (支付令异议书) with the court; without one the order becomes enforceable",
        zh: "清偿，或向法院提交书面支付令异议书；不提异议，支付令即可被强制执行")
    case .summons:
      return LocalizedText(
        en:
          "file an answer (答辩状) and any jurisdiction objection; attend the hearing — not appearing can mean judgment in absence",
        zh: "提交答辩状，如有管辖权异议一并提出；按时出庭 — 不出庭可能被缺席判决")
    case .smallClaims:
      return LocalizedText(
        en: "small claims are final at first instance, with no appeal: prepare your evidence and attend",
        zh: "小额诉讼一审终审，不能上诉：准备好证据并出庭")
    case .judgment:
      return LocalizedText(
        en: "decide whether to appeal; court fees can be deferred, reduced or waived on hardship",
        zh: "决定是否上诉；经济困难可申请缓交、减交或免交诉讼费")
    case .ruling:
      return LocalizedText(en: "decide whether to appeal the ruling", zh: "决定是否对裁定上诉")
    case .mediation:
      return LocalizedText(
        en:
          "a mediation agreement confirmed by the court is directly enforceable: agree only to what you can pay",
        zh: "经司法确认的调解协议可直接申请强制执行：只答应自己付得起的金额")
    case .enforcement:
      return LocalizedText(
        en:
          "living necessities of you and your dependants are protected; the 失信 list is for those able to pay who refuse or evade, not for being unable; 限制消费 is a separate measure; paying late after a judgment costs double interest",
        zh: "本人及所扶养家属的生活必需品受保护；失信名单针对有能力而拒不履行、规避执行者，不针对无力偿还；限制消费是另一项措施；判决后迟延履行须付加倍利息")
    }
  }
}

extension CourtEventKind {
  /// The stage a debt is in once this event is recorded.
  public var stage: Stage {
    switch self {
    case .paymentOrder, .summons, .smallClaims, .mediation: return .inCourt
    case .judgment, .ruling: return .judgment
    case .enforcement: return .enforcement
    }
  }
}

extension CaseFile {
  /// The court stage on `today`: the most advanced stage of the events received by then, nil
  /// when none is.
  public func courtStage(on today: LocalDate) -> Stage? {
    courtEvents.filter { $0.received <= today }.map(\.kind.stage).max()
  }

  /// The latest event of one of `kinds` received by `today`: the one a letter or guide step is about.
  public func latestCourtEvent(_ kinds: Set<CourtEventKind>, on today: LocalDate) -> CourtEvent? {
    courtEvents.last { kinds.contains($0.kind) && $0.received <= today }
  }
}
