/// Drafts letters from a debt's facts, its case file and the offer, in English or 简体中文.
/// Anything the app cannot know (the borrower's name, the contract number, the reason) is left as
/// a bracketed blank to fill in.
public struct LetterWriter: Sendable {
  public let debt: Debt
  public let status: DebtStatus
  public let caseFile: CaseFile
  public let offer: Offer?
  public let today: LocalDate
  public let language: Language
  /// The rule book the court letters cite (with its verified dates).
  public let rules: RuleBook

  public init(
    debt: Debt, status: DebtStatus, caseFile: CaseFile, offer: Offer?, today: LocalDate, language: Language,
    rules: RuleBook = .shipped
  ) {
    self.debt = debt
    self.status = status
    self.caseFile = caseFile
    self.offer = offer
    self.today = today
    self.language = language
    self.rules = rules
  }

  func t(_ en: String, _ zh: String) -> String { language == .zhHans ? zh : en }
  func money(_ m: Int64) -> String { Money.format(m, debt.currency) }

  var lender: String { debt.lender.isEmpty ? t("[lender]", "[贷款机构]") : debt.lender }
  var product: String { debt.kind.name(language) }
  var since: String { status.firstUnpaid.map { $0.installment.dueDate.description } ?? t("[date]", "[日期]") }
  var name: String { t("[your name]", "[姓名]") }
  var idNumber: String { t("[ID number]", "[身份证号]") }
  var contract: String { t("[contract / card number]", "[合同编号/卡号]") }
  var phone: String { t("[your phone]", "[联系电话]") }
  var reason: String {
    t(
      "[the reason, e.g. I lost my job on (date) / a family illness]",
      "[原因，例如：本人于（日期）失业 / 家人重病]")
  }
  /// Whether the debt's name already says what product it is (a debt named 借呗 is a Jiebei loan),
  /// so the letter does not say it twice (`借呗 (Jiebei)`, `借呗（借呗）`).
  var nameSaysProduct: Bool {
    let n = debt.name.lowercased()
    return [debt.kind.name.en, debt.kind.name.zh].contains { n.contains($0.lowercased()) }
  }
  /// The debt as the subject line names it: "建行快贷 (Bank loan)", or "借呗" alone.
  var subject: String {
    nameSaysProduct ? debt.name : t("\(debt.name) (\(product))", "\(debt.name)（\(product)）")
  }
  var firstPaymentDate: LocalDate { Offer.firstPaymentDate(after: today) }
  var monthly: String { offer.map { money($0.monthly) } ?? t("[amount per month]", "[每月金额]") }
  var months: String {
    (offer?.monthsIfWaived).map { "\($0)" } ?? t("[number of]", "[期数]")
  }

  var header: [Letter.Block] {
    [
      .paragraph(
        t(
          "To: \(lender)\nFrom: \(name), ID \(idNumber), phone \(phone)\nRe: \(subject), \(contract)\nDate: \(today)",
          "致：\(lender)\n申请人：\(name)，身份证号：\(idNumber)，联系电话：\(phone)\n事由：\(subject)，\(contract)\n日期：\(today)"
        ))
    ]
  }

  var factsBlock: Letter.Block {
    .bullets([
      t(
        "Borrowed: \(money(debt.principal)) on \(debt.startDate)",
        "借款金额：\(money(debt.principal))，借款日 \(debt.startDate)"),
      status.daysPastDue > 0
        ? t(
          "Overdue since: \(since) (\(status.daysPastDue) \(status.daysPastDue == 1 ? "day" : "days"))",
          "逾期起始：\(since)（已逾期 \(status.daysPastDue) 天）")
        : t(
          "Not overdue yet; next payment due \(status.nextDue.map { $0.installment.dueDate.description } ?? since)",
          "尚未逾期；下次还款日 \(status.nextDue.map { $0.installment.dueDate.description } ?? since)"),
      t("Overdue amount: \(money(status.overdueAmount))", "逾期金额：\(money(status.overdueAmount))"),
      status.fees > 0
        ? t(
          "Penalty interest so far: \(money(status.penalty)); late fees: \(money(status.fees))",
          "目前罚息：\(money(status.penalty))；违约金：\(money(status.fees))")
        : t("Penalty interest so far: \(money(status.penalty))", "目前罚息：\(money(status.penalty))"),
      t("To settle today: \(money(status.payoffAmount))", "今日结清需：\(money(status.payoffAmount))"),
    ])
  }

