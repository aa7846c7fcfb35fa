/// The four court letters: an objection to a payment order (支付令异议书), a defence outline
/// (答辩状), a court-fee relief application (缓交/减交/免交诉讼费) and a settlement proposal in
/// enforcement (执行和解), built from the shared parts in LetterWriter+Court.swift.
extension LetterWriter {
  var paymentOrderObjection: [Letter.Block] {
    let e = event(for: .paymentOrderObjection)
    let court = courtName(e)
    let cite = rules[.paymentOrderObjection].cite ?? rules[.paymentOrderObjection].meaning
    let role = (en: "Objecting party (debtor)", zh: "异议人（债务人）")
    var head = [
      party(role),
      t("Applicant (creditor): \(lender)", "申请人（债权人）：\(lender)"),
      t(
        "Payment order: \(caseNumber(e)), \(court), received \(received(e))",
        "支付令：\(caseNumber(e))，\(court)，\(received(e)) 收到"),
    ]
    if let line = deadlineLine(e) { head.append(line) }
    return [
      .paragraph(head.joined(separator: "\n")),
      .paragraph(
        t(
          "On \(received(e)) I received the payment order \(caseNumber(e)) of \(court). Under the \(cite.en), I object to it in writing within the period.",
          "异议人于 \(received(e)) 收到\(court)（\(caseNumber(e))）支付令。依据\(cite.zh)，异议人在法定期间内提出书面异议。")),
      .heading(t("What I ask", "异议请求")),
      .paragraph(
        t(
          "That the court end the payment-order procedure (终结督促程序), so that the payment order ceases to have effect.",
          "请依法裁定终结督促程序，支付令自行失效。")),
      .heading(t("Facts and reasons", "事实与理由")),
      .bullets(
        [
          t(
            "I dispute the debt the applicant claims: the order states [amount in the order], which does not match my records.",
            "异议人对申请人主张的债务有异议：支付令所列金额为 [支付令所列金额]，与异议人的记录不符。")
        ] + ([loanLine] + courtFigures).map { t("My records: ", "异议人记录：") + $0 } + negotiationFacts + [
          t(
            "[what is wrong with the interest, penalty, fees or rate claimed, and why]",
            "[对利息、罚息、违约金、费用或利率的异议及理由]"),
          t("[payments made that the order leaves out: dates, amounts, receipts]", "[支付令未计入的已还款项：日期、金额、凭证]"),
          t(
            "I am willing to repay and to negotiate; I can offer \(offerLine).",
            "异议人有还款意愿，愿意协商；可提出的方案：\(offerLine)。"),
        ]),
      .heading(t("Papers attached", "附件")),
      .bullets([
        t("[copy of the payment order]", "[支付令复印件]"), t("[copy of ID card]", "[身份证复印件]"),
        t("[repayment receipts, records of negotiation]", "[还款凭证、协商记录]"),
      ]),
      signed(role, court: court),
      .heading(t("Before you file — verify", "提交前请核实")),
      .bullets([
        notLegalAdvice,
        t(
          "Object to the debt itself (the amount, the interest and fees, whether it is due). An objection that only says you cannot pay, or asks for more time or installments, may not stop the order (verify).",
          "异议应针对债务本身（金额、利息和费用、是否到期）。只说无力清偿、要求延期或分期，可能无法阻止支付令生效（请核实）。"),
        t(
          "A period is counted from the day after receipt; if its last day is a public holiday it ends on the next working day (Civil Procedure Law art. 85).",
          "期间自收到的次日起算；期间届满的最后一日是法定休假日的，以其后的第一个工作日为届满日期（《民事诉讼法》第八十五条）。"),
      ]),
      .heading(t("Rules used", "所依规则")), basis([.paymentOrderObjection]),
    ]
  }

