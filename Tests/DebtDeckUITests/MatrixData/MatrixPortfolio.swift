import DebtCore

/// The golden matrix's data: six debts with long Chinese names, lenders and notes — a card
/// installment plan 20 days late, a private loan from a cousin due in three days, a 借呗 at M2 with
/// two long contacts (a threat and a third party, and a verbal agreement with a promise), a 微粒贷
/// under a written agreement, a 花呗 bill and a bank loan paid on time.
enum MatrixPortfolio {
  static let today = GoldenScreenTests.today

  static func make() -> Portfolio {
    var p = Portfolio()

    let cardMissed = today.adding(days: -20)
    add(
      Debt(
        id: "", name: "招商银行信用卡（尾号8888）分期还款", lender: "招商银行股份有限公司信用卡中心", kind: .creditCard,
        principal: 2_400_000, rate: Rate(basis: .flatMonthly, scaled: 60_000_000), method: .flatFee,
        termMonths: 24, startDate: cardMissed.adding(months: -3), dueDay: cardMissed.day,
        notes: "分期手续费每月0.6%，客服说逾期超过三个月会影响征信记录，需要尽快联系信用卡中心协商个性化分期还款方案。"),
      paid: 2, into: &p)

    let cousinDue = today.adding(days: 3)
    add(
      Debt(
        id: "", name: "表哥王小明的借款（买车首付）", lender: "表哥王小明", kind: .privateLoan, principal: 5_000_000,
        rate: Rate(basis: .apr, scaled: 360_000_000), method: .bullet, termMonths: 12,
        startDate: cousinDue.adding(months: -12), dueDay: cousinDue.day,
        notes: "口头约定一年后一次性还清，没有签借条；表哥说如果手头紧可以先还一半，剩下的年底再说。"),
      paid: 0, into: &p)

    let jiebeiMissed = today.adding(days: -45)
    let jiebei = add(
      Debt(
        id: "", name: "借呗（应急周转资金，用于支付房租和孩子学费）", lender: "重庆蚂蚁消费金融有限公司", kind: .jiebei,
        principal: 2_000_000, rate: Rate(basis: .daily, scaled: 5_000_000), method: .equalInstallment,
        termMonths: 12, startDate: jiebeiMissed.adding(months: -2), dueDay: jiebeiMissed.day,
        notes: "失业后连续两期没有还上；已经准备好失业证明和银行流水，打算申请停息挂账或者个性化分期。"),
      paid: 1, into: &p)
    p.appendContact(
      ContactEntry(
        at: LocalDateTime(date: today.adding(days: -3), hour: 21, minute: 40), direction: .inbound,
        channel: .call,
        summary: "催收员自称是某某资产管理有限公司的王经理，说如果今天不还清全部欠款就会联系我的单位领导和老家的父母，还说要上门拜访，语气很凶；我要求他提供工号，他拒绝了。",
        organisation: "某某资产管理有限公司（受托催收机构）", person: "王经理", phone: "021-5555 0100",
        thirdParty: true, userFlags: [.threat]),
      to: jiebei)
    var promised = ContactEntry(
      at: LocalDateTime(date: today.adding(days: -1), hour: 10, minute: 15), direction: .outbound,
      channel: .call,
      summary: "我打电话给借呗官方客服说明失业情况，客服说可以申请延期还款或者个性化分期，需要提供失业证明和收入证明，材料审核大约需要七个工作日。",
      organisation: "重庆蚂蚁消费金融有限公司客户服务中心", person: "李女士", staffID: "KF20931",
      agreed: "先于本月底前还款一千元，其余欠款分十二期偿还，等待书面确认。",
      promises: [ContactPromise(by: .me, due: today.adding(days: 7), amount: 100_000)])
    promised.verbalAgreement = true
    p.appendContact(promised, to: jiebei)

    let weilidaiMissed = today.adding(days: -35)
    let weilidai = add(
      Debt(
        id: "", name: "微粒贷（微众银行）备用金借款", lender: "深圳前海微众银行股份有限公司", kind: .weilidai,
        principal: 1_000_000, rate: Rate(basis: .daily, scaled: 4_000_000), method: .equalInstallment,
        termMonths: 10, startDate: weilidaiMissed.adding(months: -3), dueDay: weilidaiMissed.day),
      paid: 3, into: &p)
    p.appendAgreement(
      Agreement(
        madeOn: today.adding(days: -10), kind: .installments, confirmed: .writing,
        summary: "微众银行同意停止计收罚息，剩余本金分十二期偿还，每月十五日前还款，提前还款不收取违约金，协商结果以短信和电子邮件书面确认。",
        schedule: (1...12).map {
          Agreement.Payment(date: LocalDate.clamped(year: 2026, month: 11 + $0, day: 15), amount: 62_000)
        }),
      to: weilidai)

    let huabeiDue = LocalDate.clamped(year: 2026, month: 12, day: 10)
    add(
      Debt(
        id: "", name: "花呗（日常消费和网购账单）", lender: "重庆蚂蚁消费金融有限公司", kind: .huabei, principal: 385_000,
        rate: Rate(basis: .daily, scaled: 5_000_000), method: .revolving, termMonths: 1,
        startDate: huabeiDue.adding(months: -1), dueDay: 10, statementDay: 1),
      paid: 0, into: &p)

    let bankStart = LocalDate.clamped(year: 2026, month: 1, day: 3)
    let bank = Debt(
      id: "", name: "中国建设银行快贷（个人消费贷款）", lender: "中国建设银行股份有限公司北京朝阳支行", kind: .bankLoan,
      principal: 10_000_000, rate: Rate(basis: .apr, scaled: 435_000_000), method: .equalInstallment,
      termMonths: 36, startDate: bankStart, dueDay: 15)
    add(bank, paid: Schedule(for: bank).installments.filter { $0.dueDate < today }.count, into: &p)
    return p
  }

  /// Adds `debt` and pays its first `paid` installments on their due dates; returns its id.
  @discardableResult
  static func add(_ debt: Debt, paid: Int, into p: inout Portfolio) -> String {
    let id = p.add(debt)
    for inst in Schedule(for: debt).installments.prefix(paid) {
      p.record(Payment(id: "", debt: id, date: inst.dueDate, amount: inst.total, note: "按时还款"))
    }
    return id
  }
}