  var signature: Letter.Block {
    .paragraph(t("Yours sincerely,\n\(name)\n\(today)", "此致\n敬礼\n\n申请人：\(name)\n\(today)"))
  }

  var confirmInWriting: Letter.Block {
    .paragraph(
      t(
        "Please confirm any agreement in writing (SMS, e-mail or letter). I am recording our contacts and keep copies of all correspondence.",
        "请以书面形式（短信、邮件或信函）确认双方达成的方案。本人对双方的联系均有记录，并保留全部往来材料。"))
  }

  public func letter(_ kind: LetterKind) -> Letter {
    let blocks: [Letter.Block]
    switch kind {
    case .negotiation: blocks = negotiation
    case .hardship: blocks = hardship
    case .cardInstallment: blocks = cardInstallment
    case .waiver: blocks = waiver
    case .stopThirdParty: blocks = stopThirdParty
    case .creditObjection: blocks = creditObjection
    case .complaint: blocks = complaint
    case .confirmation: blocks = confirmation
    case .paymentOrderObjection: blocks = paymentOrderObjection
    case .defence: blocks = defence
    case .courtFeeRelief: blocks = courtFeeRelief
    case .enforcementSettlement: blocks = enforcementSettlement
    }
    return Letter(kind: kind, title: kind.title(language), blocks: blocks)
  }

  var proposal: [String] {
    [
      t(
        "I will pay \(monthly) a month for \(months) months, starting on \(firstPaymentDate).",
        "自 \(firstPaymentDate) 起每月还款 \(monthly)，共 \(months) 期。"),
      status.fees > 0
        ? t(
          "I ask you to waive the penalty interest (\(money(status.penalty))) and late fees (\(money(status.fees))), and to stop further penalty while I keep to the plan.",
          "恳请减免已产生的罚息（\(money(status.penalty))）和违约金（\(money(status.fees))），并在本人按约还款期间停止计收罚息。")
        : t(
          "I ask you to waive the penalty interest (\(money(status.penalty))) and to stop further penalty while I keep to the plan.",
          "恳请减免已产生的罚息（\(money(status.penalty))），并在本人按约还款期间停止计收罚息。"),
      t(
        "If you need a first payment to show good faith, I can pay \(monthly) within 7 days.",
        "如需首付款以示诚意，本人可在 7 日内先还 \(monthly)。"),
    ]
  }

  var negotiation: [Letter.Block] {
    header + [
      .paragraph(
        t(
          "I am writing about my \(nameSaysProduct ? "" : product + " ")\(debt.name), which I have not been able to repay on time. \(reason). I want to repay what I owe and ask you to agree to the plan below.",
          "本人在贵机构的\(nameSaysProduct ? "" : product)“\(debt.name)”未能按期还款，原因是：\(reason)。本人有还款意愿，恳请贵机构同意以下还款方案。")
      ),
      .heading(t("The facts", "基本情况")), factsBlock,
      .heading(t("What I propose", "还款方案")), .bullets(proposal),
      confirmInWriting, signature,
    ]
  }

