// How long a keypress takes on the Debts screen with 1,000 debts: the update plus drawing the
// whole 120×40 screen into a fresh cell buffer (ncurses then sends only the cells that changed).
// Run by `bench/keypress.sh` on the release build; prints the median and the 99th percentile.
import DebtCore
import DebtDeckUI
import TerminalUI

var portfolio = Portfolio()
let kinds = ProductKind.allCases
for i in 0..<1_000 {
  let kind = kinds[i % kinds.count]
  let start = LocalDate.clamped(year: 2025, month: 1 + i % 12, day: 1 + i % 28)
  portfolio.add(
    Debt(
      id: "", name: "借款 \(i) " + String(repeating: "长名", count: i % 5), lender: "Lender \(i % 37)",
      kind: kind,
      principal: Int64(100_000 + (i * 7_919) % 5_000_000),
      rate: Rate(basis: kind.typicalRateBasis, scaled: 5_000_000),
      method: kind.typicalMethod, termMonths: kind.typicalMethod == .revolving ? 1 : 12 + i % 24,
      startDate: start,
      dueDay: 1 + i % 28))
  for m in 0..<(i % 12) {
    portfolio.record(
      Payment(
        id: "", debt: "d\(i + 1)", date: start.adding(months: m + 1), amount: Int64(10_000 + i * 13 % 90_000))
    )
  }
}
let today = LocalDate(year: 2026, month: 11, day: 23) ?? LocalDate(ordinal: 0)
var state = AppState(portfolio: portfolio, settings: Settings(), today: today, language: .zhHans)
let keyMap = KeyMap.standard
_ = AppLogic.handle(.character("3"), state: &state, keyMap: keyMap)
var screen = AppView.render(state, keyMap: keyMap, theme: .standard, width: 120, height: 40)

@MainActor func measure(_ name: String, _ keys: [Key], rounds: Int) {
  var samples: [Duration] = []
  let clock = ContinuousClock()
  for i in 0..<rounds {
    let key = keys[i % keys.count]
    let t0 = clock.now
    _ = AppLogic.handle(key, state: &state, keyMap: keyMap)
    screen = AppView.render(state, keyMap: keyMap, theme: .standard, width: 120, height: 40)
    samples.append(clock.now - t0)
  }
  samples.sort()
  func ms(_ d: Duration) -> String {
    let v = Double(d.components.attoseconds) / 1e15 + Double(d.components.seconds) * 1000
    return String(Int(v * 1000)) + " µs"
  }
  print("\(name): median \(ms(samples[samples.count / 2])), p99 \(ms(samples[samples.count * 99 / 100]))")
}

measure("↓/↑ on Debts (1,000 debts)", [.down, .down, .down, .up], rounds: 2_000)
measure("PgDn/PgUp on Debts", [.pageDown, .pageDown, .pageUp], rounds: 600)
measure(
  "typing a filter /借款 1", [.character("/")] + "借款 1".map { Key.character($0) } + [.escape], rounds: 700)
print("(last frame: \(screen.lines().count) rows)")
