import Testing

@testable import DebtCore

@Suite("Scam checks on contact entries")
struct ScamCheckTests {
  func entry(
    _ summary: String, direction: ContactDirection = .inbound, channel: ContactChannel = .call,
    phone: String = ""
  ) -> ContactEntry {
    ContactEntry(
      at: LocalDateTime(date: day("2026-11-23"), hour: 10, minute: 0), direction: direction, channel: channel,
      summary: summary, phone: phone)
  }

  @Test(
    "each sign fires on Chinese and English phrasing",
    arguments: [
      (ScamFlag.transferToPersonalAccount, "对方说逾期要冲正，让我把钱转到安全账户", ContactChannel.call),
      (.transferToPersonalAccount, "让我转账到他的个人银行卡，说这样能免罚息", .call),
      (.transferToPersonalAccount, "He told me to move the money to a SAFE  ACCOUNT today", .call),
      (.transferToPersonalAccount, "asked me to transfer 3000 to a personal account of their staff", .call),
      (.screenSharing, "要我下载腾讯会议开屏幕共享，帮我操作还款", .call),
      (.screenSharing, "Caller asked me to share your screen — no, to share my screen on the phone", .call),
      (.screenSharing, "asked me to install Zoom so he could guide me", .call),
      (.cancelAccount, "自称客服，说我的校园贷要注销账户，否则影响征信", .call),
      (
        .cancelAccount,
        "said I must cancel your account — the student loan account — or my credit report suffers", .call
      ),
      (.creditRepairFee, "有人加我微信，说交 2000 元可以征信修复", .wechat),
      (.creditRepairFee, "offered credit repair for a fee of 1500 yuan", .sms),
      (.creditRepairFee, "they can remove the records from my credit report if I pay a fee", .call),
      (.paidAgent, "一个反催收团队说帮我协商", .wechat),
      (.paidAgent, "说能办停息挂账，先交 3000 服务费", .call),
      (.paidAgent, "an agent wants an upfront fee to negotiate and stop the interest", .call),
      (.claimsAuthority, "对方自称公安，说我涉嫌洗钱，要配合调查", .call),
      (.claimsAuthority, "自称法院工作人员，说今天不还就立案", .call),
      (.claimsAuthority, "man said this is the police and I must pay a deposit", .call),
      (.claimsAuthority, "calling from the court about my loan, wants money today", .call),
      (.lawyerLetterAsCourtPaper, "收到一封律师函，说这就是法院传票", .letter),
      (.lawyerLetterAsCourtPaper, "a lawyer's letter that calls itself a summons", .letter),
      (.courtSMSLink, "【某某法院】您有一条立案通知，请点击 http://xx.cn/a 查看", .sms),
      (.courtSMSLink, "SMS: court summons, click the link to see your case", .sms),
    ])
  func fires(flag: ScamFlag, text: String, channel: ContactChannel) {
    #expect(ScamCheck.flags(entry(text, channel: channel)).contains(flag), "\(text)")
  }

  @Test(
    "near-misses do not fire",
    arguments: [
      "催收来电，要求三天内还清，否则会上报征信",  // ordinary collection talk
      "客服说可以在借呗 App 里还款到对公账户",  // an account, but not personal and no transfer word
      "查了个人账户的还款记录",  // 个人账户 without a transfer
      "I paid through the official app to my loan account",
      "Courtesy call from the bank about the due date",  // "court" inside a word
      "我们约了下周开会商量还款计划",  // a meeting, no app
      "结清后去销户，银行说结清证明三天后寄出",  // closing after settling is normal
      "我提交了征信异议，等待 20 天内答复",  // a free objection is not repair
      "I asked the bank about personalised installments (个性化分期)",
      "对方说可能会起诉",  // a threat to sue is not a claim to be the court
      "收到律师函，要求十日内还款",  // a lawyer's letter, not presented as a court paper
      "我打 12368 核实了法院的短信",  // (outbound below) verifying is the right thing
      "They sent an SMS with a link to the lender's app",  // a link, no court
    ])
  func nearMisses(text: String) {
    let inbound = ScamCheck.flags(entry(text, channel: .sms))
    let outbound = ScamCheck.flags(entry(text, direction: .outbound, channel: .call))
    if text.contains("12368") {
      #expect(outbound.isEmpty, "\(text): \(outbound)")
    } else {
      #expect(inbound.isEmpty, "\(text): \(inbound)")
    }
  }

  @Test("a claim of authority on my own call to the court does not fire; a court SMS needs the SMS channel")
  func directionAndChannel() {
    #expect(ScamCheck.flags(entry("自称法院工作人员", direction: .outbound)).isEmpty)
    #expect(!ScamCheck.flags(entry("法院 请点击链接", channel: .call)).contains(.courtSMSLink))
  }

  @Test("each flag says what to do instead, with the rule book's numbers")
  func instead() {
    for flag in ScamFlag.allCases {
      let text = flag.instead(.shipped)
      #expect(!text.en.isEmpty && !text.zh.isEmpty)
    }
    #expect(ScamFlag.transferToPersonalAccount.instead(.shipped).en.contains("96110"))
    #expect(ScamFlag.claimsAuthority.instead(.shipped).zh.contains("12368"))
  }

  @Test("a contact from another number than the official one is marked; the official one, or mine, is not")
  func officialNumber() {
    let official = OfficialChannel(
      phones: ["95188"], app: "支付宝", source: "App", recordedOn: day("2026-11-23"))
    #expect(official.isUnofficial(entry("催收", phone: "0571-88888888")))
    #expect(!official.isUnofficial(entry("催收", phone: "95188")))
    #expect(!official.isUnofficial(entry("催收", phone: "")))
    #expect(!official.isUnofficial(entry("我打过去", direction: .outbound, phone: "0571-1")))
    #expect(official.isUnofficial(entry("催收", phone: "+86 138 0013 8000")))
    let mobile = OfficialChannel(phones: ["13800138000"], app: "", source: "", recordedOn: day("2026-11-23"))
    #expect(!mobile.isUnofficial(entry("x", phone: "+86 138-0013-8000")))
    var file = CaseFile(debt: "d1")
    file.official = official
    let w = file.warnings(for: entry("让我转到安全账户", phone: "0571-1"))
    #expect(w.unofficialNumber && w.scam == [.transferToPersonalAccount])
    #expect(w.lines(.shipped).count == 2)
  }
}
