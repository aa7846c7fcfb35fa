/// The letters DebtDeck drafts from a debt's facts.
public enum LetterKind: String, CaseIterable, Sendable, Codable {
  /// 协商还款申请
  case negotiation
  /// 困难情况说明
  case hardship
  /// 信用卡个性化分期申请
  case cardInstallment = "card-installment"
  /// 减免罚息及费用申请
  case waiver
  /// 停止联系第三方的要求
  case stopThirdParty = "stop-third-party"
  /// 征信异议申请
  case creditObjection = "credit-objection"
  /// 投诉材料（时间线、违规记录、证据校验值、渠道）
  case complaint
  /// 口头约定书面确认函: what was agreed on a call, to be confirmed in writing
  case confirmation
  /// 支付令异议书
  case paymentOrderObjection = "payment-order-objection"
  /// 民事答辩状（提纲）
  case defence
  /// 缓交/减交/免交诉讼费申请
  case courtFeeRelief = "court-fee-relief"
  /// 执行和解方案
  case enforcementSettlement = "enforcement-settlement"

  /// The letters that fit a debt of `kind` before any court paper: the personalised-installment
  /// request (credit-card measures art. 70) is for credit cards only.
  public static func available(for kind: ProductKind) -> [LetterKind] {
    allCases.filter { ($0 != .cardInstallment || kind == .creditCard) && $0.courtEvents.isEmpty }
  }

  /// The letters that fit a debt and its case file: those of `available(for:caseFile:)`, and each
  /// court letter once a court event it answers is recorded (received by `today`).
  public static func available(for debt: Debt, caseFile: CaseFile?, today: LocalDate) -> [LetterKind] {
    let recorded = Set((caseFile?.courtEvents ?? []).filter { $0.received <= today }.map(\.kind))
    return allCases.filter {
      $0.courtEvents.isEmpty ? $0.fits(debt, caseFile: caseFile) : !$0.courtEvents.isDisjoint(with: recorded)
    }
  }

  /// The court events a court letter answers (empty for the other letters).
  public var courtEvents: Set<CourtEventKind> {
    switch self {
    case .paymentOrderObjection: return [.paymentOrder]
    case .defence: return [.summons, .smallClaims]
    case .courtFeeRelief: return [.judgment]
    case .enforcementSettlement: return [.enforcement]
    default: return []
    }
  }

  public var title: LocalizedText {
    switch self {
    case .negotiation: return LocalizedText(en: "Request to negotiate repayment", zh: "协商还款申请")
    case .hardship: return LocalizedText(en: "Hardship statement", zh: "困难情况说明")
    case .cardInstallment:
      return LocalizedText(en: "Request for a personalised installment plan", zh: "个性化分期还款申请")
    case .waiver: return LocalizedText(en: "Request to waive penalty interest and fees", zh: "减免罚息及费用申请")
    case .stopThirdParty:
      return LocalizedText(en: "Request to stop contacting third parties", zh: "要求停止联系第三方的函")
    case .creditObjection: return LocalizedText(en: "Credit report objection", zh: "征信异议申请")
    case .complaint: return LocalizedText(en: "Complaint dossier", zh: "投诉材料")
    case .confirmation:
      return LocalizedText(en: "Request to confirm our agreement in writing", zh: "口头约定书面确认函")
    case .paymentOrderObjection: return LocalizedText(en: "Objection to a payment order", zh: "支付令异议书")
    case .defence: return LocalizedText(en: "Defence to a lawsuit (outline)", zh: "民事答辩状（提纲）")
    case .courtFeeRelief:
      return LocalizedText(
        en: "Application to defer, reduce or waive court fees", zh: "缓交、减交、免交诉讼费申请书")
    case .enforcementSettlement:
      return LocalizedText(en: "Settlement proposal in enforcement", zh: "执行和解方案")
    }
  }
}

/// How a letter is written out.
public enum LetterFormat: String, CaseIterable, Sendable {
  case text, markdown
}

/// A drafted letter: blocks of text, rendered as plain text or Markdown.
public struct Letter: Hashable, Sendable {
  public enum Block: Hashable, Sendable {
    case heading(String)
    case paragraph(String)
    case bullets([String])
  }

  public let kind: LetterKind
  public let title: String
  public let blocks: [Block]

  public func render(_ format: LetterFormat) -> String {
    var out: [String] = []
    out.append(format == .markdown ? "# \(title)" : title)
    for block in blocks {
      out.append("")
      switch block {
      case .heading(let h): out.append(format == .markdown ? "## \(h)" : "■ \(h)")
      case .paragraph(let p): out.append(p)
      case .bullets(let items): out += items.map { "- \($0)" }
      }
    }
    return out.joined(separator: "\n") + "\n"
  }
}
