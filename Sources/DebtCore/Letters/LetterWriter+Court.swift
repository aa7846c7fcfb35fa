/// The court letters: an objection to a payment order, a defence outline, a court-fee relief
/// application and a settlement proposal in enforcement. Each is filled from the court event it
/// answers (court, case number, received date, deadline) and the debt's status, cites its article
/// from the rule book with the day that entry was last verified, and ends with what to verify.
/// What only the person knows is a bracketed blank.
extension LetterWriter {
  /// The latest recorded court event a letter answers.
  func event(for kind: LetterKind) -> CourtEvent? {
    caseFile.latestCourtEvent(kind.courtEvents, on: today)
  }

  var address: String { t("[your address]", "[住址]") }

  func courtName(_ e: CourtEvent?) -> String {
    let name = e?.court ?? ""
    return name.isEmpty ? t("[court name, as on the paper]", "[法院名称，以文书为准]") : name
  }

  func caseNumber(_ e: CourtEvent?) -> String {
    let n = e?.caseNumber ?? ""
    return n.isEmpty ? t("[case number (案号)]", "[案号]") : n
  }

  func received(_ e: CourtEvent?) -> String { e.map { "\($0.received)" } ?? t("[date received]", "[收到日期]") }

  /// "Last day to file: 2026-12-08 (15 days left)", with a note when the year's holidays are not
  /// known yet.
  func deadlineLine(_ e: CourtEvent?, appeal: Bool = false) -> String? {
    guard let e, let due = e.deadline(rules: rules) else { return nil }
    let n = today.days(to: due)
    let left =
      n < 0
      ? LocalizedText(en: "passed — get legal help now", zh: "已过期 — 请立即寻求法律帮助")
      : n == 0
        ? LocalizedText(en: "today", zh: "就是今天")
        : LocalizedText(en: n == 1 ? "1 day left" : "\(n) days left", zh: "还剩 \(n) 天")
    let unknown =
      CourtCalendar.holidaysKnown(for: due)
      ? "" : t(" — the year's public holidays are not published yet: the date may move", "——该年节假日尚未公布，日期可能顺延")
    return appeal
      ? t("Last day to appeal: \(due) (\(left.en))\(unknown)", "上诉的最后一日：\(due)（\(left.zh)）\(unknown)")
      : t("Last day to file: \(due) (\(left.en))\(unknown)", "提交的最后一日：\(due)（\(left.zh)）\(unknown)")
  }

  /// The rule book entries a letter rests on, each with its source and verified date.
  func basis(_ ids: [RuleID]) -> Letter.Block {
    .bullets(
      ids.map { id in
        let r = rules[id]
        if r.unit == .multiple {
          return t(
            "\(r.value) \(r.meaning.en) — \(r.source); rule book checked \(r.lastVerified)",
            "\(r.value) \(r.meaning.zh) — \(r.source)；规则表核对于 \(r.lastVerified)")
            + (r.overridden ? t(" (your override in settings.json)", "（你在 settings.json 中的覆盖值）") : "")
        }
        let value: String
        switch r.unit {
        case .calendarDays: value = t("\(r.value) days", "\(r.value) 天")
        case .article: value = t("art. \(r.value)", "第 \(r.value) 条")
        case .years: value = t("\(r.value) years", "\(r.value) 年")
        default: value = r.value
        }
        return t(
          "\(r.meaning.en): \(value) — \(r.source); rule book checked \(r.lastVerified)",
          "\(r.meaning.zh)：\(value) — \(r.source)；规则表核对于 \(r.lastVerified)")
          + (r.overridden ? t(" (your override in settings.json)", "（你在 settings.json 中的覆盖值）") : "")
          + (r.verify.map { t("; verify: \($0.en)", "；需核实：\($0.zh)") } ?? "")
      })
  }

  /// The note every court letter ends with.
  var notLegalAdvice: String {
    t(
      "Drafted by DebtDeck from your own records — not legal advice. Before you file it, verify every fact, article and date with the court (\(rules.phone(.courtVerifyLine)), or the court's online service) or free legal aid (\(rules.phone(.legalAidLine))), and fill in or delete every [bracket].",
      "本文书由 DebtDeck 根据你自己的记录起草，不构成法律意见。提交前请向法院（\(rules.phone(.courtVerifyLine)) 或人民法院在线服务）或免费法律援助（\(rules.phone(.legalAidLine))）核实每一项事实、条文和日期，并填写或删除所有 [方括号] 内容。"
    )
  }

  /// The debt's name, with its kind when the name does not say it.
  var debtLabel: String {
    nameSaysProduct ? debt.name : t("\(debt.name) (\(product))", "“\(debt.name)”（\(product)）")
  }

  var loanLine: String {
    t(
      "borrowed \(money(debt.principal)) on \(debt.startDate) — \(debtLabel)",
      "借款 \(money(debt.principal))，借款日 \(debt.startDate)，借款产品：\(debtLabel)")
  }

  /// The debt's figures on `today`: late since when, how much, penalty, fees, to settle.
  var courtFigures: [String] {
    [
      status.daysPastDue > 0
        ? t(
          "overdue since \(since) (\(status.daysPastDue) days on \(today)); overdue amount \(money(status.overdueAmount))",
          "自 \(since) 起逾期（截至 \(today) 共 \(status.daysPastDue) 天）；逾期金额 \(money(status.overdueAmount))")
        : t("not overdue on \(today)", "截至 \(today) 未逾期"),
      t(
        "penalty interest \(money(status.penalty)); late fees \(money(status.fees)); to settle on \(today): \(money(status.payoffAmount))",
        "罚息 \(money(status.penalty))；违约金 \(money(status.fees))；截至 \(today) 结清需 \(money(status.payoffAmount))"),
    ]
  }

  /// The agreement and the contacts on record: the borrower tried to settle.
  var negotiationFacts: [String] {
    var out: [String] = []
    if let a = caseFile.currentAgreement {
      out.append(
        t(
          "Agreement of \(a.madeOn) (\(a.kind.label.en), \(a.confirmed.label.en)): \(a.summary)",
          "\(a.madeOn) 的协议（\(a.kind.label.zh)，\(a.confirmed.label.zh)）：\(a.summary)"))
    }
    if !caseFile.contacts.isEmpty {
      out.append(
        t(
          "Contacts with the lender on record: \(caseFile.contacts.count) (dates and content in the attached log)",
          "与贷款机构的联系记录：\(caseFile.contacts.count) 次（日期和内容见所附记录）"))
    }
    return out
  }

  /// What the person can offer: the offer calculator's figures, else blanks.
  var offerLine: String {
    guard let offer, offer.monthly > 0 else {
      return t(
        "[amount] a month for [number of] months, starting [date]", "自 [日期] 起每月 [金额]，共 [期数] 期")
    }
    return t(
      "\(money(offer.monthly)) a month for \(months) months, starting \(firstPaymentDate)",
      "自 \(firstPaymentDate) 起每月 \(money(offer.monthly))，共 \(months) 期")
  }

  func party(_ role: (en: String, zh: String)) -> String {
    t(
      "\(role.en): \(name), ID \(idNumber), address \(address), phone \(phone)",
      "\(role.zh)：\(name)，身份证号：\(idNumber)，住址：\(address)，联系电话：\(phone)")
  }

  func signed(_ role: (en: String, zh: String), court: String) -> Letter.Block {
    .paragraph(
      t(
        "To: \(court)\n\(role.en): \(name) (signature)\n\(today)",
        "此致\n\(court)\n\n\(role.zh)：\(name)（签名）\n\(today)"))
  }

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
