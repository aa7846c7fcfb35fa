import Testing

@testable import DebtStore

@Suite("Finding where JSON breaks")
struct JSONSyntaxCheckTests {
  func check(_ text: String) -> JSONSyntaxCheck.Failure? { JSONSyntaxCheck.firstError(in: Array(text.utf8)) }

  @Test("valid documents pass")
  func valid() {
    #expect(check("{\"a\": [1, 2.5, -3e2, true, null, \"借呗\"]}") == nil)
    #expect(check("  []  ") == nil)
  }

  @Test("truncation, stray commas, bad words and numbers are located")
  func located() {
    #expect(check("{\"a\": [1, 2")?.message.contains("truncated") == true)
    #expect(check("{\"a\": 1,\n \"b\": x}")?.line == 2)
    #expect(check("{\"a\": 1,\n \"b\": x}")?.column == 7)
    #expect(check("{\"a\": 1e400}")?.message.contains("too large") == true)
    #expect(check("{\"a\": 99999999999999999999}") != nil)
    #expect(check(String(repeating: "[", count: 1000))?.message.contains("deeply") == true)
    #expect(
      JSONSyntaxCheck.firstError(in: [0x7B, 0x22, 0xFF, 0x22, 0x3A, 0x31, 0x7D])?.message.contains("UTF-8")
        == true)
  }

  @Test(
    "numbers outside RFC 8259 are refused, where they start",
    arguments: ["0100", "-012", "00", "1.", "1.e5", "2e", "2e+", "-"])
  func badNumbers(number: String) {
    let failure = check("{\"amount\": \(number)}")
    #expect(failure != nil)
    #expect(failure?.column == 12)
  }

  @Test(
    "zero, negative zero and fractions below one are valid", arguments: ["0", "-0", "0.5", "-0.25e-3", "10"])
  func goodNumbers(number: String) {
    #expect(check("{\"amount\": \(number)}") == nil)
  }
}
