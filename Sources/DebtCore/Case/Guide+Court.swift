/// The guide's steps for court papers: one per recorded event, newest first, each saying what the
/// paper means, how long is left, how to check that it is real, and (where one exists) drafting
/// its letter. The numbers come from the rule book; nothing here is legal advice.
extension Guide {
  /// The step id of a court event's step: `court-k1`.
  public static func courtStepID(_ event: CourtEvent) -> String { "court-\(event.id)" }

  /// A step per court event received by `today`, newest first.
  public static func courtSteps(
    _ file: CaseFile, debtID: String, rules: RuleBook, today: LocalDate
  ) -> [GuideStep] {
    file.courtEvents.filter { $0.received <= today }.reversed().map {
      courtStep($0, debtID: debtID, rules: rules, today: today)
    }
  }

  /// How to check a court paper is real, with the rule book's numbers.
  static func verifyPaper(_ rules: RuleBook) -> LocalizedText {
    LocalizedText(
      en:
        "Check the paper is real: call \(rules.phone(.courtVerifyLine)) or look the case number up in the court's online service (人民法院在线服务); a 律师函 or a collector's SMS is not a court paper, and a court never asks you to pay into a personal account.",
      zh:
        "先核实文书真伪：拨打 \(rules.phone(.courtVerifyLine)) 或在人民法院在线服务中查询案号；律师函或催收短信不是法院文书，法院也不会要求你向个人账户转账。")
  }