  var defence: [Letter.Block] {
    let e = event(for: .defence)
    let court = courtName(e)
    let cite = rules[.summonsAnswer].cite ?? rules[.summonsAnswer].meaning
    let role = (en: "Defendant", zh: "答辩人（被告）")
    let small = e?.kind == .smallClaims
    var head = [
      party(role), t("Claimant: \(lender)", "被答辩人（原告）：\(lender)"),
      t(
        "Case: \(caseNumber(e)), \(court), papers received \(received(e))",
        "案号：\(caseNumber(e))，\(court)，\(received(e)) 收到起诉状副本"),
      t(
        "Hearing: \(e?.hearing.map { "\($0)" } ?? "[hearing date, on the summons]")",
        "开庭：\(e?.hearing.map { "\($0)" } ?? "[开庭日期，见传票]")"),
    ]
    if let line = deadlineLine(e) { head.append(line) }
    return [
      .paragraph(head.joined(separator: "\n")),
      .paragraph(
        t(
          "In the case brought by the claimant against me over \(debtLabel), I answer as follows (\(cite.en)). This is an outline: fill in or delete each point.",
          "原告诉答辩人\(debtLabel)借款合同纠纷一案，答辩人依据\(cite.zh)提出答辩意见如下。（本文为提纲：请逐项填写或删除。）")),
      .heading(t("The loan", "一、借款事实")),
      .bullets([
        t(
          "Borrowed \(money(debt.principal)) on \(debt.startDate): [I accept / I do not accept, because …]",
          "借款 \(money(debt.principal))，借款日 \(debt.startDate)：[认可 / 不认可，理由……]"),
        t("[payments I made: dates, amounts, receipts]", "[已还款项：日期、金额、凭证]"),
      ]),
      .heading(t("The amount claimed", "二、对诉讼请求金额的意见")),
      .bullets(
        [
          t(
            "The claimant asks for: [principal, interest, penalty, fees, costs as in the statement of claim]",
            "原告主张：[起诉状所列本金、利息、罚息、违约金、其他费用]")
        ] + courtFigures.map { t("My records: ", "答辩人记录：") + $0 } + [
          t(
            "[any rate, penalty or fee above the contract or the limit the law protects, and why]",
            "[超过合同约定或法律保护上限的利率、罚息或费用，及理由]")
        ]),
      .heading(t("Willingness to repay and negotiation", "三、还款意愿与协商经过")),
      .bullets(
        [
          t(
            "I want to repay and ask for mediation; I can offer \(offerLine).",
            "答辩人有还款意愿，同意调解；可提出的方案：\(offerLine)。")
        ] + negotiationFacts + [
          t("[my hardship: illness, job loss, fall in income, dependants]", "[困难情况：疾病、失业、收入下降、扶养家属]")
        ]),
      .heading(t("Jurisdiction (only if you object; within the answer period)", "四、管辖权异议（如有，须在答辩期内提出）")),
      .bullets([
        t(
          "[why this court should not hear the case, e.g. the court named in the contract, or where I live]",
          "[理由，例如：合同约定的管辖法院、答辩人住所地]")
      ]),
      .heading(t("Evidence", "五、证据清单")),
      .bullets([
        t("[repayment receipts]", "[还款凭证]"),
        t("[records of negotiation: log, recordings, screenshots]", "[协商记录：联系记录、录音、截图]"),
        t("[proof of hardship]", "[困难证明]"),
      ]),
      signed(role, court: court),
      .heading(t("Before you file — verify", "提交前请核实")),
      .bullets(
        [
          notLegalAdvice,
          t(
            "Attend the hearing: not appearing can mean judgment in your absence (Civil Procedure Law art. 147).",
            "请按时出庭：不出庭可能被缺席判决（《民事诉讼法》第一百四十七条）。"),
        ]
          + (small
            ? [
              t(
                "Small-claims procedure: the first judgment is final, with no appeal — everything must be said at this hearing.",
                "小额诉讼程序一审终审，不能上诉——所有意见都须在本次庭审中提出。")
            ] : [])),
      .heading(t("Rules used", "所依规则")), basis([.summonsAnswer]),
    ]
  }

