/// What a guide step's key does inside the app.
public enum GuideAction: Hashable, Sendable {
  case pay
  case offerCalculator
  case recordContact
  case letter(LetterKind)
  case followUp
  case doorGuide
  case none

  public var label: LocalizedText {
    switch self {
    case .pay: return LocalizedText(en: "record a payment", zh: "记录还款")
    case .offerCalculator: return LocalizedText(en: "open the offer calculator", zh: "打开还款能力计算")
    case .recordContact: return LocalizedText(en: "record a contact", zh: "记录一次联系")
    case .letter(let kind): return LocalizedText(en: "draft: \(kind.title.en)", zh: "起草：\(kind.title.zh)")
    case .followUp: return LocalizedText(en: "set a follow-up", zh: "设置跟进提醒")
    case .doorGuide: return LocalizedText(en: "show the door protocol", zh: "查看上门应对")
    case .none: return LocalizedText(en: "", zh: "")
    }
  }
}

/// One step of the overdue playbook.
public struct GuideStep: Hashable, Sendable, Identifiable {
  public let id: String
  public let title: LocalizedText
  public let why: LocalizedText
  public let checklist: [LocalizedText]
  /// The stages in which the step applies.
  public let stages: Set<Stage>
  public let action: GuideAction
  /// The notice that marking this step done marks done too (a court deadline's countdown).
  public var reminderID: String? = nil
}

/// The overdue playbook as data (DOMAIN.md §4, in our own words). Which steps show depends on the
/// stage: in grace the first thing is to pay; from M1 the call comes first; from M3 the home-visit
/// and legal steps appear.
public enum Guide {
  /// When the guidance was last checked against the sources; shown on every page of it.
  public static let lastChecked = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(ordinal: 0)

  static let late: Set<Stage> = [.dueToday, .inGrace, .m1, .m2, .m3, .m3Plus]
  static let delinquent: Set<Stage> = [.m1, .m2, .m3, .m3Plus]
  static let handling: Set<Stage> = delinquent.union([.negotiating, .agreementInForce])
  static let court: Set<Stage> = [.inCourt, .judgment, .enforcement]

  /// The steps for a debt at `stage`, in the order to take them.
  public static func steps(for stage: Stage) -> [GuideStep] {
    all.filter { $0.stages.contains(stage) }
  }

  public static func step(id: String) -> GuideStep? { all.first { $0.id == id } }

