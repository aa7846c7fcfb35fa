/// "Who can help me for free, now?" — one answer per problem, with the numbers and their hours
/// from the rule book.
public enum FreeHelp {
  public struct Entry: Hashable, Sendable {
    public let problem: LocalizedText
    /// The rule book entry of the number to call, if it is a phone line.
    public let line: RuleID?
    public let what: LocalizedText
  }

  public static let entries: [Entry] = [
    Entry(
      problem: LocalizedText(en: "A court paper, or a lawsuit is coming", zh: "收到法院文书或将被起诉"),
      line: .legalAidLine,
      what: LocalizedText(
        en: "free legal consultation; ask whether you qualify for legal aid (a lawyer who represents you)",
        zh: "免费法律咨询；询问自己是否符合法律援助（由律师代理）条件")),
    Entry(
      problem: LocalizedText(en: "Is this court paper or court SMS real?", zh: "法院文书或短信是真的吗？"),
      line: .courtVerifyLine,
      what: LocalizedText(
        en: "the courts' service line, or the court's online service (人民法院在线服务)", zh: "法院诉讼服务热线，或人民法院在线服务")),
    Entry(
      problem: LocalizedText(en: "Court fees I cannot pay", zh: "付不起诉讼费"), line: nil,
      what: LocalizedText(
        en:
          "ask the court in writing to defer, reduce or waive the fees (缓交/减交/免交诉讼费), with proof of hardship — once a judgment is recorded, `debtdeck letter court-fee-relief` drafts it",
        zh: "向法院书面申请缓交、减交或免交诉讼费，附经济困难证明 — 记录判决后，`debtdeck letter court-fee-relief` 可起草申请书")),
    Entry(
      problem: LocalizedText(en: "The lender or its collectors break the rules", zh: "贷款机构或催收违规"),
      line: .regulatorLine,
      what: LocalizedText(
        en:
          "complain first to the lender, then to the financial regulator (banks, consumer-finance companies)",
        zh: "先向贷款机构投诉，再向金融监管部门投诉（银行、消费金融公司）")),
    Entry(
      problem: LocalizedText(en: "A non-bank platform's service", zh: "非银行平台的服务问题"), line: .marketLine,
      what: LocalizedText(en: "market regulation complaints", zh: "市场监管投诉")),
    Entry(
      problem: LocalizedText(en: "My credit report (征信) is wrong", zh: "征信报告有误"), line: .creditReportLine,
      what: LocalizedText(
        en: "object to the lender or the credit reference center in writing first; then the PBOC branch",
        zh: "先向贷款机构或征信中心书面提出异议；再向人民银行分支机构投诉")),
    Entry(
      problem: LocalizedText(en: "Threats, violence, someone at my door", zh: "威胁、暴力或有人上门"),
      line: .policeLine,
      what: LocalizedText(en: "call the police", zh: "报警")),
    Entry(
      problem: LocalizedText(en: "A possible scam", zh: "疑似诈骗"), line: .fraudLine,
      what: LocalizedText(en: "the anti-fraud line; do not transfer anything", zh: "反诈专线；不要转账")),
  ]
}