  var courtFeeRelief: [Letter.Block] {
    let e = event(for: .courtFeeRelief)
    let court = courtName(e)
    let cite = rules[.courtFeeRelief].cite ?? rules[.courtFeeRelief].meaning
    let role = (en: "Applicant", zh: "申请人")
    var head = [
      party(role),
      t(
        "Case: \(caseNumber(e)), \(court), judgment received \(received(e))",
        "案号：\(caseNumber(e))，\(court)，\(received(e)) 收到判决"),
    ]
    if let line = deadlineLine(e, appeal: true) { head.append(line) }
    let finances: [String] =
      offer.map { o in
        [
          t("Monthly income now: \(money(o.inputs.monthlyIncome))", "目前月收入：\(money(o.inputs.monthlyIncome))"),
          t(
            "Essential monthly spending (rent, food, transport, medicine, family): \(money(o.inputs.essentialSpending))",
            "每月必要开支（房租、饮食、交通、医药、赡养）：\(money(o.inputs.essentialSpending))"),
          t("Kept aside for emergencies: \(money(o.inputs.reserve))", "应急储备：\(money(o.inputs.reserve))"),
          t(
            "Other debts' payments due this month: \(money(o.otherMinimums))",
            "本月其他债务应还：\(money(o.otherMinimums))"),
          t(
            "Left each month (income − spending − reserve − other debts): \(money(o.available))",
            "每月结余（收入 − 开支 − 应急储备 − 其他债务）：\(money(o.available))"),
        ]
      } ?? [
        t("Monthly income now: [ ]", "目前月收入：[ ]"),
        t("Essential monthly spending: [ ]", "每月必要开支：[ ]"),
        t("Other debts' payments each month: [ ]", "每月其他债务应还：[ ]"),
      ]
    return [
      .paragraph(head.joined(separator: "\n")),
      .heading(t("What I ask", "申请事项")),
      .paragraph(
        t(
          "That the court allow me to [defer / reduce / be exempted from] (choose one) the court fees of this case, [amount].",
          "请求准予申请人 [缓交 / 减交 / 免交]（请选择）本案诉讼费用 [金额]。")),
      .heading(t("Facts and reasons", "事实与理由")),
      .paragraph(
        t(
          "I cannot pay the court fees because [the reason: job loss, illness, a fall in income, dependants]. Under the \(cite.en), I apply for relief.",
          "申请人因[原因：失业、疾病、收入下降、扶养家属等]，交纳诉讼费用确有困难。依据\(cite.zh)，特此申请。")),
      .bullets(
        finances + courtFigures.map { t("This debt: ", "本笔债务：") + $0 } + [
          t(
            "[if it applies: minimum living allowance (低保), extreme hardship, disability, unemployment — with proof]",
            "[如有：低保、特困、残疾、失业等情形，并附证明]")
        ]),
      .heading(t("Papers attached", "附件")),
      .bullets([
        t("[proof of income or unemployment]", "[收入证明或失业证明]"),
        t("[minimum-allowance or hardship certificate]", "[低保证或困难证明]"),
        t("[bank statements of the last months]", "[近几个月银行流水]"),
        t("[medical bills, if any]", "[医疗票据（如有）]"),
      ]),
      signed(role, court: court),
      .heading(t("Before you file — verify", "提交前请核实")),
      .bullets([
        notLegalAdvice,
        t(
          "If you appeal, file this application with the appeal, before the appeal period ends; ask the court how it wants it.",
          "如要上诉，请在上诉期内随上诉状一并提交本申请；具体方式请向法院询问。"),
      ]),
      .heading(t("Rules used", "所依规则")), basis([.courtFeeRelief, .judgmentAppeal]),
    ]
  }

