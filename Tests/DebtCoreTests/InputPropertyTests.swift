import TestSupport
import Testing

@testable import DebtCore

/// Random and hostile text through every parser a user can reach: each input gives a value or an
/// error with a message — never a crash, never a silently wrong value.
@Suite("Bad input corpus: what people type")
struct InputPropertyTests {
  static let alphabet: [Character] = Array("0123456789.,-+¥￥$元eE %日月年/借呗 \u{1B}\u{202E}\u{0}\r\t😀１２．，")
  static let hostile: [String] = [
    "", " ", "-5", "−5", "abc", "1e400", "1.234", "１２３", "9223372036854775807", "99999999999999999999",
    "1,2,3", ",100", "100,", "1,0000", "..5", "5..", "+-5", "¥-5", "NaN", "inf", "0x10", "1_000",
    String(repeating: "9", count: 10_000), String(repeating: "借", count: 10_000), "\u{202E}100",
    "100\u{1B}[2J",
    "😀", "1 000", "١٢٣",
  ]

  static func randomString(_ rng: inout SplitMix, maxLength: Int = 12) -> String {
    let n = Int(rng.next() % UInt64(maxLength + 1))
    return String((0..<n).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
  }

  @Test("amounts, rates and dates: a value within range or a reason")
  func parsers() {
    var rng = SplitMix(seed: 2026)
    var tried = 0
    let inputs = InputPropertyTests.hostile + (0..<3000).map { _ in InputPropertyTests.randomString(&rng) }
    for text in inputs {
      tried += 1
      do {
        let minor = try AmountParser.parse(text)
        #expect(minor >= 0 && minor <= AmountParser.maximumMajor * 100, "“\(text)” → \(minor)")
        // A parsed amount formats and parses back to itself.
        #expect(try AmountParser.parse(Money.format(minor, .cny)) == minor)
      } catch {
        #expect(!error.description.isEmpty)
      }
      do {
        let scaled = try Rate.parsePercent(text)
        #expect(scaled >= 0 && scaled <= 1000 * 100_000_000, "“\(text)” → \(scaled)")
      } catch {
        #expect(error.description.contains("not a rate"))
      }
      do {
        let date = try LocalDate(lenient: text)
        #expect(LocalDate(year: date.year, month: date.month, day: date.day) == date)
      } catch {
        #expect(error.description.contains("not a date"))
      }
    }
    print("bad input corpus: \(tried * 3) parser inputs")
  }

  @Test("debts with hostile names and extreme terms: problems are reported, schedules stay exact")
  func debts() {
    var rng = SplitMix(seed: 99)
    var tried = 0
    for name in InputPropertyTests.hostile {
      for principal: Int64 in [-1, 0, 1, 99, 1_000_000, AmountParser.maximumMajor * 100, Int64.max / 4] {
        for term in [0, 1, 600, 601] {
          tried += 1
          let method = RepaymentMethod.allCases[Int(rng.next() % 6)]
          let debt = Debt(
            id: "d1", name: name, lender: "", kind: .other, principal: principal,
            rate: Rate(
              basis: method == .flatFee ? .flatMonthly : .daily, scaled: Int64(rng.next() % 10_000_000)),
            method: method, termMonths: term, startDate: LocalDate(ordinal: 20_000), dueDay: 31)
          let problems = debt.problems()
          if problems.isEmpty {
            let s = Schedule(for: debt)
            #expect(s.totalPrincipal == principal)
            #expect(s.installments.allSatisfy { $0.principal >= 0 && $0.interest >= 0 })
          } else {
            #expect(problems.allSatisfy { !$0.message.en.isEmpty && !$0.message.zh.isEmpty })
          }
        }
      }
    }
    print("bad input corpus: \(tried) debts")
  }
}
