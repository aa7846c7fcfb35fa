/// What a debt counsellor would give someone before they call a lender or answer a collector:
/// who to call, what to have in front of them, the first sentences, the plan to propose, and a
/// calm, truthful answer to each thing they are likely to hear. Built from the debt's own figures
/// (`CallFigures`) and the rule book; it never offers more than the offer calculator says can be
/// paid. Pure: `today` and everything else is passed in.
public struct CallRehearsal: Sendable {
  /// Something the other side is likely to say, and an answer.
  public struct Reply: Sendable {
    public let id: String
    public let theySay: LocalizedText
    public let youSay: LocalizedText
    /// The rule-book entries the answer relies on (shown with their source and checked date).
    public let sources: [RuleID]
  }

  public let debt: Debt
  public let figures: CallFigures
  public let today: LocalDate
  public let rules: RuleBook
  public let callWho: [LocalizedText]
  public let haveReady: [LocalizedText]
  public let opening: LocalizedText
  public let plan: [LocalizedText]
  public let replies: [Reply]
  public let during: [LocalizedText]

  public init(summary: CaseSummary, offer: Offer?, today: LocalDate, rules: RuleBook = .shipped) {
    debt = summary.debt
    self.today = today
    self.rules = rules
    let f = CallFigures(summary: summary, offer: offer, today: today)
    figures = f
    let file = summary.caseFile
    callWho = CallRehearsal.callWho(summary.debt, file.official)
    haveReady = CallRehearsal.haveReady(summary.debt, f, file)
    opening = CallRehearsal.opening(summary.debt, f)
    plan = CallRehearsal.plan(summary.debt, f)
    replies = CallRehearsal.replies(summary.debt, f, file.official, rules)
    during = CallRehearsal.during(summary.debt)
  }

  /// The rehearsal of `debtID` on `today`, from the whole portfolio (the offer needs the other
  /// debts). Nil when there is no such debt.
  public static func make(debtID: String, portfolio: Portfolio, settings: Settings, today: LocalDate)
    -> CallRehearsal?
  {
    guard let debt = portfolio.debt(id: debtID) else { return nil }
    let summary = CaseSummary(
      debt: debt, payments: portfolio.payments(for: debtID), caseFile: portfolio.cases[debtID], today: today,
      dueSoonDays: settings.dueSoonDays, rules: settings.legalRules)
    let statuses = portfolio.statuses(asOf: today, dueSoonDays: settings.dueSoonDays)
    let offer = portfolio.cases[debtID]?.offer.flatMap {
      Offer.make(inputs: $0, debtID: debtID, portfolio: portfolio, statuses: statuses, today: today)
    }
    return CallRehearsal(summary: summary, offer: offer, today: today, rules: settings.legalRules)
  }

  static func lender(_ debt: Debt) -> String { debt.lender.isEmpty ? debt.name : debt.lender }

  static func callWho(_ debt: Debt, _ official: OfficialChannel?) -> [LocalizedText] {
    let lender = lender(debt)
    var out: [LocalizedText] = []
    if let official, !official.phones.isEmpty || !official.app.isEmpty {
      if !official.phones.isEmpty {
        let phones = official.phones.joined(separator: ", ")
        out.append(
          LocalizedText(
            en:
              "\(lender)'s official line: \(phones) (you recorded it from \(official.source) on \(official.recordedOn))",
            zh: "\(lender)官方电话：\(phones)（你于 \(official.recordedOn) 从\(official.source)记录）"))
      }
      if !official.app.isEmpty {
        out.append(
          LocalizedText(en: "Or in the official app: \(official.app)", zh: "或在官方 App 内：\(official.app)"))
      }
    } else {
      out.append(
        LocalizedText(
          en:
            "The customer-service number in \(lender)'s own app, or on your contract or card — never one from a search engine or an SMS",
          zh: "\(lender)官方 App 内、合同或卡片上的客服电话 — 不要用搜索引擎或短信里的号码"))
      out.append(
        LocalizedText(
          en: "Record it once: debtdeck channel \(debt.id) --phone NUMBER --source \"where you read it\"",
          zh: "记录一次官方渠道：debtdeck channel \(debt.id) --phone 号码 --source \"在哪里看到的\""))
    }
    out.append(
      LocalizedText(
        en: "Ask for the team that handles repayment plans (协商还款)", zh: "请对方转接负责协商还款的部门"))
    return out
  }

