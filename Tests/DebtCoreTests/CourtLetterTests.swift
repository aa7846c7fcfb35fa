import Foundation
import Testing

@testable import DebtCore

/// The court letters, drafted for a 借呗 debt at M3+ with its court papers recorded, compared with
/// reviewed golden files. Re-record on purpose:
/// `DEBTDECK_RECORD_GOLDEN=1 swift test --filter CourtLetterTests`, then read every file.
@Suite("Court letters")
struct CourtLetterTests {
  static let today = day("2026-11-23")
  static let courtKinds = LetterKind.allCases.filter { !$0.courtEvents.isEmpty }

  /// ¥20,000 borrowed 2026-05-05, nothing paid: 171 days late on 2026-11-23.
  static func fixture(events: [CourtEvent]? = nil) -> (Portfolio, String) {
    var p = Portfolio()
    var jiebei = makeDebt(
      principal: 2_000_000, basis: .daily, percent: "0.05", method: .equalInstallment, term: 12,
      start: "2026-05-05", dueDay: 5, kind: .jiebei)
    jiebei.name = "借呗"
    jiebei.lender = "重庆蚂蚁消费金融有限公司"
    let id = p.add(jiebei)
    p.appendContact(
      ContactEntry(
        at: LocalDateTime(date: day("2026-10-12"), hour: 10, minute: 0), direction: .outbound, channel: .call,
        summary: "申请分期，客服说要等法务"),
      to: id)
    var file = p.caseFile(for: id)
    file.offer = OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000)
    for e in events ?? [
      CourtEvent(
        kind: .paymentOrder, received: day("2026-11-20"), caseNumber: "(2026)渝0112民督123号", court: "重庆市渝北区人民法院"
      ),
      CourtEvent(
        kind: .summons, received: day("2026-11-21"), caseNumber: "(2026)渝0112民初456号",
        hearing: day("2027-01-12")),
      CourtEvent(
        kind: .judgment, received: day("2026-11-23"), caseNumber: "(2026)渝0112民初456号", court: "重庆市渝北区人民法院"),
      CourtEvent(
        kind: .enforcement, received: day("2026-11-23"), caseNumber: "(2026)渝0112执789号", court: "重庆市渝北区人民法院"),
    ] {
      file.append(e)
    }
    p.cases[id] = file
    return (p, id)
  }

  static func writer(_ p: Portfolio, _ id: String, _ language: Language, rules: RuleBook = .shipped) throws
    -> LetterWriter
  {
    let statuses = p.statuses(asOf: today)
    let debt = try #require(p.debt(id: id))
    let file = p.caseFile(for: id)
    let offer = file.offer.flatMap {
      Offer.make(inputs: $0, debtID: id, portfolio: p, statuses: statuses, today: today)
    }
    return LetterWriter(
      debt: debt, status: try #require(statuses[id]), caseFile: file, offer: offer, today: today,
      language: language, rules: rules)
  }

  func check(_ kind: LetterKind, _ language: Language) throws {
    let (p, id) = CourtLetterTests.fixture()
    let text = try CourtLetterTests.writer(p, id, language).letter(kind).render(.markdown)
    let name = "\(kind.rawValue)-\(language == .zhHans ? "zh" : "en").md"
    let url = LetterTests.directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected != nil, "missing golden file \(name)")
    #expect(text == expected, "\(name) differs:\n\(text)")
    #expect(!text.contains(language == .zhHans ? "[your name]" : "[姓名]"))
  }

  @Test("each court letter in 简体中文 matches its golden file", arguments: courtKinds)
  func chinese(_ kind: LetterKind) throws { try check(kind, .zhHans) }

  @Test("each court letter in English matches its golden file", arguments: courtKinds)
  func english(_ kind: LetterKind) throws { try check(kind, .en) }

  @Test("a court letter is offered only once its court paper is recorded (and received by today)")
  func offeredOnlyWithItsEvent() throws {
    let (bare, id) = CourtLetterTests.fixture(events: [])
    let debt = try #require(bare.debt(id: id))
    #expect(
      LetterKind.available(for: debt, caseFile: bare.cases[id], today: CourtLetterTests.today)
        == LetterKind.available(for: debt, caseFile: bare.caseFile(for: id)))
    let pairs: [(CourtEventKind, LetterKind?)] = [
      (.paymentOrder, .paymentOrderObjection), (.summons, .defence), (.smallClaims, .defence),
      (.judgment, .courtFeeRelief), (.enforcement, .enforcementSettlement), (.ruling, nil), (.mediation, nil),
    ]
    for (event, letter) in pairs {
      let (p, _) = CourtLetterTests.fixture(events: [CourtEvent(kind: event, received: day("2026-11-20"))])
      let court = LetterKind.available(for: debt, caseFile: p.cases[id], today: CourtLetterTests.today)
        .filter { !$0.courtEvents.isEmpty }
      #expect(court == (letter.map { [$0] } ?? []), "\(event)")
      // Not yet received on the day before: not offered.
      #expect(
        LetterKind.available(for: debt, caseFile: p.cases[id], today: day("2026-11-19"))
          .allSatisfy { $0.courtEvents.isEmpty })
    }
  }

  @Test(
    "the objection carries the paper's facts, its deadline counted by hand, the article and the check date")
  func objectionFacts() throws {
    let (p, id) = CourtLetterTests.fixture()
    for language in [Language.en, .zhHans] {
      let text = try CourtLetterTests.writer(p, id, language).letter(.paymentOrderObjection).render(.text)
      // Received Fri 2026-11-20; 15 days from the next day: 11-21 … 12-05, a Saturday → Mon 12-07.
      #expect(text.contains("2026-12-07"))
      #expect(text.contains("(2026)渝0112民督123号") && text.contains("重庆市渝北区人民法院"))
      #expect(text.contains("2026-11-20"))
      #expect(text.contains(language == .en ? "arts. 227 and 228" : "第二百二十七条、第二百二十八条"))
      #expect(text.contains(language == .en ? "checked 2026-11-23" : "核对于 2026-11-23"))
      #expect(text.contains(language == .en ? "not legal advice" : "不构成法律意见"))
      #expect(text.contains("12368") && text.contains("12348"))
      // The status's own figures: ¥20,000 borrowed, nothing paid, 171 days late on 11-23
      // (first due 2026-06-05: 25 days of June + 31 + 31 + 30 + 31 + 23).
      let days: Int = 25 + 31 + 31 + 30 + 31 + 23
      #expect(text.contains("¥20,000.00"))
      #expect(text.contains("\(days)"))
    }
  }

  @Test("the defence names the hearing and judgment in absence; a blank where no court name was given")
  func defenceFacts() throws {
    let (p, id) = CourtLetterTests.fixture()
    let zh = try CourtLetterTests.writer(p, id, .zhHans).letter(.defence).render(.text)
    #expect(zh.contains("2027-01-12") && zh.contains("缺席判决") && zh.contains("[法院名称，以文书为准]"))
    // Received Sat 11-21 + 15 = Sun 12-06 → Mon 12-07.
    #expect(zh.contains("2026-12-07"))
    let en = try CourtLetterTests.writer(p, id, .en).letter(.defence).render(.text)
    #expect(en.contains("judgment in your absence") && en.contains("[court name, as on the paper]"))
  }

  @Test("a small-claims paper's defence says there is no appeal")
  func smallClaims() throws {
    let (p, id) = CourtLetterTests.fixture(events: [
      CourtEvent(kind: .smallClaims, received: day("2026-11-20"))
    ])
    let en = try CourtLetterTests.writer(p, id, .en).letter(.defence).render(.text)
    #expect(en.contains("no appeal"))
    let (q, _) = CourtLetterTests.fixture(events: [CourtEvent(kind: .summons, received: day("2026-11-20"))])
    #expect(!(try CourtLetterTests.writer(q, id, .en).letter(.defence).render(.text)).contains("no appeal"))
  }

  @Test("an overridden rule is used and marked in the letter")
  func overridden() throws {
    let (p, id) = CourtLetterTests.fixture()
    let rules = RuleBook.shipped.applying([
      .paymentOrderObjection: RuleOverride(value: "20", source: "my lawyer", verified: day("2026-11-22"))
    ])
    let text = try CourtLetterTests.writer(p, id, .en, rules: rules).letter(.paymentOrderObjection).render(
      .text)
    // 2026-11-20 + 20 = Thu 12-10.
    #expect(text.contains("2026-12-10") && text.contains("my lawyer") && text.contains("your override"))
  }

  @Test("the fee and settlement letters use the offer's figures and cite their articles")
  func feeAndSettlement() throws {
    let (p, id) = CourtLetterTests.fixture()
    let fee = try CourtLetterTests.writer(p, id, .en).letter(.courtFeeRelief).render(.text)
    for phrase in ["art. 121", "¥6,500.00", "¥4,200.00"] { #expect(fee.contains(phrase), "\(phrase)") }
    // Judgment received Mon 11-23 + 15 = Tue 12-08.
    #expect(fee.contains("2026-12-08"))
    let settle = try CourtLetterTests.writer(p, id, .zhHans).letter(.enforcementSettlement).render(.text)
    for phrase in ["第二百四十一条", "第二百六十四条", "(2026)渝0112执789号", "失信名单", "生活必需品"] {
      #expect(settle.contains(phrase), "\(phrase)")
    }
  }
}