  var hardship: [Letter.Block] {
    var items = [
      t(
        "Monthly income now: \(offer.map { money($0.inputs.monthlyIncome) } ?? "[ ]")",
        "目前月收入：\(offer.map { money($0.inputs.monthlyIncome) } ?? "[ ]")"),
      t(
        "Essential monthly spending (rent, food, transport, medicine, family): \(offer.map { money($0.inputs.essentialSpending) } ?? "[ ]")",
        "每月必要开支（房租、饮食、交通、医药、赡养）：\(offer.map { money($0.inputs.essentialSpending) } ?? "[ ]")"),
      t(
        "Kept aside for emergencies: \(offer.map { money($0.inputs.reserve) } ?? "[ ]")",
        "应急储备：\(offer.map { money($0.inputs.reserve) } ?? "[ ]")"),
      t(
        "Other debts' payments due this month: \(offer.map { money($0.otherMinimums) } ?? "[ ]")",
        "本月其他债务应还：\(offer.map { money($0.otherMinimums) } ?? "[ ]")"),
    ]
    if let offer, offer.otherArrears > 0 {
      items.append(
        t(
          "Other debts' arrears (overdue installments, penalty, fees): \(money(offer.otherArrears))",
          "其他债务逾期欠款（逾期分期、罚息、费用）：\(money(offer.otherArrears))"))
    }
    if let offer {
      items.append(
        offer.isShortfall
          ? t(
            "Nothing is left each month after these: I ask for a pause of [3] months before a plan starts.",
            "扣除以上各项后每月已无结余：恳请给予 [3] 个月的缓冲期后再开始还款。")
          : t(
            "What is left each month (income − spending − reserve − other debts): \(money(offer.available))",
            "每月可用于还款（收入 − 开支 − 应急储备 − 其他债务）：\(money(offer.available))"))
    }
    return header + [
      .paragraph(
        t(
          "I write to explain why I cannot repay \(debt.name) as scheduled. \(reason).",
          "现就本人无法按期偿还“\(debt.name)”的情况说明如下：\(reason)。")),
      .heading(t("My finances", "收支情况")), .bullets(items),
      .heading(t("Papers attached", "附件")),
      .bullets([
        t("[medical records / hospital bills]", "[病历 / 医院票据]"),
        t("[termination letter / proof of unemployment]", "[离职证明 / 失业证明]"),
        t("[bank statements of the last 6 months]", "[近 6 个月银行流水]"),
      ]),
      .paragraph(
        t(
          "I am not refusing to pay. I ask you to take these circumstances into account and agree to a plan I can keep.",
          "本人并非恶意拖欠，恳请贵机构考虑上述实际困难，同意本人能够履行的还款方案。")),
      signature,
    ]
  }

  var cardInstallment: [Letter.Block] {
    header + [
      .paragraph(
        t(
          "Because of \(reason), I cannot repay the balance of my credit card \(debt.name) on its current terms, and I am willing to repay it. Article 70 of the Measures on Credit Card Business allows the bank to agree a personalised installment plan (个性化分期) of at most 60 months when the debt is beyond the cardholder's means and the cardholder is willing to repay. I ask you to agree one.",
          "因\(reason)，本人暂时无法按原约定偿还信用卡“\(debt.name)”的欠款，但本人有还款意愿。根据《商业银行信用卡业务监督管理办法》第七十条，在持卡人确实无力偿还且有还款意愿时，银行可以与持卡人平等协商，达成个性化分期还款协议，最长期限不超过 60 个月。特此申请。"
        )),
      .heading(t("The facts", "基本情况")), factsBlock,
      .heading(t("What I ask for", "申请内容")),
      .bullets(
        [
          t(
            "Installments of \(monthly) a month over \(months) months, starting \(firstPaymentDate).",
            "分 \(months) 期，每期 \(monthly)，自 \(firstPaymentDate) 起还款。"),
          t(
            "Penalty interest and late fees waived; no further penalty during the plan.",
            "减免罚息和违约金；分期期间不再计收罚息。"),
          t(
            "Collection calls stopped once the agreement is signed.",
            "协议签订后停止催收。"),
          t(
            "I understand that I may not apply for new cards until the plan is paid off.",
            "本人知悉在分期还清前不得申请新的信用卡。"),
        ]),
      confirmInWriting, signature,
    ]
  }