  static func haveReady(_ debt: Debt, _ f: CallFigures, _ file: CaseFile) -> [LocalizedText] {
    let m = f.money
    var out = [
      LocalizedText(
        en: "Contract number: [from the lender's app or your contract]; your ID card",
        zh: "合同编号：[见官方 App 或合同]；身份证")
    ]
    if f.isLate, let since = f.lateSince {
      let days = f.daysPastDue
      out.append(
        LocalizedText(
          en:
            "Overdue since \(since): \(days == 1 ? "1 day" : "\(days) days"), \(m(f.overdueAmount)) overdue",
          zh: "自 \(since) 起逾期：\(days) 天，逾期金额 \(m(f.overdueAmount))"))
      out.append(
        f.fees > 0
          ? LocalizedText(
            en: "Penalty interest so far: \(m(f.penalty)); late fees: \(m(f.fees))",
            zh: "目前罚息：\(m(f.penalty))；违约金：\(m(f.fees))")
          : LocalizedText(en: "Penalty interest so far: \(m(f.penalty))", zh: "目前罚息：\(m(f.penalty))"))
      out.append(
        LocalizedText(
          en:
            "Cost of waiting: \(m(f.costOfWaitingDay)) more for each day, \(m(f.costOfWaitingWeek)) for a week; in a week it is \(f.stageInAWeek == f.stage ? "still " : "")\(f.stageInAWeek.label.en)",
          zh:
            "拖延的代价：每多一天 \(m(f.costOfWaitingDay))，一周 \(m(f.costOfWaitingWeek))；一周后\(f.stageInAWeek == f.stage ? "仍" : "")为\(f.stageInAWeek.label.zh)"
        ))
    } else if let next = f.nextPayment {
      out.append(
        LocalizedText(
          en: "Not overdue yet: next payment \(m(next.amount)) due \(next.date)",
          zh: "尚未逾期：下次还款 \(m(next.amount))，到期日 \(next.date)"))
    }
    out.append(LocalizedText(en: "To settle today: \(m(f.payoff))", zh: "今日结清需：\(m(f.payoff))"))
    out.append(offerLine(f, debtID: debt.id))
    if let step = Guide.step(id: "hardship") {
      let items = step.checklist
      let mark = file.guide[step.id]
      let done =
        mark?.state == .done
        ? LocalizedText(
          en: " (marked done on \(mark.map { "\($0.on)" } ?? ""))",
          zh: "（已于 \(mark.map { "\($0.on)" } ?? "") 标记完成）")
        : LocalizedText(en: "", zh: "")
      out.append(
        LocalizedText(
          en: "Proof of hardship to offer\(done.en): " + items.map(\.en).joined(separator: "; "),
          zh: "可提供的困难证明\(done.zh)：" + items.map(\.zh).joined(separator: "；")))
    }
    out.append(
      LocalizedText(
        en: "Something to write with, or the live-call card (L) to note names, numbers and what is agreed",
        zh: "纸笔，或实时通话卡（L），用来记下姓名、工号和约定内容"))
    return out
  }

  /// The offer in one line: the monthly figure and the months, or why there is none.
  public static func offerLine(_ f: CallFigures, debtID: String) -> LocalizedText {
    guard let offer = f.offer else {
      return LocalizedText(
        en:
          "Your offer: not worked out yet — do it before the call (o in the case, or debtdeck offer \(debtID))",
        zh: "你的还款方案：尚未计算 — 通话前先算（在应对档案按 o，或 debtdeck offer \(debtID)）")
    }
    if offer.isShortfall {
      return LocalizedText(
        en: "Your offer: nothing is left each month after essentials and the other debts — ask for a pause",
        zh: "你的还款方案：扣除必要开支和其他债务后每月无结余 — 申请缓冲期")
    }
    let m = f.money
    return LocalizedText(
      en:
        "Your offer: \(m(offer.monthly)) a month from \(f.firstPaymentDate) — \(Offer.count(offer.monthsIfWaived).en) months if the penalty is waived and interest stopped, \(Offer.count(offer.monthsWithInterest).en) with nothing waived and interest running",
      zh:
        "你的还款方案：自 \(f.firstPaymentDate) 起每月 \(m(offer.monthly)) — 减免罚息且停息需 \(Offer.count(offer.monthsIfWaived).zh) 期，不减免且继续计息需 \(Offer.count(offer.monthsWithInterest).zh) 期"
    )
  }

  static func opening(_ debt: Debt, _ f: CallFigures) -> LocalizedText {
    // "借呗 应急 (Jiebei)"; the product is left out where the name already says it.
    let product = debt.kind.name
    let named = debt.name.contains(product.zh)
    let what = LocalizedText(
      en: named ? "my account \(debt.name)" : "my \(product.en) \(debt.name)",
      zh: named ? "我的“\(debt.name)”" : "我的\(product.zh)“\(debt.name)”")
    let ask = LocalizedText(
      en: "May I have your name and staff number, please?", zh: "请问您贵姓，工号是多少？")
    if f.isLate, let since = f.lateSince {
      let days = f.daysPastDue
      return LocalizedText(
        en:
          "Hello, my name is [your name], and I am calling about \(what.en), contract [number]. I have been behind since \(since) (\(days == 1 ? "1 day" : "\(days) days")) because [the reason, in one sentence]; I want to repay, and I am calling to agree a plan I can keep. \(ask.en)",
        zh:
          "您好，我是[姓名]，想沟通一下\(what.zh)，合同编号[编号]。因为[一句话说明原因]，我从 \(since) 起逾期了（\(days) 天）；我有还款意愿，今天来电是想协商一个我能履行的方案。\(ask.zh)"
      )
    }
    let next = f.nextPayment.map { "\(f.money($0.amount))" } ?? ""
    let date = f.nextPayment.map { "\($0.date)" } ?? ""
    return LocalizedText(
      en:
        "Hello, my name is [your name], and I am calling about \(what.en), contract [number]. My next payment of \(next) is due on \(date) and I may not be able to pay it in full; I would like to agree a plan before it is late. \(ask.en)",
      zh:
        "您好，我是[姓名]，想沟通一下\(what.zh)，合同编号[编号]。我 \(date) 到期的 \(next) 可能无法全额还上，想在逾期之前先协商一个方案。\(ask.zh)"
    )
  }