  static func courtStep(_ e: CourtEvent, debtID: String, rules: RuleBook, today: LocalDate) -> GuideStep {
    let when = e.shortCountdown(rules: rules, today: today)
    let title = LocalizedText(
      en: e.kind.label.en + (when.map { " — " + $0.en } ?? ""),
      zh: e.kind.label.zh + (when.map { " — " + $0.zh } ?? ""))
    let verify = verifyPaper(rules)
    let aid = rules.phone(.legalAidLine)
    let due = e.deadline(rules: rules)
    let received = LocalizedText(
      en: "Received \(e.received)\(e.caseNumber.isEmpty ? "" : ", case \(e.caseNumber)")"
        + (due.map { "; last day \($0)." } ?? "."),
      zh: "\(e.received) 收到\(e.caseNumber.isEmpty ? "" : "，案号 \(e.caseNumber)")"
        + (due.map { "；最后一日 \($0)。" } ?? "。"))
    let period = e.kind.period.map { rules[$0] }
    let rule = period.map {
      LocalizedText(
        en: " (\($0.number) days, \($0.source), checked \($0.lastVerified))",
        zh: "（\($0.number) 天，\($0.source)，核对于 \($0.lastVerified)）")
    }
    func why(_ en: String, _ zh: String) -> LocalizedText {
      LocalizedText(
        en: received.en + " " + en + (rule?.en ?? "") + " " + verify.en + " Free legal help: \(aid).",
        zh: received.zh + zh + (rule?.zh ?? "") + verify.zh + "免费法律帮助：\(aid)。")
    }
    let markDone = LocalizedText(
      en: "Once it is filed, mark this step done (Space): the daily countdown stops",
      zh: "提交后将此步标记为完成（空格键）：每日倒计时随之停止")
    let keepProof = LocalizedText(
      en: "File it in writing; keep a copy and the proof of delivery (EMS receipt or the court's stamp)",
      zh: "书面提交；保留副本和送达凭证（EMS 回执或法院签收）")
    let checkAmount = LocalizedText(
      en: "Compare the amount claimed with this case's figures (penalty, fees, what you paid)",
      zh: "把对方主张的金额与本档案的数字核对（罚息、费用、已还款）")
    let verifyItem = LocalizedText(
      en: "Verify the case number with the court (\(rules.phone(.courtVerifyLine)))",
      zh: "向法院核实案号（\(rules.phone(.courtVerifyLine))）")
    let id = courtStepID(e)
    let reminder = e.kind.period == nil ? nil : "court:\(debtID):\(e.id)"
    switch e.kind {
    case .paymentOrder:
      return GuideStep(
        id: id, title: title,
        why: why(
          "The lender asked the court to order you to pay. Before the deadline, pay or file a written objection (支付令异议书): a valid objection ends the order and the case becomes an ordinary lawsuit; without one the order can be enforced like a judgment. Say what you dispute about the debt itself (the amount, the interest and fees) — an objection that only says you cannot pay, or asks for installments, may not stop it (verify).",
          "债权人已申请法院向你发出支付令。期限内要么清偿，要么提交书面支付令异议书：异议成立则督促程序终结、转入诉讼；不提异议，支付令即可像判决一样被强制执行。异议应针对债务本身（金额、利息和费用）——只说无力偿还或要求分期，可能无法阻止支付令生效（请核实）。"
        ),
        checklist: [verifyItem, checkAmount, keepProof, markDone], stages: [],
        action: .letter(.paymentOrderObjection), reminderID: reminder)
    case .summons:
      let hearing = e.hearing.map {
        LocalizedText(en: "Hearing on \($0): put it in your calendar and attend", zh: "\($0) 开庭：记入日程并按时出庭")
      }
      return GuideStep(
        id: id, title: title,
        why: why(
          "A lawsuit was filed against you. Before the deadline you may file an answer (答辩状) and, in the same window, object to the court's jurisdiction. Attend the hearing: not appearing can mean judgment in your absence. Bring your records, your offer and proof of hardship; mediation is often offered in court.",
          "对方已起诉。期限内可以提交答辩状，对管辖权有异议的也须在此期间提出。请按时出庭：不出庭可能被缺席判决。带上你的记录、还款方案和困难证明；法院常会组织调解。"),
        checklist: [verifyItem, checkAmount]
          + [hearing ?? LocalizedText(en: "Note the hearing date (on the summons)", zh: "记下开庭日期（见传票）")]
          + [keepProof, markDone], stages: [], action: .letter(.defence), reminderID: reminder)
    case .smallClaims:
      return GuideStep(
        id: id, title: title,
        why: why(
          "The case is heard in the small-claims procedure (小额诉讼): the first judgment is final, with no appeal. Prepare now: your answer, your evidence and your offer, and attend.",
          "案件适用小额诉讼程序：一审终审，不能上诉。现在就准备好答辩、证据和还款方案，并按时出庭。"),
        checklist: [
          verifyItem, checkAmount,
          LocalizedText(en: "Attend: there is no second chance", zh: "务必出庭：没有第二次机会"),
        ], stages: [], action: .letter(.defence), reminderID: reminder)
    case .judgment:
      return GuideStep(
        id: id, title: title,
        why: why(
          "The court decided. Before the deadline you may appeal; after it the judgment takes effect and can be enforced. If you cannot pay the court fees, ask the court in writing to defer, reduce or waive them (缓交/减交/免交诉讼费), with proof of hardship. Paying late after an effective judgment costs double interest on the delay.",
          "法院已作出判决。期限内可以上诉；期满后判决生效并可被强制执行。付不起诉讼费的，可附困难证明书面申请缓交、减交或免交。判决生效后迟延履行，须加倍支付迟延期间的债务利息。"),
        checklist: [
          LocalizedText(en: "Read what the judgment orders, and by when", zh: "看清判决要求支付什么、何时支付"),
          LocalizedText(en: "Decide about an appeal before the deadline", zh: "在期限前决定是否上诉"),
          markDone,
        ], stages: [], action: .letter(.courtFeeRelief), reminderID: reminder)
    case .ruling:
      return GuideStep(
        id: id, title: title,
        why: why(
          "The court issued a ruling (裁定). Before the deadline you may appeal it, where the law allows an appeal.",
          "法院作出了裁定。依法可以上诉的，须在期限内提起。"),
        checklist: [verifyItem, markDone], stages: [], action: .followUp, reminderID: reminder)
    case .mediation:
      return GuideStep(
        id: id, title: title,
        why: why(
          "Pre-filing mediation (诉前调解) is court-led and free. A mediation agreement that the court confirms (司法确认) can be enforced directly, like a judgment: offer only what you can really pay — the offer calculator works it out. Confirmation is asked for within the period below.",
          "诉前调解由法院组织，不收费。经法院司法确认的调解协议可以直接申请强制执行，与判决效力相同：只答应自己真正付得起的金额——还款能力计算会帮你算出来。司法确认须在下述期限内申请。"),
        checklist: [
          LocalizedText(en: "Write down the mediator's name and the case number", zh: "记下调解员姓名和案号"),
          LocalizedText(
            en: "Agree only to an amount the calculator says you can pay", zh: "只答应计算结果显示你付得起的金额"),
          markDone,
        ], stages: [], action: .offerCalculator, reminderID: reminder)
    case .enforcement:
      return GuideStep(
        id: id, title: title,
        why: why(
          "The court is enforcing a judgment. Living necessities of you and your dependants are protected. The 失信 list is for a debtor able to pay who refuses, evades or obstructs — not for being unable; a spending ban (限制消费) is a separate measure. Propose a settlement in enforcement (执行和解) you can keep, through the enforcement judge; if it is broken, enforcement resumes.",
          "法院正在强制执行。本人及所扶养家属的生活必需品受保护。失信名单针对有履行能力而拒不履行、规避或妨碍执行的人，不针对无力偿还；限制消费是另一项措施。可通过执行法官提出自己能履行的执行和解方案；不履行和解协议的，将恢复执行。"
        ),
        checklist: [
          verifyItem,
          LocalizedText(
            en: "List your income and what you and your dependants need to live", zh: "列出收入以及本人和家属的必要生活开支"),
          LocalizedText(en: "Propose the settlement in writing; keep a copy", zh: "书面提出和解方案并保留副本"),
        ], stages: [], action: .letter(.enforcementSettlement), reminderID: reminder)
    }
  }
}
