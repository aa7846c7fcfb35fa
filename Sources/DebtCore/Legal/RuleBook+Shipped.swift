/// The rule book shipped inside the binary: every legal number, deadline, hotline and threshold
/// the legal track uses, each with its source and the day it was last checked against it.
/// Raise `version` whenever an entry changes. Nothing here is legal advice; a person must verify.
extension RuleBook {
  /// The version of the shipped table.
  public static let version = 1
  /// The day this version of the table was published.
  public static let publishedOn = day(2026, 11, 23)

  private static func day(_ y: Int, _ m: Int, _ d: Int) -> LocalDate {
    LocalDate(year: y, month: m, day: d) ?? LocalDate(ordinal: 0)
  }

  private static let checked = day(2026, 11, 23)

  public static let shipped = RuleBook([
    LegalRule(
      .m1LastDay, "30", .calendarDays,
      LocalizedText(en: "last day past due counted as M1", zh: "M1 的最后一个逾期天数"),
      source: "industry delinquency buckets (M1 = 1–30 days)", verified: checked),
    LegalRule(
      .m2LastDay, "60", .calendarDays,
      LocalizedText(en: "last day past due counted as M2", zh: "M2 的最后一个逾期天数"),
      source: "industry delinquency buckets (M2 = 31–60 days)", verified: checked),
    LegalRule(
      .m3LastDay, "90", .calendarDays,
      LocalizedText(en: "last day past due counted as M3; after it, M3+", zh: "M3 的最后一个逾期天数，之后为 M3+"),
      source: "industry delinquency buckets (M3 = 61–90 days)", verified: checked),
    LegalRule(
      .quietFrom, "22", .hourOfDay,
      LocalizedText(en: "no collection calls from this hour", zh: "自此时起不得催收来电"),
      source:
        "China Banking Association collection guideline (2026, as reported); credit-card measures art. 68",
      verified: checked, verify: LocalizedText(en: "self-regulation, not a law", zh: "行业自律，不是法律")),
    LegalRule(
      .quietUntil, "8", .hourOfDay,
      LocalizedText(en: "… until this hour", zh: "……直到此时"),
      source: "China Banking Association collection guideline (2026, as reported)", verified: checked,
      verify: LocalizedText(en: "self-regulation, not a law", zh: "行业自律，不是法律")),
    LegalRule(
      .callsPerDay, "6", .count,
      LocalizedText(en: "call attempts a day that “should not be exceeded”", zh: "每日呼叫“不宜超过”的次数"),
      source: "China Banking Association collection guideline, released 2026-01-30", verified: checked,
      verify: LocalizedText(en: "self-regulation, not a law", zh: "行业自律，不是法律")),
    LegalRule(
      .complaintReply, "15", .workingDays,
      LocalizedText(en: "the lender answers a complaint within", zh: "机构答复投诉的期限"),
      source: "banking and insurance consumer complaint measures", verified: checked,
      verify: LocalizedText(en: "complex cases may take longer; verify the article", zh: "复杂情况可延长；请核对条文")),
    LegalRule(
      .creditObjectionReply, "20", .calendarDays,
      LocalizedText(en: "a credit-report objection is answered within", zh: "征信异议的答复期限"),
      source: "征信业管理条例 art. 25", verified: checked),
    LegalRule(
      .creditRetention, "5", .years,
      LocalizedText(
        en: "negative credit information is kept from the end of the default", zh: "不良信息自不良行为终止之日起保存"),
      source: "征信业管理条例 art. 16", verified: checked),
    LegalRule(
      .creditFreeReports, "2", .count,
      LocalizedText(en: "free credit reports a year", zh: "每年免费查询征信报告次数"),
      source: "征信业管理条例 art. 17", verified: checked),
    LegalRule(
      .creditPreReportNotice, "15", .article,
      LocalizedText(
        en: "a lender must notify the borrower before reporting negative information", zh: "报送不良信息前应告知信息主体"),
      source: "征信业管理条例 art. 15", verified: checked,
      cite: LocalizedText(en: "征信业管理条例 art. 15", zh: "《征信业管理条例》第十五条")),
    LegalRule(
      .privateLendingCap, "4", .multiple,
      LocalizedText(
        en: "× the one-year LPR: the ceiling courts protect for private lending", zh: "倍一年期 LPR：民间借贷受保护的上限"),
      source:
        "SPC private-lending provisions, amended 2020-08-20; not for licensed lenders (SPC reply, 2021-01-01)",
      verified: checked),
    LegalRule(
      .paymentOrderObjection, "15", .calendarDays,
      LocalizedText(en: "pay or object in writing to a 支付令 within", zh: "收到支付令后清偿或书面提出异议的期限"),
      source: "Civil Procedure Law (2023) arts. 227, 228", verified: checked,
      cite: LocalizedText(
        en: "Civil Procedure Law of the PRC, arts. 227 and 228", zh: "《中华人民共和国民事诉讼法》第二百二十七条、第二百二十八条")),
    LegalRule(
      .summonsAnswer, "15", .calendarDays,
      LocalizedText(
        en: "answer a lawsuit (答辩状) and object to jurisdiction within", zh: "提交答辩状及提出管辖权异议的期限"),
      source: "Civil Procedure Law (2023) arts. 128, 130", verified: checked,
      cite: LocalizedText(
        en: "Civil Procedure Law of the PRC, arts. 128 and 130", zh: "《中华人民共和国民事诉讼法》第一百二十八条、第一百三十条")),
    LegalRule(
      .judgmentAppeal, "15", .calendarDays,
      LocalizedText(en: "appeal a first-instance judgment within", zh: "对一审判决提起上诉的期限"),
      source: "Civil Procedure Law (2023) art. 171", verified: checked,
      cite: LocalizedText(en: "Civil Procedure Law of the PRC, art. 171", zh: "《中华人民共和国民事诉讼法》第一百七十一条")),
    LegalRule(
      .rulingAppeal, "10", .calendarDays,
      LocalizedText(en: "appeal a ruling (裁定) within", zh: "对裁定提起上诉的期限"),
      source: "Civil Procedure Law (2023) art. 171", verified: checked),
    LegalRule(
      .mediationConfirmation, "30", .calendarDays,
      LocalizedText(
        en: "ask the court to confirm a mediation agreement (司法确认) within", zh: "申请司法确认调解协议的期限"),
      source: "Civil Procedure Law (2023) arts. 205, 206", verified: checked),
    LegalRule(
      .enforcementApplication, "2", .years,
      LocalizedText(en: "the creditor may apply for enforcement within", zh: "债权人申请执行的期限"),
      source: "Civil Procedure Law (2023) art. 250", verified: checked),
    LegalRule(
      .lateJudgmentInterest, "2", .multiple,
      LocalizedText(
        en: "× interest on the delay when a judgment is paid late", zh: "倍：逾期履行判决须支付迟延履行期间的债务利息"),
      source: "Civil Procedure Law (2023) art. 264", verified: checked,
      cite: LocalizedText(en: "Civil Procedure Law of the PRC, art. 264", zh: "《中华人民共和国民事诉讼法》第二百六十四条")),
    LegalRule(
      .courtFeeRelief, "121", .article,
      LocalizedText(
        en: "court fees may be deferred, reduced or waived for a party in hardship (缓交/减交/免交)",
        zh: "当事人交纳诉讼费用确有困难的，可以申请缓交、减交或者免交"),
      source: "Civil Procedure Law (2023) art. 121; 诉讼费用交纳办法 (State Council, 2006) ch. 6", verified: checked,
      verify: LocalizedText(
        en: "the court decides; ask it which papers prove hardship", zh: "由法院决定；请向法院询问需要哪些困难证明"),
      cite: LocalizedText(
        en: "Civil Procedure Law of the PRC, art. 121; Measures on the Payment of Litigation Costs, ch. 6",
        zh: "《中华人民共和国民事诉讼法》第一百二十一条、《诉讼费用交纳办法》第六章")),
    LegalRule(
      .enforcementSettlement, "241", .article,
      LocalizedText(
        en:
          "the parties may settle during enforcement (执行和解); if the settlement is broken, enforcement resumes",
        zh: "执行中双方当事人可以自行和解；不履行和解协议的，可恢复执行原生效法律文书"),
      source: "Civil Procedure Law (2023) art. 241", verified: checked,
      verify: LocalizedText(en: "the article number (renumbered in 2023)", zh: "条文序号（2023 年修正后重新编号）"),
      cite: LocalizedText(en: "Civil Procedure Law of the PRC, art. 241", zh: "《中华人民共和国民事诉讼法》第二百四十一条")),
    LegalRule(
      .hearingNotice, "7", .calendarDays,
      LocalizedText(en: "days before a hearing that DebtDeck starts reminding", zh: "开庭前提前提醒的天数"),
      source: "DebtDeck's own choice, not a law", verified: checked),
    LegalRule(
      .courtVerifyLine, "12368", .phone,
      LocalizedText(en: "courts' litigation service line: verify a court paper", zh: "法院诉讼服务热线：核实法院文书"),
      source: "人民法院 12368 诉讼服务热线", verified: checked,
      verify: LocalizedText(en: "hours vary by court", zh: "服务时间各地法院不同")),
    LegalRule(
      .legalAidLine, "12348", .phone,
      LocalizedText(en: "public legal services: free consultation and legal aid", zh: "公共法律服务：免费咨询与法律援助"),
      source: "Ministry of Justice 12348 public legal service line", verified: checked,
      verify: LocalizedText(
        en: "representation depends on hardship and the local catalogue; hours vary by province",
        zh: "能否代理取决于经济困难标准和当地目录；服务时间各省不同")),
    LegalRule(
      .regulatorLine, "12378", .phone,
      LocalizedText(
        en: "financial regulator: the lender's conduct (banks, consumer finance)", zh: "金融监管投诉：银行、消费金融公司的行为"),
      source: "National Financial Regulatory Administration 12378", verified: checked),
    LegalRule(
      .creditReportLine, "12363", .phone,
      LocalizedText(en: "PBOC: the credit report", zh: "人民银行：征信问题"), source: "征信业管理条例 art. 26; PBOC 12363",
      verified: checked),
    LegalRule(
      .policeLine, "110", .phone, LocalizedText(en: "police: threats or violence", zh: "报警：威胁或暴力"),
      source: "public security emergency line", verified: checked,
      verify: LocalizedText(en: "24 hours", zh: "24 小时")),
    LegalRule(
      .fraudLine, "96110", .phone, LocalizedText(en: "anti-fraud line", zh: "反诈专线"),
      source: "public security anti-fraud warning line", verified: checked,
      verify: LocalizedText(en: "24 hours", zh: "24 小时")),
    LegalRule(
      .marketLine, "12315", .phone,
      LocalizedText(en: "market regulation: non-bank platforms' service disputes", zh: "市场监管：非银行平台的服务纠纷"),
      source: "State Administration for Market Regulation 12315", verified: checked,
      verify: LocalizedText(en: "verify whether it covers your case", zh: "请核实是否受理")),
  ])
}
