import Foundation
import Testing

@testable import DebtCore

@Suite("Interest by actual days and by months")
struct DayCountTests {
  /// ¥20,000 at 0.05 %/day, 12 months from 2026-01-05, due day 5 (DOMAIN.md §2).
  func jiebei() -> Debt {
    makeDebt(
      principal: 2_000_000, basis: .daily, percent: "0.05", term: 12, start: "2026-01-05", dueDay: 5,
      kind: .jiebei)
  }

  @Test("a daily quote accrues by actual days: ¥1,835.98 a month, interest 310.00, 258.64, 261.90, 229.84")
  func checkValues() {
    let debt = jiebei()
    #expect(debt.dayCount == .actual)
    let s = Schedule(for: debt)
    #expect(s.installments.dropLast().allSatisfy { $0.total == 183_598 })
    #expect(s.installments.prefix(4).map(\.interest) == [31_000, 25_864, 26_190, 22_984])
    // 20,000 × 0.0005 × 31 = 310; (20,000 − 1,525.98) × 0.0005 × 28 = 258.6363 → 258.64.
    #expect(s.installments.last?.total == 182_649)
    #expect(s.installments.last?.interest == 2_788)
    #expect(s.totalPrincipal == 2_000_000)
  }

  @Test("a 28-day February costs ¥280.00 on ¥20,000, not a twelfth of a year")
  func february() {
    let s = Schedule(
      for: makeDebt(
        principal: 2_000_000, basis: .daily, percent: "0.05", method: .interestFirst, term: 3,
        start: "2026-01-05", dueDay: 5))
    #expect(s.installments.map(\.interest) == [31_000, 28_000, 31_000])
  }

  @Test("a 6-day first period is charged 6 days, whatever the day count")
  func shortFirstPeriod() {
    for count in DayCount.allCases {
      // Start 2026-03-30, due day 5: the first period runs to 2026-04-05.
      let s = Schedule(
        for: makeDebt(
          principal: 1_000_000, basis: .apr, percent: "18.25", method: .interestFirst, term: 2,
          start: "2026-03-30", dueDay: 5, dayCount: count))
      // 10,000 × 18.25 % / 365 × 6 = 30.00.
      #expect(s.installments[0].interest == 3_000, "\(count)")
      // The second period is a whole month: 30 days (actual) or 18.25 %/12 = 152.08 (months).
      #expect(s.installments[1].interest == (count == .actual ? 15_000 : 15_208), "\(count)")
    }
  }

  @Test("a monthly count charges daily × 365/12 per month for a daily quote")
  func monthlyCount() {
    let s = Schedule(
      for: makeDebt(
        principal: 2_000_000, basis: .daily, percent: "0.05", method: .interestFirst, term: 2,
        start: "2026-01-05", dueDay: 5, dayCount: .monthly))
    // 20,000 × 0.0005 × 365 / 12 = 304.1667 → 304.17 each month.
    #expect(s.installments.map(\.interest) == [30_417, 30_417])
  }

  @Test("settling today pays interest accrued to the day: ¥20,150.00 after 15 days")
  func settleToday() {
    let debt = makeDebt(
      principal: 2_000_000, basis: .daily, percent: "0.05", term: 12, start: "2026-10-05", dueDay: 5,
      kind: .jiebei)
    let s = DebtStatus(debt: debt, payments: [], asOf: day("2026-10-20"))
    #expect(s.accruedInterest == 15_000)
    #expect(s.payoffAmount == 2_015_000)
    // On a due date, paid: nothing accrues yet for the new period.
    let first = Schedule(for: debt).installments[0]
    let paid = Payment(id: "p1", debt: "d1", date: first.dueDate, amount: first.total)
    let onDue = DebtStatus(debt: debt, payments: [paid], asOf: first.dueDate)
    #expect(onDue.accruedInterest == 0)
    #expect(onDue.payoffAmount == 2_000_000 - first.principal)
    // Three days later: 3 days on what is left.
    let later = DebtStatus(debt: debt, payments: [paid], asOf: first.dueDate.adding(days: 3))
    #expect(later.accruedInterest == halfUp(Int128(2_000_000 - first.principal) * 3 * 5, 10_000))
  }

  @Test("equal principal and flat-fee rows are P/n rounded half-up: ¥3,327.45 × 59 and ¥3,327.20")
  func roundingHalfUp() {
    for method in [RepaymentMethod.equalPrincipal, .flatFee] {
      let s = Schedule(
        for: makeDebt(
          principal: 19_964_675, basis: method == .flatFee ? .flatMonthly : .apr, percent: "0.5",
          method: method,
          term: 60))
      #expect(s.installments.dropLast().allSatisfy { $0.principal == 332_745 }, "\(method)")
      #expect(s.installments.last?.principal == 332_720, "\(method)")
    }
  }

  @Test("old files without a day count load with the usual one for their quote")
  func decodingDefault() throws {
    let json = """
      {"id":"d1","name":"x","kind":"jiebei","principal":100,"rate":{"basis":"daily","percent":"0.05"},
       "method":"bullet","termMonths":1,"startDate":"2026-01-01","dueDay":1}
      """
    let debt = try JSONDecoder().decode(Debt.self, from: Data(json.utf8))
    #expect(debt.dayCount == .actual)
    let apr = json.replacingOccurrences(of: "\"daily\"", with: "\"apr\"")
    #expect(try JSONDecoder().decode(Debt.self, from: Data(apr.utf8)).dayCount == .monthly)
    var monthly = debt
    monthly.dayCount = .monthly
    let round = try JSONDecoder().decode(Debt.self, from: JSONEncoder().encode(monthly))
    #expect(round.dayCount == .monthly)
  }

