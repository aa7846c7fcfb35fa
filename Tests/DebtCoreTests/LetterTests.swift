import Foundation
import Testing

@testable import DebtCore

/// Each letter, drafted for a Chinese debt at M2 with a contact log, an offer and evidence, is
/// compared with a reviewed golden file. Re-record on purpose:
/// `DEBTDECK_RECORD_GOLDEN=1 swift test --filter LetterTests`, then read the diff.
@Suite("Letters")
struct LetterTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/Letters")
  static let today = day("2026-11-23")

  static func fixture() -> (Portfolio, String) {
    var p = Portfolio()
    var jiebei = makeDebt(
      principal: 2_000_000, basis: .daily, percent: "0.04", method: .equalInstallment, term: 12,
      start: "2026-08-09", dueDay: 9, kind: .jiebei)
    jiebei.name = "借呗 应急"
    jiebei.lender = "重庆蚂蚁消费金融有限公司"
    let id = p.add(jiebei)
    var card = makeDebt(
      principal: 860_000, method: .equalPrincipal, term: 10, start: "2026-11-05", dueDay: 5, kind: .creditCard
    )
    card.name = "招行信用卡"
    p.add(card)
    func at(_ s: String) -> LocalDateTime { (try? LocalDateTime(parsing: s)) ?? LocalDateTime(date: today) }
    p.appendContact(
      ContactEntry(
        at: at("2026-11-02 22:40"), direction: .inbound, channel: .call, summary: "催收员要求当天还清，否则“上门”",
        organisation: "某催收公司", person: "李", staffID: "A7", phone: "021-5555 0100", userFlags: [.threat],
        evidence: [
          Evidence(path: "/home/me/录音/1102.m4a", sha256: String(repeating: "ab", count: 32), bytes: 1024)
        ]),
      to: id)
    p.appendContact(
      ContactEntry(
        at: at("2026-11-05 10:15"), direction: .inbound, channel: .call, summary: "打电话给我单位同事",
        thirdParty: true),
      to: id)
    p.appendContact(
      ContactEntry(
        at: at("2026-11-20 09:30"), direction: .outbound, channel: .app, summary: "在线客服：可申请延期，需提交材料",
        organisation: "蚂蚁客服", agreed: "三个工作日内提交困难证明",
        promises: [ContactPromise(by: .me, due: day("2026-11-30"), amount: 100_000, text: "先还一部分")]),
      to: id)
    var file = p.caseFile(for: id)
    file.offer = OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000)
    p.cases[id] = file
    return (p, id)
  }

  func check(_ kind: LetterKind, _ language: Language) throws {
    let (p, jiebei) = LetterTests.fixture()
    // The personalised-installment request is for cards only: it is drafted for the card.
    let id = kind == .cardInstallment ? "d2" : jiebei
    let statuses = p.statuses(asOf: LetterTests.today)
    guard let debt = p.debt(id: id), let status = statuses[id] else {
      Issue.record("fixture has no debt")
      return
    }
    let file = p.caseFile(for: id)
    let offer = file.offer.flatMap {
      Offer.make(inputs: $0, debtID: id, portfolio: p, statuses: statuses, today: LetterTests.today)
    }
    let writer = LetterWriter(
      debt: debt, status: status, caseFile: file, offer: offer, today: LetterTests.today, language: language)
    let text = writer.letter(kind).render(.markdown)
    let name = "\(kind.rawValue)-\(language == .zhHans ? "zh" : "en").md"
    let url = LetterTests.directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected != nil, "missing golden file \(name)")
    #expect(text == expected, "\(name) differs:\n\(text)")
    // Whatever the wording, a letter never shows an English blank in Chinese or the reverse.
    #expect(!text.contains(language == .zhHans ? "[your name]" : "[姓名]"))
  }

  /// The letters before any court paper; the court letters have their own suite.
  static let beforeCourt = LetterKind.allCases.filter { $0.courtEvents.isEmpty }

  @Test("each kind in 简体中文 matches its golden file", arguments: beforeCourt)
  func chinese(_ kind: LetterKind) throws { try check(kind, .zhHans) }

  @Test("each kind in English matches its golden file", arguments: beforeCourt)
  func english(_ kind: LetterKind) throws { try check(kind, .en) }

  @Test("the facts in the letters are the debt's: amounts, days, offer, flagged contacts, evidence")
  func facts() {
    let (p, id) = LetterTests.fixture()
    let statuses = p.statuses(asOf: LetterTests.today)
    guard let debt = p.debt(id: id), let status = statuses[id] else { return }
    let file = p.caseFile(for: id)
    let offer = file.offer.flatMap {
      Offer.make(inputs: $0, debtID: id, portfolio: p, statuses: statuses, today: LetterTests.today)
    }
    let writer = LetterWriter(
      debt: debt, status: status, caseFile: file, offer: offer, today: LetterTests.today, language: .zhHans)
    let negotiation = writer.letter(.negotiation).render(.text)
    #expect(negotiation.contains(Money.format(status.overdueAmount, .cny)))
    #expect(negotiation.contains("已逾期 \(status.daysPastDue) 天"))
    if let offer { #expect(negotiation.contains("每月还款 \(Money.format(offer.monthly, .cny))")) }
    let complaint = writer.letter(.complaint).render(.text)
    #expect(complaint.contains("sha256:" + String(repeating: "ab", count: 32)))
    #expect(complaint.contains("12378") && complaint.contains("110"))
    #expect(complaint.contains("非允许时段") && complaint.contains("联系了第三方"))
    let stop = writer.letter(.stopThirdParty).render(.text)
    #expect(stop.contains("打电话给我单位同事"))
  }

  @Test("the hardship letter's sums add up: income − spending − reserve − other debts = what is left")
  func hardshipSums() throws {
    let (p, id) = LetterTests.fixture()
    let statuses = p.statuses(asOf: LetterTests.today)
    let debt = try #require(p.debt(id: id))
    let status = try #require(statuses[id])
    let offer = try #require(
      Offer.make(
        inputs: OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000), debtID: id,
        portfolio: p, statuses: statuses, today: LetterTests.today))
    let text = LetterWriter(
      debt: debt, status: status, caseFile: p.caseFile(for: id), offer: offer, today: LetterTests.today,
      language: .en
    ).letter(.hardship).render(.text)
    for figure in [650_000, 420_000, 30_000, offer.otherMinimums, offer.available] {
      #expect(text.contains(Money.format(figure, .cny)), "\(figure)")
    }
    #expect(offer.available == 650_000 - 420_000 - 30_000 - offer.otherMinimums - offer.otherArrears)
  }

  @Test("the card-installment letter is offered only for cards, and names article 70's conditions")
  func cardOnly() throws {
    #expect(!LetterKind.available(for: .jiebei).contains(.cardInstallment))
    #expect(LetterKind.available(for: .creditCard).contains(.cardInstallment))
    let (p, _) = LetterTests.fixture()
    let statuses = p.statuses(asOf: LetterTests.today)
    let card = try #require(p.debt(id: "d2"))
    let status = try #require(statuses["d2"])
    for language in [Language.en, .zhHans] {
      let text = LetterWriter(
        debt: card, status: status, caseFile: p.caseFile(for: "d2"), offer: nil, today: LetterTests.today,
        language: language
      ).letter(.cardInstallment).render(.text)
      // Not yet overdue: never "0 days overdue".
      #expect(!text.contains("已逾期 0 天") && !text.contains("(0 days)"))
      #expect(text.contains(language == .en ? "Article 70" : "第七十条"))
      #expect(text.contains("60"))
      #expect(text.contains(language == .en ? "new cards" : "新的信用卡"))
    }
  }

  @Test("English texts name 12378 as the National Financial Regulatory Administration's hotline")
  func regulatorName() throws {
    let (p, id) = LetterTests.fixture()
    let statuses = p.statuses(asOf: LetterTests.today)
    let writer = LetterWriter(
      debt: try #require(p.debt(id: id)), status: try #require(statuses[id]), caseFile: p.caseFile(for: id),
      offer: nil, today: LetterTests.today, language: .en)
    for kind in LetterKind.available(for: .jiebei) {
      let text = writer.letter(kind).render(.text)
      #expect(!text.contains("banking and insurance regulator"), "\(kind)")
      if text.contains("12378") {
        #expect(text.contains("National Financial Regulatory Administration"), "\(kind)")
      }
    }
    let guide = Guide.steps(for: .m2).map { $0.why.en + $0.checklist.map(\.en).joined() }.joined()
    #expect(!guide.contains("banking and insurance regulator"))
    #expect(guide.contains("National Financial Regulatory Administration"))
  }
}