  var waiver: [Letter.Block] {
    header + [
      .paragraph(
        t(
          "I ask you to waive the penalty interest and fees on \(debt.name). \(reason). I intend to repay the principal and contract interest in full.",
          "本人申请减免“\(debt.name)”的罚息及相关费用。\(reason)。本人愿意全额偿还本金及合同利息。")),
      .heading(t("The facts", "基本情况")), factsBlock,
      .heading(t("What I ask for", "申请内容")),
      // A zero amount is not asked to be waived (the penalty line stays when there is nothing else).
      .bullets(
        [
          status.penalty > 0 || status.fees == 0
            ? t("Waive the penalty interest of \(money(status.penalty)).", "减免罚息 \(money(status.penalty))。")
            : nil,
          status.fees > 0
            ? t("Waive the late fees of \(money(status.fees)).", "减免违约金 \(money(status.fees))。") : nil,
          t(
            "Accept \(money(max(0, status.payoffAmount - status.penalty - status.fees))) as settling the debt, paid as agreed.",
            "按约定支付 \(money(max(0, status.payoffAmount - status.penalty - status.fees))) 后视为结清。"),
        ].compactMap { $0 }),
      confirmInWriting, signature,
    ]
  }

  func describe(_ e: ContactEntry) -> String {
    var parts = ["\(e.at)", e.direction.label(language), e.channel.label(language)]
    if !e.organisation.isEmpty { parts.append(e.organisation) }
    if !e.person.isEmpty { parts.append(e.person + (e.staffID.isEmpty ? "" : " #\(e.staffID)")) }
    if !e.phone.isEmpty { parts.append(e.phone) }
    var line = parts.joined(separator: " · ")
    if !e.summary.isEmpty { line += t(": ", "：") + e.summary }
    if !e.agreed.isEmpty { line += t("; agreed: ", "；约定：") + e.agreed }
    if !e.flags.isEmpty {
      line += " [" + e.flags.map { $0.label(language) }.joined(separator: t(", ", "、")) + "]"
    }
    return line
  }

  var stopThirdParty: [Letter.Block] {
    let contacts = caseFile.contacts.filter { $0.flags.contains(.thirdParty) }
    return header + [
      .paragraph(
        t(
          "Your staff or agents have contacted people who have nothing to do with my debt. I can be reached at \(phone) between 08:00 and 22:00, and I am dealing with the debt directly. Contacting my family, friends, employer or contacts is not allowed while I can be reached. I ask you to stop it at once.",
          "贵机构工作人员或委托的催收机构联系了与本人债务无关的人员。本人可通过 \(phone) 在 08:00 至 22:00 之间联系到，并正在直接处理此笔债务。在本人可以联系到的情况下，联系本人的家人、朋友、单位或通讯录联系人是不被允许的。请立即停止。"
        )),
      .heading(t("Contacts with third parties on record", "已记录的第三方联系")),
      .bullets(
        contacts.isEmpty
          ? [t("[date, time, who was contacted, by which number]", "[日期、时间、被联系人、来电号码]")]
          : contacts.map(describe)),
      .paragraph(
        t(
          "If it continues I will complain to the National Financial Regulatory Administration (国家金融监督管理总局, hotline 12378) with the evidence I keep.",
          "如继续发生，本人将持所保存的证据向国家金融监督管理总局（12378）投诉。")),
      signature,
    ]
  }

  var creditObjection: [Letter.Block] {
    var facts = [
      t("The record: [which record, which month, what it says]", "异议记录：[哪一条记录、哪个月份、显示内容]"),
      t("Why it is wrong: [e.g. paid on time / agreement in force]", "错误原因：[例如：已按时还款 / 协商协议正在履行]"),
    ]
    if let a = caseFile.currentAgreement, a.confirmed != .proposed {
      facts.append(
        t(
          "Agreement \(a.id) of \(a.madeOn) (\(a.kind.label.en), \(a.confirmed.label.en)): \(a.summary)",
          "协议 \(a.id)（\(a.madeOn)，\(a.kind.label.zh)，\(a.confirmed.label.zh)）：\(a.summary)"))
    }
    return [
      .paragraph(
        t(
          "To: the PBOC Credit Reference Center / \(lender)\nFrom: \(name), ID \(idNumber), phone \(phone)\nDate: \(today)",
          "致：中国人民银行征信中心 / \(lender)\n申请人：\(name)，身份证号：\(idNumber)，联系电话：\(phone)\n日期：\(today)")),
      .paragraph(
        t(
          "I object to a record in my credit report about \(subject) and ask that it be checked and corrected.",
          "本人对信用报告中关于“\(debt.name)”\(nameSaysProduct ? "" : "（\(product)）")的记录提出异议，申请核查并更正。")),
      .bullets(facts),
      .paragraph(
        t(
          "I ask for a written reply within 20 days, as the rules on credit reporting require.",
          "请按征信相关规定，于 20 日内书面答复。")),
      .heading(t("Papers attached", "附件")),
      .bullets([
        t("[copy of ID card]", "[身份证复印件]"), t("[repayment receipts]", "[还款凭证]"),
        t("[the agreement, if any]", "[协商协议（如有）]"),
      ]),
      signature,
    ]
  }