  /// The schedule rebuilt here from the rules alone: dates clamped by hand, interest as an exact
  /// fraction rounded half-up, the installment checked against Σ discount factors.
  @Test("random schedules agree with an independent exact formulation")
  func randomised() {
    var rng = SplitMix(seed: 13)
    let methods: [RepaymentMethod] = [.equalInstallment, .equalPrincipal, .interestFirst, .bullet, .flatFee]
    for _ in 0..<400 {
      let method = methods.randomElement(using: &rng)!
      let count = DayCount.allCases.randomElement(using: &rng)!
      let basis: RateBasis =
        method == .flatFee ? .flatMonthly : [.daily, .monthly, .apr].randomElement(using: &rng)!
      let scaled = Int64.random(in: 1...(basis == .daily ? 1_000_000 : 300_000_000), using: &rng)
      let p = Int64.random(in: 100...50_000_000, using: &rng)
      let n = Int.random(in: 1...36, using: &rng)
      let start = LocalDate(ordinal: Int.random(in: 20_089...21_184, using: &rng))  // 2025–2027
      let dueDay = Int.random(in: 1...31, using: &rng)
      let debt = Debt(
        id: "d1", name: "r", lender: "", kind: .other, principal: p, rate: Rate(basis: basis, scaled: scaled),
        method: method, termMonths: n, startDate: start, dueDay: dueDay, dayCount: count)
      let s = Schedule(for: debt)
      let label = "\(method) \(count) \(basis) \(scaled) p=\(p) n=\(n) \(start) d\(dueDay)"

      // Exact rates: daily = scaled/10¹⁰ (or ×12/365 for monthly, /365 for APR); monthly likewise.
      let scale: Int128 = 10_000_000_000
      let (dNum, dDen): (Int128, Int128) =
        basis == .daily
        ? (Int128(scaled), scale)
        : basis == .apr
          ? (Int128(scaled), scale * 365)
          : (Int128(scaled) * 12, scale * 365)
      let (mNum, mDen): (Int128, Int128) =
        basis == .daily
        ? (Int128(scaled) * 365, scale * 12)
        : basis == .apr
          ? (Int128(scaled), scale * 12)
          : (Int128(scaled), scale)
      var dates = [start]
      for k in 1...n { dates.append(testDueDate(start: start, k: k, dueDay: dueDay)) }
      // From the start, m whole months: the start plus m months, or the start on the due day.
      func wholeMonths(_ m: Int) -> Bool {
        testDueDate(start: start, k: m, dueDay: start.day) == dates[m]
          || start.day == min(dueDay, testDaysIn(start.year, start.month))
      }
      func periodInterest(_ balance: Int64, _ k: Int) -> Int64 {
        let days = Int128(start.days(to: dates[k]) - start.days(to: dates[k - 1]))
        let whole = k > 1 || wholeMonths(1)
        if count == .monthly && whole { return halfUp(Int128(balance) * mNum, mDen) }
        return halfUp(Int128(balance) * days * dNum, dDen)
      }
      var expected: [(Int64, Int64)] = []
      switch method {
      case .equalInstallment:
        guard let a = s.installments.first?.total, n > 1 else { continue }
        // A is P / Σ (1+r)^−k, to within half a fen (plus the Double's error).
        let r = Double(mNum) / Double(mDen)
        let exactA = Double(p) / (1...n).reduce(0.0) { $0 + pow(1 + r, -Double($1)) }
        #expect(abs(Double(a) - exactA) <= 0.5 + 1e-6 * exactA, "\(label) A")
        let level = max(a, 0)
        var balance = p
        for k in 1...n {
          let i = periodInterest(balance, k)
          let pr = k == n ? balance : min(max(level - i, 0), balance)
          expected.append((pr, i))
          balance -= pr
        }
      case .equalPrincipal, .flatFee:
        let part = halfUp(Int128(p), Int128(n))
        var balance = p
        for k in 1...n {
          let pr = k == n ? balance : min(part, balance)
          let i = method == .flatFee ? halfUp(Int128(p) * mNum, mDen) : periodInterest(balance, k)
          expected.append((pr, i))
          balance -= pr
        }
      case .interestFirst:
        for k in 1...n { expected.append((k == n ? p : 0, periodInterest(p, k))) }
      case .bullet:
        let days = Int128(start.days(to: dates[n]))
        let whole = wholeMonths(n)
        let i =
          count == .monthly && whole
          ? halfUp(Int128(p) * mNum * Int128(n), mDen) : halfUp(Int128(p) * days * dNum, dDen)
        expected = [(p, i)]
      case .revolving: continue
      }
      #expect(
        s.installments.map { [$0.principal, $0.interest] } == expected.map { [$0.0, $0.1] }, "\(label)")
      let wantDates = method == .bullet ? [dates[n]] : Array(dates.dropFirst())
      #expect(s.installments.map(\.dueDate) == wantDates, "\(label)")
    }
  }
}