  public static let all: [GuideStep] = [
    GuideStep(
      id: "pay-now",
      title: LocalizedText(en: "Pay now if you possibly can", zh: "能还就马上还"),
      why: LocalizedText(
        en:
          "Inside the grace period most lenders charge no penalty and report nothing to the credit bureau. Paying even part of it today costs less than any negotiation.",
        zh: "宽限期内多数机构不收罚息、不报送征信。今天哪怕先还一部分，也比之后任何协商都划算。"),
      checklist: [
        LocalizedText(en: "Check the exact amount in the lender's app", zh: "在官方 App 中核对准确金额"),
        LocalizedText(en: "Pay through the official app or bank only", zh: "只通过官方 App 或银行渠道还款"),
        LocalizedText(en: "Keep the payment receipt", zh: "保存还款凭证"),
      ],
      stages: [.dueToday, .inGrace, .m1], action: .pay),
    GuideStep(
      id: "confirm",
      title: LocalizedText(en: "Confirm the facts", zh: "核实事实"),
      why: LocalizedText(
        en:
          "Before anything else, know exactly what is owed: is it really overdue, how much, since when, and how the penalty is counted.",
        zh: "先弄清楚到底欠多少：是否真的逾期、金额多少、从哪天开始、罚息怎么算。"),
      checklist: [
        LocalizedText(en: "Contract number and ID card at hand", zh: "准备好合同编号和身份证"),
        LocalizedText(en: "Overdue amount and the date it started", zh: "逾期金额和起始日期"),
        LocalizedText(en: "Penalty rate and any late fee in the contract", zh: "合同里的罚息利率和违约金"),
        LocalizedText(en: "Whether it has been reported to 征信", zh: "是否已经上报征信"),
      ],
      stages: late.union([.negotiating]), action: .none),
    GuideStep(
      id: "assess",
      title: LocalizedText(en: "Work out what you can really pay", zh: "算清自己真正能还多少"),
      why: LocalizedText(
        en:
          "Income, essential spending, the other debts' minimums: what is left is what you can offer. Don't agree to any plan before you know this number.",
        zh: "收入减去必要开支和其他债务的最低还款，剩下的才是能拿出来的钱。算清之前不要答应任何方案。"),
      checklist: [
        LocalizedText(en: "Monthly income after tax", zh: "每月税后收入"),
        LocalizedText(en: "Rent, food, transport, medicine, family", zh: "房租、吃饭、交通、医药、家庭开支"),
        LocalizedText(en: "Keep a small emergency reserve", zh: "留出一点应急钱"),
      ],
      stages: delinquent.union([.negotiating]).union(court), action: .offerCalculator),
    GuideStep(
      id: "contact-lender",
      title: LocalizedText(en: "Contact the lender first", zh: "主动先联系贷款机构"),
      why: LocalizedText(
        en:
          "Call before they escalate. Use only official channels: the hotline on the card or in the app, in-app support, the official e-mail. A borrower who calls first is treated very differently from one who hides.",
        zh: "在对方升级催收之前主动联系。只用官方渠道：卡片或 App 上的客服电话、App 在线客服、官方邮箱。主动沟通的人和失联的人，得到的对待完全不同。"),
      checklist: [
        LocalizedText(en: "Facts and contract number in front of you", zh: "手边备好事实和合同编号"),
        LocalizedText(en: "Your offer ready (see the calculator)", zh: "准备好你的还款方案（见计算器）"),
        LocalizedText(
          en: "First sentence: who you are, that you intend to pay, and why you are late",
          zh: "开场一句：说明身份、表明愿意还款、说明逾期原因"),
        LocalizedText(en: "Speak briefly and calmly; note name and staff number", zh: "简短冷静；记下对方姓名和工号"),
      ],
      stages: delinquent.union([.inGrace]), action: .recordContact),
    GuideStep(
      id: "propose",
      title: LocalizedText(en: "Explain and propose a concrete plan", zh: "说明情况，提出具体方案"),
      why: LocalizedText(
        en:
          "Say why you are late and that you intend to pay, then propose numbers: installments, an extension, a partial payment now, or relief from penalty interest and fees. For credit cards, a personalised installment plan (个性化分期, credit-card measures art. 70) exists: the bank *may* agree when the debt is beyond your means and you are willing to repay; at most 60 months; no new cards until it is settled. It is not a right, and anyone selling \"停息挂账\" for a fee is a known grey industry.",
        zh:
          "说明逾期原因和还款意愿，然后给出具体数字：分期、延期、先还一部分，或减免罚息和费用。信用卡有个性化分期（《信用卡业务监督管理办法》第七十条）：持卡人确实无力偿还且有还款意愿时，银行可以同意；最长 60 个月；还清前不得申请新卡。这不是法定权利；收费办理“停息挂账”的中介属于灰色产业。"
      ),
      checklist: [
        LocalizedText(en: "Monthly amount and number of months", zh: "每月金额和期数"),
        LocalizedText(en: "Ask for the penalty and fees to be waived", zh: "申请减免罚息和费用"),
        LocalizedText(en: "Send the request in writing too", zh: "同时提交书面申请"),
      ],
      stages: delinquent.union([.negotiating]), action: .letter(.negotiation)),
    GuideStep(
      id: "hardship",
      title: LocalizedText(en: "Prove hardship", zh: "提供困难证明"),
      why: LocalizedText(
        en:
          "Lenders grant more to a borrower who can show why: illness, job loss, a fall in income. Gather the papers before you are asked.",
        zh: "能说明原因的借款人更容易获得宽限：生病、失业、收入下降。在对方要求之前先准备好材料。"),
      checklist: [
        LocalizedText(en: "Medical records or hospital bills", zh: "病历或医院票据"),
        LocalizedText(en: "Termination letter or proof of unemployment", zh: "离职证明或失业证明"),
        LocalizedText(en: "Bank statements showing the drop in income", zh: "显示收入下降的银行流水"),
      ],
      stages: [.m1, .m2, .m3, .m3Plus, .negotiating, .inCourt, .judgment, .enforcement],
      action: .letter(.hardship)),
    GuideStep(
      id: "record",
      title: LocalizedText(en: "Record every contact", zh: "记录每一次联系"),
      why: LocalizedText(
        en:
          "Date and time, channel, name and staff number, organisation, phone number, what was said and agreed, every promise by either side. Keep recordings, SMS and chat screenshots. This log is your evidence.",
        zh: "日期时间、渠道、姓名工号、机构、电话号码、说了什么、约定了什么、双方的每一个承诺。保存通话录音、短信和聊天截图。这份记录就是你的证据。"),
      checklist: [
        LocalizedText(en: "Turn on call recording", zh: "打开通话录音"),
        LocalizedText(en: "Screenshot SMS and chats", zh: "截图保存短信和聊天"),
        LocalizedText(en: "Record each contact the same day", zh: "当天记录每次联系"),
      ],
      stages: handling.union(court), action: .recordContact),
    GuideStep(
      id: "in-writing",
      title: LocalizedText(en: "Get the agreement in writing", zh: "把协议落到书面"),
      why: LocalizedText(
        en:
          "An oral promise from a call centre can be forgotten. Ask for the agreement by SMS, e-mail, in the app or on paper; if only oral, record the call and note it here.",
        zh: "客服的口头承诺可能不被认可。请对方通过短信、邮件、App 或纸质文件确认；只有口头的，要录音并在这里记下。"),
      checklist: [
        LocalizedText(en: "Amounts, dates and what is waived are all written", zh: "金额、日期、减免内容都有书面记录"),
        LocalizedText(en: "Collection stops once it is signed", zh: "签署后应停止催收"),
      ],
      stages: [.negotiating, .agreementInForce, .m1, .m2, .m3, .m3Plus], action: .followUp),
    GuideStep(
      id: "keep-agreement",
      title: LocalizedText(en: "Keep to the agreement", zh: "按约履行"),
      why: LocalizedText(
        en:
          "A broken agreement is hard to get twice. Pay each installment on time, set up auto-debit, check your progress, and keep an emergency reserve.",
        zh: "违约后很难再获得第二次协商。每期按时还款，设置自动扣款，定期核对进度，保留应急资金。"),
      checklist: [
        LocalizedText(en: "Auto-debit set up", zh: "已设置自动扣款"),
        LocalizedText(en: "Reminders on for each agreed date", zh: "每个约定日期都有提醒"),
      ],
      stages: [.agreementInForce], action: .pay),
    GuideStep(
      id: "stay-reachable",
      title: LocalizedText(en: "Don't disappear", zh: "不要失联"),
      why: LocalizedText(
        en:
          "Avoiding calls makes penalties grow and escalation more likely — home visits and lawsuits happen mostly to borrowers who cannot be reached. Answer, or call back at a time you choose.",
        zh: "躲避只会让罚息越滚越多、催收越来越升级——上门和起诉多发生在联系不上的借款人身上。接电话，或在你方便的时间回电。"),
      checklist: [
        LocalizedText(en: "Set a time each week to call back", zh: "每周固定时间回电"),
        LocalizedText(en: "Tell them if your number changes", zh: "换号码要告知对方"),
      ],
      stages: delinquent, action: .followUp),
    GuideStep(
      id: "rights",
      title: LocalizedText(en: "Know your rights, and where to complain", zh: "了解你的权利和投诉渠道"),
      why: LocalizedText(
        en:
          "Collectors may not call between 22:00 and 08:00 without your consent, make more call attempts a day to one number than the industry guideline says they \"should not exceed\" (不宜超过) — 6, a China Banking Association self-regulation guideline, not a law — contact people unrelated to the debt, threaten, insult, impersonate police or courts, or spread your information. Save the evidence, then complain: the lender first, then 12378, the National Financial Regulatory Administration's hotline (国家金融监督管理总局, since 2023; banks and consumer finance — the lender must decide within 15 calendar days of receiving a complaint, longer for complex cases), 12363 (credit reports), 110 for threats or violence; 12315 for other platforms; 12348 for free legal help.",
        zh:
          "催收不得在 22:00 至次日 08:00 未经同意联系你，同一号码每天呼叫不宜超过 6 次（中国银行业协会自律指引，不是法律），不得联系与债务无关的人，不得威胁、辱骂、冒充公检法，不得泄露你的信息。先保存证据，再投诉：先找贷款机构，然后 12378（国家金融监督管理总局投诉热线；银行和消费金融——机构应在收到投诉之日起 15 日内作出处理决定，复杂情况可延长）、12363（征信问题），遇到威胁或暴力打 110；其他平台可打 12315；免费法律帮助 12348。"
      ),
      checklist: [
        LocalizedText(en: "Flagged contacts are in the log", zh: "违规联系已在记录中标出"),
        LocalizedText(en: "Evidence files saved and hashed", zh: "证据文件已保存并计算校验值"),
        LocalizedText(en: "Complain to the lender first", zh: "先向贷款机构投诉"),
      ],
      stages: delinquent.union([.negotiating]), action: .letter(.complaint)),
    GuideStep(
      id: "third-parties",
      title: LocalizedText(en: "Stop contact with third parties", zh: "制止联系第三方"),
      why: LocalizedText(
        en:
          "If they call your family, friends or employer while you can be reached, ask in writing that they stop, and record each such contact as evidence.",
        zh: "在你能被联系到的情况下，对方联系你的家人、朋友或单位，请书面要求停止，并把每次这样的联系记录为证据。"),
      checklist: [
        LocalizedText(en: "Ask those contacted to note date, time and number", zh: "请被联系的人记下日期、时间和号码"),
        LocalizedText(en: "Send the stop request", zh: "发送停止联系第三方的要求"),
      ],
      stages: [.m2, .m3, .m3Plus, .negotiating], action: .letter(.stopThirdParty)),
    GuideStep(
      id: "door",
      title: LocalizedText(en: "If someone comes to the door", zh: "如果有人上门"),
      why: LocalizedText(
        en:
          "Rare, but it happens on large, long-overdue debts or when a borrower cannot be reached. Its stated purpose is to verify your situation. Stay calm: ask for ID, you need not let them in, never give passwords or codes.",
        zh: "少见，但在金额较大、逾期较久或联系不上时可能发生，其目的是核实情况。保持冷静：要求出示证件，你可以不让对方进门，绝不提供密码或验证码。"),
      checklist: [
        LocalizedText(en: "Read the door protocol now, before you need it", zh: "现在就读一遍上门应对，别等到用时")
      ],
      stages: [.m3, .m3Plus], action: .doorGuide),
    GuideStep(
      id: "legal",
      title: LocalizedText(en: "If legal papers arrive", zh: "如果收到法律文书"),
      why: LocalizedText(
        en:
          "A real lawsuit comes from a court, not from a collector's SMS. Check any summons with the court itself; never ignore a real one — answer by the deadline, bring your agreement offers and evidence, and ask for legal aid (12348) if you cannot afford a lawyer. Pay only into the lender's official accounts.",
        zh: "真正的诉讼文书来自法院，而不是催收短信。向法院本身核实传票；真的就绝不能置之不理——按期应诉，带上你的协商记录和证据；请不起律师可拨打 12348 申请法律援助。只向贷款机构的官方账户还款。"),
      checklist: [
        LocalizedText(en: "Verify the case number with the court", zh: "向法院核实案号"),
        LocalizedText(en: "Note every deadline as a follow-up", zh: "每个期限都设为跟进提醒"),
      ],
      stages: [.m3, .m3Plus], action: .followUp),
    GuideStep(
      id: "credit-report",
      title: LocalizedText(en: "Check your credit report", zh: "查询个人征信"),
      why: LocalizedText(
        en:
          "Negative records stay 5 years after the debt is settled. If a record is wrong, file an objection: the answer is due in writing within 20 days. Anyone selling \"credit repair\" (征信修复) is running a scam.",
        zh: "负面记录在债务结清后保留 5 年。记录有误可以提出征信异议，对方应在 20 日内书面答复。任何声称能“征信修复”的都是骗局。"),
      checklist: [
        LocalizedText(en: "Get the report (PBOC credit reference center)", zh: "查询征信报告（人民银行征信中心）"),
        LocalizedText(en: "Compare each record with your own facts", zh: "逐条与自己的记录核对"),
      ],
      stages: [.m2, .m3, .m3Plus, .settled, .agreementInForce, .inCourt, .judgment, .enforcement],
      action: .letter(.creditObjection)),
    GuideStep(
      id: "after-settled",
      title: LocalizedText(en: "Get the settlement proof (结清证明)", zh: "索取结清证明"),
      why: LocalizedText(
        en:
          "Ask the lender for a settlement certificate (结清证明) that names the loan, the day it was settled and that nothing is owed. Keep it for good: it is what you show if a collector calls again or the credit report is not updated.",
        zh: "向贷款机构索取结清证明，写明借款、结清日期以及已无欠款。永久保存：再有催收来电或征信未更新时，它就是凭证。"),
      checklist: [
        LocalizedText(en: "Asked for the 结清证明 (app, hotline or branch)", zh: "已申请结清证明（App、客服或网点）"),
        LocalizedText(en: "Saved it, a copy outside your phone too", zh: "已保存，并在手机之外另存一份"),
        LocalizedText(en: "Record the contact and the file as evidence", zh: "把这次联系和文件记为证据"),
      ],
      stages: [.settled], action: .recordContact),
    GuideStep(
      id: "check-report-settled",
      title: LocalizedText(en: "Check the credit report shows 结清", zh: "核对征信显示“结清”"),
      why: LocalizedText(
        en:
          "About a month after settling, pull your free credit report: the account should show 结清 (settled) with nothing owed. The overdue history stays for years from the day the default ended, then goes; nobody can remove an accurate record for a fee. If the report is wrong or not updated, object in writing.",
        zh: "结清约一个月后查询免费征信报告：该账户应显示“结清”、余额为零。逾期记录自不良行为终止之日起保留数年后删除；任何人都无法收费删除真实记录。报告有误或未更新，可书面提出异议。"),
      checklist: [
        LocalizedText(en: "Report pulled (PBOC credit reference center)", zh: "已查询征信报告（人民银行征信中心）"),
        LocalizedText(en: "The account shows 结清 and a zero balance", zh: "该账户显示“结清”，余额为零"),
        LocalizedText(en: "If not: object, with the 结清证明 attached", zh: "如未更新：附结清证明提出异议"),
      ],
      stages: [.settled], action: .letter(.creditObjection)),
    GuideStep(
      id: "prevent",
      title: LocalizedText(en: "Prevent it next time", zh: "预防再次逾期"),
      why: LocalizedText(
        en:
          "A budget, an emergency fund, reminders before every due date, auto-debit, and paying the most expensive debt first.",
        zh: "做预算、留应急金、每个还款日前设提醒、开自动扣款，先还最贵的债。"),
      checklist: [
        LocalizedText(en: "Reminder lead days set (Settings)", zh: "已设置提前提醒天数（设置）"),
        LocalizedText(en: "A plan chosen (Plan screen)", zh: "已选定还款计划（还款计划页）"),
      ],
      stages: [.settled, .agreementInForce, .dueSoon, .current], action: .none),
  ]
}
