/// The likely replies on a collection call and a calm, truthful answer to each: the debt's own
/// figures and the rule book's numbers, never an amount the offer cannot pay.
extension CallRehearsal {
  static func replies(_ debt: Debt, _ f: CallFigures, _ official: OfficialChannel?, _ rules: RuleBook)
    -> [Reply]
  {
    let m = f.money
    let lender = lender(debt)
    // What I can pay, said the same way in every answer that needs it.
    let canPay: LocalizedText
    if let offer = f.payableOffer {
      canPay = LocalizedText(
        en: "What I can pay is \(m(offer.monthly)) a month from \(f.firstPaymentDate).",
        zh: "我能做到的是自 \(f.firstPaymentDate) 起每月还 \(m(offer.monthly))。")
    } else if f.offer != nil {
      canPay = LocalizedText(
        en: "After rent, food and my other debts nothing is left this month; I am asking for a pause.",
        zh: "扣除房租、生活费和其他债务后，本月已无结余；我申请一段缓冲期。")
    } else {
      canPay = LocalizedText(
        en:
          "I am working out what I can pay each month and will send you a written proposal within [3] days.",
        zh: "我正在核算每月能还多少，会在 [3] 天内提交书面方案。")
    }
    let noteIt =
      f.payableOffer != nil
      ? LocalizedText(
        en: "Please note my proposal, and tell me in writing if you can't accept it.",
        zh: "请记下我的方案；如果不能接受，请书面告诉我。")
      : LocalizedText(
        en: "Please note that I called to sort this out.", zh: "请记下我今天主动来电协商。")
    let court = rules.phone(.courtVerifyLine)
    let answerDays = rules.number(.summonsAnswer)
    let regulator = rules.phone(.regulatorLine)
    let fraud = rules.phone(.fraudLine)
    let officialNumber =
      official.flatMap { $0.phones.isEmpty ? nil : $0.phones.joined(separator: ", ") }
      .map { LocalizedText(en: "the official number \($0)", zh: "官方电话 \($0)") }
      ?? LocalizedText(en: "the number in \(lender)'s own app", zh: "\(lender)官方 App 里的号码")
    var out: [Reply] = [
      Reply(
        id: "pay-all",
        theySay: LocalizedText(en: "Pay it all today.", zh: "今天必须全部还清。"),
        youSay: LocalizedText(
          en: "I can't pay \(m(f.payoff)) today — if I could, I would. \(canPay.en) \(noteIt.en)",
          zh: "今天我还不上 \(m(f.payoff)) — 能还的话我早就还了。\(canPay.zh)\(noteIt.zh)"),
        sources: []),
      Reply(
        id: "third-party",
        theySay: LocalizedText(
          en: "We will contact your family / your employer.", zh: "我们会联系你的家人 / 你的单位。"),
        youSay: LocalizedText(
          en:
            "I can be reached on this number and I am dealing with the debt myself. The collection guideline says people unrelated to a debt are not contacted while the borrower can be reached, and someone who asks you to stop is not contacted again. If it happens I will record it and complain to \(lender) first, then to \(regulator).",
          zh:
            "我本人可以通过这个号码联系到，也正在亲自处理这笔债务。催收自律指引要求：在能联系到借款人时，不联系与债务无关的人；第三方要求停止的，不再联系。如果发生，我会记录下来，先向\(lender)投诉，再向 \(regulator) 投诉。"
        ),
        sources: [.callsPerDay, .regulatorLine]),
      Reply(
        id: "sue",
        theySay: LocalizedText(en: "We will sue you.", zh: "我们要起诉你。"),
        youSay: LocalizedText(
          en:
            "That is your right, and I would rather we agree a plan now. If a court paper comes, I will check it through \(court) and answer it within \(answerDays) days as the law allows. I am not refusing to pay. \(canPay.en)",
          zh: "这是你们的权利，我更希望现在就谈好方案。如果收到法院文书，我会通过 \(court) 核实，并在法定的 \(answerDays) 日内答辩。我不是拒绝还款。\(canPay.zh)"),
        sources: [.courtVerifyLine, .summonsAnswer]),
      Reply(
        id: "lawyer-letter",
        theySay: LocalizedText(en: "A lawyer's letter is on its way.", zh: "律师函马上就会寄给你。"),
        youSay: LocalizedText(
          en:
            "Please send it and I will read it. A lawyer's letter (律师函) is not a court paper and sets no deadline of its own; a real court paper I can check through \(court). \(canPay.en)",
          zh: "请寄来，我会认真看。律师函不是法院文书，本身不产生任何期限；真正的法院文书我可以通过 \(court) 核实。\(canPay.zh)"),
        sources: [.courtVerifyLine]),
      Reply(
        id: "visit",
        theySay: LocalizedText(en: "Someone will come to your home.", zh: "我们会安排人上门。"),
        youSay: LocalizedText(
          en:
            "If someone comes, I will ask for their names, organisation and ID. A visit is made by at least two people who show identification, and no one comes in without my consent. It would be simpler to agree the plan now. \(canPay.en)",
          zh: "如果有人上门，我会询问姓名、所属机构并查看证件。上门核实至少两人并出示证件，未经我同意不得进入。不如现在就把方案谈好。\(canPay.zh)"),
        sources: [.callsPerDay]),
      Reply(
        id: "no-installments",
        theySay: LocalizedText(en: "We can't do installments.", zh: "我们不能分期。"),
        youSay: debt.kind == .creditCard
          ? LocalizedText(
            en:
              "Then please tell me what you can offer, in writing. For a card, article 70 of the credit-card measures lets the bank agree a personalised installment plan of up to 60 months when the cardholder cannot pay but is willing to; I ask you to consider it, and I will send the request in writing. May I speak to the team that handles repayment plans?",
            zh:
              "那请书面告诉我你们能提供什么方案。根据《信用卡业务监督管理办法》第七十条，持卡人确实无力偿还且有还款意愿时，银行可以同意最长 60 个月的个性化分期；请考虑，我也会提交书面申请。可以帮我转接负责协商还款的部门吗？"
          )
          : LocalizedText(
            en:
              "Then please tell me what you can offer, in writing. I will send my proposal in writing too, so that it is on record. May I speak to the team that handles repayment plans?",
            zh: "那请书面告诉我你们能提供什么方案。我也会提交书面方案，留作记录。可以帮我转接负责协商还款的部门吗？"),
        sources: []),
      Reply(
        id: "transfer",
        theySay: LocalizedText(
          en: "Transfer the money to this account (a personal account, a \"safe account\").",
          zh: "把钱转到这个账户（个人账户、“安全账户”）。"),
        youSay: LocalizedText(
          en:
            "I pay only through \(lender)'s official app or the repayment account in my contract; I will not transfer to any other account. I will hang up and call \(officialNumber.en) to check. (A request like this is a scam sign: the anti-fraud line is \(fraud).)",
          zh:
            "我只通过\(lender)官方 App 或合同约定的还款账户还款，不会转到任何其他账户。我会挂断后拨打\(officialNumber.zh)核实。（这是诈骗信号：反诈专线 \(fraud)。）"
        ),
        sources: [.fraudLine]),
    ]
    if f.isLate && f.stageInAWeek != f.stage {
      // The threat of "it gets worse" is true: say so, with the figures.
      out.insert(
        Reply(
          id: "worse",
          theySay: LocalizedText(en: "It will only get worse if you wait.", zh: "你再拖只会更严重。"),
          youSay: LocalizedText(
            en:
              "I know: waiting costs me \(m(f.costOfWaitingWeek)) a week, and in a week it is \(f.stageInAWeek.label.en). That is why I am calling now. \(canPay.en)",
            zh:
              "我知道：每拖一周要多付 \(m(f.costOfWaitingWeek))，一周后会变成\(f.stageInAWeek.label.zh)。所以我现在主动来电。\(canPay.zh)"),
          sources: []),
        at: 1)
    }
    return out
  }
}