  /// Where to complain, in order, given the lender and what the log shows.
  public var complaintChannels: [String] {
    let flags = Set(caseFile.contacts.flatMap(\.flags))
    var out = [t("\(lender)'s own complaint line — always first", "\(lender) 官方投诉渠道 — 首先投诉")]
    switch debt.kind {
    case .privateLoan:
      out.append(
        t(
          "Private loan: no regulator hotline; court or 12348 legal aid", "民间借贷：无监管热线，可诉讼或拨打 12348 法律援助"
        ))
    case .other:
      out.append(
        t(
          "12378 if the lender is a bank or consumer finance company; otherwise 12315",
          "银行或消费金融公司：12378；其他平台：12315"))
    default:
      out.append(
        t(
          "12378, the hotline of the National Financial Regulatory Administration (国家金融监督管理总局, since 2023) — after the lender: it must decide within 15 days of receipt (calendar days; longer for complex cases)",
          "12378（国家金融监督管理总局投诉热线，2023 年起）— 先向机构投诉：机构应在收到投诉之日起 15 日内作出处理决定（自然日，情况复杂的可延长）"))
    }
    out.append(t("12363 (PBOC) for anything about the credit report", "12363（人民银行）— 征信相关问题"))
    if !flags.isDisjoint(with: [.threat, .impersonation, .visit, .disclosure]) {
      out.append(
        t("110 now for threats, violence or impersonation of police", "遇威胁、暴力或冒充公检法，立即拨打 110"))
    }
    return out
  }

  var complaint: [Letter.Block] {
    let flagged = caseFile.flagged
    let evidence = caseFile.contacts.flatMap { e in e.evidence.map { (e.id, $0) } }
    return header + [
      .paragraph(
        t(
          "This dossier sets out my contacts with \(lender) and its collectors about \(debt.name), the contacts I believe broke the collection rules, and the evidence I hold.",
          "本材料整理了本人与\(lender)及其催收方就“\(debt.name)”的联系记录、本人认为违反催收规定的行为，以及所持证据。")),
      .heading(t("The debt", "债务情况")), factsBlock,
      .heading(t("Contacts that broke the rules", "违规联系")),
      .bullets(
        flagged.isEmpty ? [t("(none recorded)", "（暂无记录）")] : flagged.map { "\($0.id) " + describe($0) }),
      .heading(t("Full timeline", "完整时间线")),
      .bullets(
        caseFile.contacts.isEmpty
          ? [t("(no contacts recorded)", "（暂无联系记录）")]
          : caseFile.contacts.map {
            "\($0.id) " + describe($0) + ($0.corrects.map { t(" (corrects \($0))", "（更正 \($0)）") } ?? "")
          }),
      .heading(t("Evidence (SHA-256)", "证据（SHA-256 校验值）")),
      .bullets(
        evidence.isEmpty
          ? [t("(no files recorded)", "（暂无文件）")]
          : evidence.map { "\($0.0) \($0.1.path) sha256:\($0.1.sha256)" }),
      .heading(t("Where to complain", "投诉渠道")), .bullets(complaintChannels),
      .heading(t("What I ask for", "投诉请求")),
      .bullets([
        t("That the practices above stop at once.", "立即停止上述违规行为。"),
        t(
          "A decision within 15 days of receiving this complaint, in writing.",
          "自收到本投诉之日起 15 日内作出处理决定并书面答复。"),
      ]),
      signature,
    ]
  }
}
