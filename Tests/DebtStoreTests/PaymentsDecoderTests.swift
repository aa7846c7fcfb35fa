import DebtCore
import Foundation
import TestSupport
import Testing

@testable import DebtStore

@Suite("Payments read by hand")
struct PaymentsDecoderTests {
  static let notes = [
    "", "按时", "quote \" and backslash \\ and slash /", "line\nbreak\ttab", "emoji 😀 and 𝄞", "\u{1B}[2J",
    "\u{202E}evil", "ctrl \u{01}\u{1F}", "中文，全角　空格",
  ]

  @Test("whatever the notes hold, the hand-read payments equal JSONDecoder's", arguments: 0..<20)
  func sameAsDecoder(seed: UInt64) throws {
    var rng = SplitMix(seed: seed)
    var p = Portfolio()
    p.add(
      Debt(
        id: "", name: "借呗", lender: "x", kind: .jiebei, principal: 100_000,
        rate: Rate(basis: .daily, scaled: 5_000_000), method: .bullet, termMonths: 1,
        startDate: LocalDate(year: 2026, month: 1, day: 1) ?? LocalDate(ordinal: 0), dueDay: 1))
    for _ in 0..<Int.random(in: 0...200, using: &rng) {
      let note = PaymentsDecoderTests.notes[Int.random(in: 0..<PaymentsDecoderTests.notes.count, using: &rng)]
      p.record(
        Payment(
          id: "", debt: "d1", date: LocalDate(ordinal: 20_454 + Int.random(in: 0...900, using: &rng)),
          amount: Int64.random(in: 1...Int64(1) << 40, using: &rng), note: note))
    }
    let bytes = try PortfolioStore.encode(p)
    let fast = try #require(PaymentsDecoder.decode(bytes))
    let slow = try JSONDecoder().decode(Portfolio.self, from: Data(bytes))
    #expect(fast == slow)
    #expect(fast == p)
  }

  @Test("hand-written files: compact, reordered, escaped, no note, no counter")
  func variants() throws {
    let compact = """
      {"schemaVersion":4,"debts":[],"payments":[{"note":"\\u4e2d\\ud83d\\ude00","amount":5,"id":"p1","debt":"d1","date":"2026-01-02"},{"id":"p2","debt":"d1","date":"2026-01-03","amount":-0}],"followUps":[]}
      """
    let fast = try #require(PaymentsDecoder.decode(Array(compact.utf8)))
    let slow = try JSONDecoder().decode(Portfolio.self, from: Data(compact.utf8))
    #expect(fast == slow)
    #expect(fast.payments.first?.note == "中😀")
    #expect(fast.nextPaymentNumber == 3)
  }

  @Test("anything it does not fully understand is left to the ordinary decoder")
  func stepsAside() {
    let cases = [
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-01-02","amount":5,"extra":1}]}"#,
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-01-02","amount":5.0}]}"#,
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-02-30","amount":5}]}"#,
      #"{"payments":[{"id":"p1","id":"p2","debt":"d1","date":"2026-01-02","amount":5}]}"#,
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-01-02"}]}"#,
      #"{"payments":[],"payments":[]}"#,
      #"{"payments":{}}"#,
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-01-02","amount":99999999999999999999}]}"#,
      #"{"payments":[{"id":"\ud800","debt":"d1","date":"2026-01-02","amount":5}]}"#,
      #"[1,2]"#,
      #"{"debts":[]}"#,
    ]
    for c in cases { #expect(PaymentsDecoder.decode(Array(c.utf8)) == nil, "\(c)") }
    // Invalid UTF-8 inside a note.
    var bytes = Array(
      #"{"payments":[{"id":"p1","debt":"d1","date":"2026-01-02","amount":5,"note":"x"}]}"#.utf8)
    if let i = bytes.firstIndex(of: UInt8(ascii: "x")) { bytes[i] = 0xFF }
    #expect(PaymentsDecoder.decode(bytes) == nil)
  }
}
