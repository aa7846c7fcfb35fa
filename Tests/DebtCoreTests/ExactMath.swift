@testable import DebtCore

// An independent arithmetic for the finance tests: exact fractions in Int128 and half-up
// rounding written here, never the code's own helpers.

/// a / b rounded half-up (b > 0, a ≥ 0).
func halfUp(_ a: Int128, _ b: Int128) -> Int64 {
  Int64((a * 2 + b) / (b * 2))
}

/// A seeded generator, so a failing random case can be replayed.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// Days in a month, written here (Gregorian).
func testDaysIn(_ year: Int, _ month: Int) -> Int {
  switch month {
  case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
  case 4, 6, 9, 11: return 30
  default: return 31
  }
}

/// The k-th due date after `start` on `dueDay`, clamped to the month's last day.
func testDueDate(start: LocalDate, k: Int, dueDay: Int) -> LocalDate {
  let m0 = start.year * 12 + start.month - 1 + k
  let y = m0 / 12
  let m = m0 % 12 + 1
  return day(
    "\(y)-\(m < 10 ? "0" : "")\(m)-\(min(dueDay, testDaysIn(y, m)) < 10 ? "0" : "")\(min(dueDay, testDaysIn(y, m)))"
  )
}
