import DebtCore
import Foundation
import Testing

@testable import DebtStore

/// The hand-written payments array is byte for byte what `JSONEncoder` writes, for hostile and
/// random text too, so saving never changes a file's bytes by the way it is written.
@Suite("Payments encoder")
struct PaymentsEncoderTests {
  func reference(_ p: Portfolio) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return [UInt8](try encoder.encode(p)) + [0x0A]
  }

  @Test("the demo, hostile notes and random strings: the same bytes as JSONEncoder")
  func sameBytes() throws {
    let today = try LocalDate(iso: "2026-11-23")
    var p = DemoPortfolio.make(today: today)
    #expect(try PortfolioStore.encode(p) == reference(p))
    let hostile = [
      "", "a\"b", "back\\slash", "line\nbreak\r\t\u{8}\u{C}", "\u{0}\u{1}\u{1F}\u{7F}", "\u{1B}[31m",
      "\u{9B}",
      "\u{202E}evil", "\u{2028}\u{2029}", "a/b", "借呗 还款 👨‍👩‍👧", "\u{FEFF}", "\"\\/\n",
    ]
    var rng = SystemRandomNumberGenerator()
    var notes = hostile
    for _ in 0..<300 {
      let scalars = (0..<Int.random(in: 0...12, using: &rng)).compactMap { _ in
        Unicode.Scalar(
          [UInt32.random(in: 0...0x7F, using: &rng), UInt32.random(in: 0x80...0xFFFF, using: &rng)]
            .randomElement(
              using: &rng) ?? 0x41)
      }
      notes.append(String(String.UnicodeScalarView(scalars)))
    }
    for (i, note) in notes.enumerated() {
      p.payments.append(
        Payment(
          id: "p\(1000 + i)", debt: i % 2 == 0 ? "d1" : note, date: today, amount: Int64(i + 1), note: note))
    }
    #expect(try PortfolioStore.encode(p) == reference(p))
    // No payments at all.
    p.payments = []
    #expect(try PortfolioStore.encode(p) == reference(p))
  }
}
