/// A warning sign of a scam aimed at people in debt (police, PBOC and consumer-association
/// warnings), found in a contact entry. Each says what to do instead.
public enum ScamFlag: String, Sendable, Codable, CaseIterable {
  /// Transfer money to a personal, "safe" or "reversal" (安全/冲正) account.
  case transferToPersonalAccount = "transfer-to-personal-account"
  /// Install a screen-sharing or meeting app.
  case screenSharing = "screen-sharing"
  /// "Cancel your (student-loan) account or your credit report suffers" (注销账户).
  case cancelAccount = "cancel-account"
  /// Pay to fix, clean or delete credit-report records (征信修复): always a scam.
  case creditRepairFee = "credit-repair-fee"
  /// A paid agent for 停息挂账 / 反催收 / "法务".
  case paidAgent = "paid-agent"
  /// Someone who says they are the police, a court or a regulator.
  case claimsAuthority = "claims-authority"
  /// A 律师函 presented as a court paper.
  case lawyerLetterAsCourtPaper = "lawyer-letter-as-court-paper"
  /// An SMS that claims to be from a court and carries a link.
  case courtSMSLink = "court-sms-link"

  public var label: LocalizedText {
    switch self {
    case .transferToPersonalAccount:
      return LocalizedText(en: "asks for a transfer to a personal or “safe” account", zh: "要求转账到个人账户或“安全账户”")
    case .screenSharing:
      return LocalizedText(en: "asks you to share your screen or install an app", zh: "要求屏幕共享或下载软件")
    case .cancelAccount:
      return LocalizedText(en: "“cancel your account or your credit suffers”", zh: "“注销账户，否则影响征信”")
    case .creditRepairFee: return LocalizedText(en: "paid credit-report repair", zh: "收费“征信修复”")
    case .paidAgent: return LocalizedText(en: "paid debt agent (停息挂账/反催收/法务)", zh: "收费代理（停息挂账/反催收/法务）")
    case .claimsAuthority:
      return LocalizedText(en: "says they are police, a court or a regulator", zh: "自称公安、法院或监管部门")
    case .lawyerLetterAsCourtPaper:
      return LocalizedText(en: "a lawyer's letter shown as a court paper", zh: "把律师函说成法院文书")
    case .courtSMSLink: return LocalizedText(en: "a “court” SMS with a link", zh: "自称法院的短信带链接")
    }
  }

  /// What to do instead, with the numbers from the rule book.
  public func instead(_ rules: RuleBook) -> LocalizedText {
    let court = rules.phone(.courtVerifyLine)
    let fraud = rules.phone(.fraudLine)
    let police = rules.phone(.policeLine)
    switch self {
    case .transferToPersonalAccount:
      return LocalizedText(
        en:
          "Do not transfer. Hang up and call the lender's official number from its own app; pay only through the lender's app or account. Fraud: \(fraud).",
        zh: "不要转账。挂断后用贷款机构官方 App 里的官方电话核实；只通过官方 App 或官方账户还款。反诈：\(fraud)。")
    case .screenSharing:
      return LocalizedText(
        en:
          "Never share your screen or install an app for a caller. Hang up; call the lender's official number. Fraud: \(fraud).",
        zh: "不要为来电者共享屏幕或安装软件。挂断，拨打贷款机构官方电话。反诈：\(fraud)。")
    case .cancelAccount:
      return LocalizedText(
        en:
          "No one needs to “cancel” an account to protect your credit report. Hang up; check with the lender's official number. Fraud: \(fraud).",
        zh: "不存在“注销账户才能保护征信”。挂断，用官方电话向贷款机构核实。反诈：\(fraud)。")
    case .creditRepairFee:
      return LocalizedText(
        en:
          "Accurate records cannot be deleted for a fee. Object to a wrong record for free (credit-report objection letter). Fraud: \(fraud).",
        zh: "真实记录不能花钱删除。错误记录可免费提出征信异议（见异议申请书）。反诈：\(fraud)。")
    case .paidAgent:
      return LocalizedText(
        en:
          "Negotiate with the lender yourself — it is free; agents take fees and your data. Free legal help: \(rules.phone(.legalAidLine)).",
        zh: "自己直接与贷款机构协商，免费；代理会收费并拿走你的资料。免费法律咨询：\(rules.phone(.legalAidLine))。")
    case .claimsAuthority:
      return LocalizedText(
        en:
          "Police, courts and regulators never ask for money by phone. Verify a court paper through \(court) or the court's online service; fraud \(fraud), threats \(police).",
        zh: "公安、法院和监管部门不会电话要钱。法院文书通过 \(court) 或人民法院在线服务核实；诈骗拨 \(fraud)，威胁拨 \(police)。")
    case .lawyerLetterAsCourtPaper:
      return LocalizedText(
        en: "A 律师函 is a letter from a law firm, not a court paper. Check for a real case through \(court).",
        zh: "律师函是律师事务所的信函，不是法院文书。可通过 \(court) 查询是否真有案件。")
    case .courtSMSLink:
      return LocalizedText(
        en:
          "Real courts do send SMS with links — verify before you click: call \(court) or open the court's online service yourself.",
        zh: "法院确实会发带链接的短信 — 点击前先核实：拨打 \(court) 或自己打开人民法院在线服务。")
    }
  }
}