  var enforcementSettlement: [Letter.Block] {
    let e = event(for: .enforcementSettlement)
    let court = courtName(e)
    let cite = rules[.enforcementSettlement].cite ?? rules[.enforcementSettlement].meaning
    let interest = rules[.lateJudgmentInterest].cite ?? rules[.lateJudgmentInterest].meaning
    let role = (en: "Party subject to enforcement", zh: "被执行人")
    let head = [
      t("To: the enforcement judge, \(court)", "致：\(court) 执行法官 [姓名]"),
      t(
        "Enforcement case: \(caseNumber(e)), notice received \(received(e))",
        "执行案号：\(caseNumber(e))，\(received(e)) 收到执行通知"),
      t("Applicant for enforcement: \(lender)", "申请执行人：\(lender)"), party(role),
    ]
    let means: [String] =
      offer.map { o in
        [
          t("Monthly income: \(money(o.inputs.monthlyIncome))", "月收入：\(money(o.inputs.monthlyIncome))"),
          t(
            "Essential spending for me and my dependants: \(money(o.inputs.essentialSpending))",
            "本人及扶养家属的必要生活开支：\(money(o.inputs.essentialSpending))"),
          t("Left each month to pay: \(money(o.available))", "每月可用于履行：\(money(o.available))"),
        ]
      } ?? [
        t("Monthly income: [ ]", "月收入：[ ]"),
        t("Essential spending for me and my dependants: [ ]", "本人及扶养家属的必要生活开支：[ ]"),
      ]
    return [
      .paragraph(head.joined(separator: "\n")),
      .paragraph(
        t(
          "I want to carry out the judgment but cannot pay it all at once. Under the \(cite.en), I propose the settlement below to the applicant and ask the judge to arrange the talks.",
          "被执行人有履行意愿，但目前无力一次性履行全部义务。依据\(cite.zh)，现向申请执行人提出以下和解方案，恳请执行法官组织协商。")),
      .heading(t("My means", "被执行人的情况")),
      .bullets(
        means + [
          t("[dependants: how many, and their needs]", "[扶养家属人数及情况]"),
          t(
            "[the amount the judgment orders, with costs and interest on the delay]",
            "[生效法律文书确定的金额，含诉讼费及迟延履行利息]"),
        ] + courtFigures.map { t("My records: ", "本人记录：") + $0 }),
      .heading(t("What I propose", "和解方案")),
      .bullets([
        t("A first payment of [amount] on [date].", "首期于 [日期] 支付 [金额]。"),
        t("Then \(offerLine).", "其余款项：\(offerLine)。"),
        t(
          "That the applicant waive the doubled part of the interest on the delay (\(interest.en)) while I keep to the plan.",
          "请求申请执行人在本人按期履行期间，免除迟延履行期间加倍部分的债务利息（\(interest.zh)）。"),
        t(
          "[that the spending ban or other measures be lifted or suspended while the settlement is kept]",
          "[请求在和解协议履行期间解除或暂缓限制消费等措施]"),
      ]),
      .heading(t("What I undertake", "被执行人承诺")),
      .bullets([
        t(
          "To declare my property truthfully [declared on / will declare by date].",
          "如实申报财产 [已于某日申报 / 将于某日前申报]。"),
        t("To pay each installment on time and not to hide or move assets.", "按期履行，不转移、隐匿财产。"),
      ]),
      signed(role, court: court),
      .heading(t("Before you file — verify", "提交前请核实")),
      .bullets([
        notLegalAdvice,
        t(
          "If a settlement is not kept, the applicant can ask for enforcement of the original judgment to resume: agree only to what you can pay.",
          "不履行和解协议的，申请执行人可以申请恢复执行原生效法律文书：只答应自己能履行的方案。"),
        t(
          "Living necessities of you and your dependants are protected. The 失信 list is for a debtor able to pay who refuses or evades, not for being unable.",
          "本人及所扶养家属的生活必需品受保护。失信名单针对有履行能力而拒不履行或规避执行者，不针对无力偿还。"),
      ]),
      .heading(t("Rules used", "所依规则")), basis([.enforcementSettlement, .lateJudgmentInterest]),
    ]
  }
}