  static func plan(_ debt: Debt, _ f: CallFigures) -> [LocalizedText] {
    let m = f.money
    let inWriting = LocalizedText(
      en:
        "Ask for what is agreed in writing (SMS, e-mail or an in-app message) before the first payment; repeat it back at the end of the call",
      zh: "请对方在首次还款前以书面形式（短信、邮件或 App 消息）确认约定内容；挂电话前复述一遍")
    guard let offer = f.offer else {
      return [
        LocalizedText(
          en:
            "Agree to no amount on this call: you have not worked out what you can pay. Say you will send a written proposal within [3] days",
          zh: "本次通话不要答应任何金额：你还没算清自己能还多少。告诉对方你会在 [3] 天内提交书面方案"),
        LocalizedText(
          en:
            "Ask which options they have (installments, an extension, a waiver of the penalty) and for them in writing",
          zh: "询问对方有哪些方案（分期、延期、减免罚息），并请对方书面提供"),
        inWriting,
      ]
    }
    if offer.isShortfall {
      return [
        LocalizedText(
          en:
            "Say honestly that after essentials and the other debts nothing is left each month; ask for a pause of [3] months before a plan starts",
          zh: "如实说明扣除必要开支和其他债务后每月已无结余；申请 [3] 个月的缓冲期后再开始还款"),
        LocalizedText(
          en: "Offer to send proof of hardship (the hardship letter: w in the case)",
          zh: "表示可以提交困难证明（困难情况说明：在应对档案按 w）"),
        LocalizedText(
          en: "Agree to no amount you cannot pay; ask for their proposal in writing",
          zh: "不要答应任何还不起的金额；请对方书面提出方案"),
      ]
    }
    var out = [
      LocalizedText(
        en:
          "Propose \(m(offer.monthly)) a month from \(f.firstPaymentDate): \(Offer.count(offer.monthsIfWaived).en) months if the penalty is waived and interest stopped, \(Offer.count(offer.monthsWithInterest).en) with nothing waived and interest running",
        zh:
          "提出自 \(f.firstPaymentDate) 起每月还 \(m(offer.monthly))：减免罚息且停息需 \(Offer.count(offer.monthsIfWaived).zh) 期，不减免且继续计息需 \(Offer.count(offer.monthsWithInterest).zh) 期"
      ),
      f.fees > 0
        ? LocalizedText(
          en:
            "Ask them to waive the penalty (\(m(f.penalty))) and late fees (\(m(f.fees))), and to stop further penalty while you keep to the plan",
          zh: "请求减免罚息（\(m(f.penalty))）和违约金（\(m(f.fees))），并在按约还款期间停止计收罚息")
        : LocalizedText(
          en:
            "Ask them to waive the penalty (\(m(f.penalty))) and to stop further penalty while you keep to the plan",
          zh: "请求减免罚息（\(m(f.penalty))），并在按约还款期间停止计收罚息"),
      LocalizedText(
        en:
          "If they want a first payment to show good faith, offer \(m(offer.monthly)) — never more than that",
        zh: "如果对方要求先还一笔以示诚意，最多先还 \(m(offer.monthly)) — 不要超过"),
    ]
    if debt.kind == .creditCard {
      out.append(
        LocalizedText(
          en:
            "For a card, ask for a personalised installment plan (个性化分期, credit-card measures art. 70): up to 60 months; the bank may agree, it is not a right",
          zh: "信用卡可申请个性化分期（《信用卡业务监督管理办法》第七十条）：最长 60 个月；银行可以同意，但不是法定权利"))
    }
    out.append(inWriting)
    return out
  }

  static func during(_ debt: Debt) -> [LocalizedText] {
    [
      LocalizedText(en: "Speak briefly and calmly; let them finish before you answer", zh: "简短、冷静；等对方说完再回答"),
      LocalizedText(
        en: "Note their name, staff number, organisation and the number they call from",
        zh: "记下对方姓名、工号、所属机构和来电号码"),
      LocalizedText(
        en: "Never give passwords, verification codes or bank-card details", zh: "绝不提供密码、验证码或银行卡信息"),
      LocalizedText(
        en:
          "Afterwards, record it the same day: L opens the live-call card, or debtdeck log \(debt.id) --channel call --from me --duration 12m --verbal-agreement \"…\"",
        zh:
          "通话后当天记录：按 L 打开实时通话卡，或 debtdeck log \(debt.id) --channel call --from me --duration 12m --verbal-agreement \"……\""
      ),
    ]
  }
}
