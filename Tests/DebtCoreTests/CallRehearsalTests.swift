import Foundation
import Testing

@testable import DebtCore

/// The call rehearsal of the demo's debts, compared with reviewed golden files, and its figures
/// checked against the debt's own status, worked out here from the status API and by hand.
/// Re-record on purpose: `DEBTDECK_RECORD_GOLDEN=1 swift test --filter CallRehearsalTests`.
@Suite("Call rehearsal")
struct CallRehearsalTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden/Rehearsals")
  static let today = day("2026-11-23")

  /// The demo (`debtdeck demo` on 2026-11-23): the 借呗 with an offer and its official line
  /// recorded, the 微粒贷 as it is (no offer yet), the card with an offer that leaves nothing.
  static func fixture() -> Portfolio {
    var p = DemoPortfolio.make(today: today)
    var jiebei = p.caseFile(for: "d1")
    jiebei.offer = OfferInputs(monthlyIncome: 650_000, essentialSpending: 420_000, reserve: 30_000)
    jiebei.official = OfficialChannel(
      phones: ["95188"], app: "支付宝 › 借呗 › 客服", source: "支付宝 App", recordedOn: day("2026-11-20"))
    p.cases["d1"] = jiebei
    var card = p.caseFile(for: "d3")
    card.offer = OfferInputs(monthlyIncome: 480_000, essentialSpending: 470_000, reserve: 10_000)
    p.cases["d3"] = card
    return p
  }

  static func rehearsal(_ id: String, _ p: Portfolio = fixture()) -> CallRehearsal? {
    CallRehearsal.make(debtID: id, portfolio: p, settings: Settings(), today: today)
  }

  @Test(
    "each demo debt's rehearsal matches its golden file",
    arguments: [("d1", "jiebei-m2"), ("d2", "weilidai-due-soon"), ("d3", "card")],
    [Language.en, .zhHans])
  func golden(_ debt: (String, String), _ language: Language) throws {
    let r = try #require(CallRehearsalTests.rehearsal(debt.0))
    let text = r.render(language, format: .markdown)
    let name = "\(debt.1)-\(language == .zhHans ? "zh" : "en").md"
    let url = CallRehearsalTests.directory.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" {
      try text.write(to: url, atomically: true, encoding: .utf8)
      return
    }
    let expected = try? String(contentsOf: url, encoding: .utf8)
    #expect(expected != nil, "missing golden file \(name)")
    #expect(text == expected, "\(name) differs:\n\(text)")
  }

  /// Every amount of money written in `text`, as it is written.
  static func amounts(_ text: String) -> [String] {
    var out: [String] = []
    var rest = text[...]
    while let r = rest.range(of: "¥") {
      var end = r.upperBound
      while end < rest.endIndex, rest[end].isNumber || rest[end] == "," || rest[end] == "." {
        end = rest.index(after: end)
      }
      var s = String(rest[r.lowerBound..<end])
      while s.hasSuffix(".") || s.hasSuffix(",") { s.removeLast() }
      out.append(s)
      rest = rest[end...]
    }
    return out
  }

  static func yuan(_ fen: Int64) -> String { Money.format(fen, .cny) }

  /// Half-up rounding of a non-negative fraction to whole fen.
  static func roundHalfUp(_ numerator: Int64, _ denominator: Int64) -> Int64 {
    (2 * numerator + denominator) / (2 * denominator)
  }

  @Test(
    "every figure in the 借呗 rehearsal is one of the case's own, worked out here", arguments: Language.allCases
  )
  func figuresAreTheCase(_ language: Language) throws {
    let p = CallRehearsalTests.fixture()
    let today = CallRehearsalTests.today
    let debt = try #require(p.debt(id: "d1"))
    // The status, straight from the schedule and the payments.
    let status = DebtStatus(debt: debt, payments: p.payments(for: "d1"), asOf: today)
    // Two installments missed: the demo's story.
    #expect(status.daysPastDue == 45)
    // Penalty without compounding: 0.05 %/day × 1.5 = 0.075 % a day on the overdue amount; nothing
    // new falls due within the week, so one day and seven days cost exactly that, rounded once.
    let perDayNumerator = status.overdueAmount * 75
    let costDay = CallRehearsalTests.roundHalfUp(perDayNumerator, 100_000)
    let costWeek = CallRehearsalTests.roundHalfUp(perDayNumerator * 7, 100_000)
    // The offer: income − essentials − reserve − the other debts' installments due this month.
    let monthEnd = day("2026-11-30")
    var otherThisMonth: Int64 = 0
    for other in p.debts where other.id != "d1" {
      let s = DebtStatus(debt: other, payments: p.payments(for: other.id), asOf: today)
      #expect(!s.scheduleStage.isLate, "the demo's other debts are on time")
      for (inst, covered) in zip(s.schedule.installments, s.covered)
      where inst.dueDate >= day("2026-11-01") && inst.dueDate <= monthEnd {
        otherThisMonth += inst.total - covered
      }
    }
    let monthly = 650_000 - 420_000 - 30_000 - otherThisMonth
    let owedIfWaived = status.payoffAmount - status.penalty - status.fees
    let monthsIfWaived = (owedIfWaived + monthly - 1) / monthly

    let r = try #require(CallRehearsalTests.rehearsal("d1", p))
    let text = r.render(language, format: .text)
    let allowed = Set(
      [status.overdueAmount, status.penalty, status.payoffAmount, costDay, costWeek, monthly].map(
        CallRehearsalTests.yuan))
    let found = CallRehearsalTests.amounts(text)
    #expect(!found.isEmpty)
    for amount in found { #expect(allowed.contains(amount), "\(amount) is not one of the case's figures") }
    for figure in allowed { #expect(found.contains(figure), "\(figure) is missing") }
    #expect(text.contains(language == .en ? "45 days" : "45 天"))
    #expect(text.contains(language == .en ? "\(monthsIfWaived) months if" : "需 \(monthsIfWaived) 期"))
    #expect(text.contains("2026-12-01"), "the plan starts on the first of next month")
    #expect(text.contains("95188"), "the official line recorded")
    // The rule book's numbers, with their sources and the day they were checked.
    #expect(text.contains("12368") && text.contains("15") && text.contains("96110"))
    #expect(text.contains("Civil Procedure Law (2023) arts. 128, 130"))
  }

  @Test("with no offer, or one that leaves nothing, no amount to pay is ever proposed")
  func neverPromisesMore() throws {
    let p = CallRehearsalTests.fixture()
    for id in ["d2", "d3"] {
      let debt = try #require(p.debt(id: id))
      let status = DebtStatus(debt: debt, payments: p.payments(for: id), asOf: CallRehearsalTests.today)
      let r = try #require(CallRehearsalTests.rehearsal(id, p))
      for language in Language.allCases {
        let plan = r.plan.map { $0(language) }.joined(separator: "\n")
        let replies = r.replies.map { $0.youSay(language) }.joined(separator: "\n")
        // The plan names no amount at all: there is nothing to offer.
        #expect(CallRehearsalTests.amounts(plan).isEmpty, "\(id): \(plan)")
        // The answers name only what is owed, never a payment.
        for amount in CallRehearsalTests.amounts(replies) {
          #expect(amount == CallRehearsalTests.yuan(status.payoffAmount), "\(id): \(amount)")
        }
      }
    }
  }

  @Test("a payable offer is the only monthly figure in the plan and the answers")
  func onlyTheOffer() throws {
    let r = try #require(CallRehearsalTests.rehearsal("d1"))
    let monthly = try #require(r.figures.payableOffer?.monthly)
    let f = r.figures
    let owed = Set([f.payoff, f.penalty, f.fees, f.costOfWaitingWeek].map(CallRehearsalTests.yuan))
    for language in Language.allCases {
      let said = (r.plan.map { $0(language) } + r.replies.map { $0.youSay(language) }).joined(separator: "\n")
      for amount in CallRehearsalTests.amounts(said) where !owed.contains(amount) {
        #expect(amount == CallRehearsalTests.yuan(monthly))
      }
    }
  }

  @Test("the seven replies the material names are all there, in both languages")
  func replies() throws {
    let r = try #require(CallRehearsalTests.rehearsal("d1"))
    let ids = Set(r.replies.map(\.id))
    for id in ["pay-all", "third-party", "sue", "lawyer-letter", "visit", "no-installments", "transfer"] {
      #expect(ids.contains(id), "\(id)")
    }
    for reply in r.replies {
      #expect(!reply.youSay.en.isEmpty && !reply.youSay.zh.isEmpty)
      #expect(!reply.youSay.zh.contains("[your name]"))
    }
  }

  @Test("Markdown and text carry the same sentences")
  func formats() throws {
    let r = try #require(CallRehearsalTests.rehearsal("d3"))
    let text = r.render(.en, format: .text)
    let md = r.render(.en, format: .markdown)
    #expect(md.hasPrefix("# Before the call — 招行信用卡 (招商银行)"))
    #expect(text.hasPrefix("Before the call — 招行信用卡 (招商银行)"))
    #expect(text.contains("article 70") && md.contains("article 70"))
    #expect(CallRehearsalTests.amounts(text) == CallRehearsalTests.amounts(md))
  }
}
