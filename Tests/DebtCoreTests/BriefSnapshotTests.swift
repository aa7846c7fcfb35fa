import Foundation
import TestSupport
import Testing

@testable import DebtCore

@Suite("Brief snapshot: today without the history")
struct BriefSnapshotTests {
  /// A random portfolio: every method, grace, late fees, compounding, allocation orders, payments
  /// on random days (several on one day too), a case with an agreement and a promise.
  static func portfolio(seed: UInt64) -> Portfolio {
    var rng = SplitMix(seed: seed)
    var p = Portfolio()
    let methods: [RepaymentMethod] = [
      .equalInstallment, .equalPrincipal, .interestFirst, .bullet, .flatFee, .revolving,
    ]
    for i in 0..<6 {
      let method = methods[(i + Int(seed)) % methods.count]
      let basis: RateBasis =
        method == .flatFee
        ? .flatMonthly : [RateBasis.daily, .monthly, .apr][Int.random(in: 0..<3, using: &rng)]
      let percent = basis == .daily ? "0.05" : basis == .apr ? "18" : "1.2"
      var debt = makeDebt(
        principal: Int64.random(in: 100_000...5_000_000, using: &rng), basis: basis, percent: percent,
        method: method, term: method == .revolving ? 1 : Int.random(in: 1...24, using: &rng),
        start: "2025-\(Int.random(in: 1...9, using: &rng))-\(Int.random(in: 1...28, using: &rng))",
        dueDay: Int.random(in: 1...31, using: &rng), grace: Int.random(in: 0...3, using: &rng),
        multiplier: [1.3, 1.5][Int.random(in: 0..<2, using: &rng)], compound: Bool.random(using: &rng))
      debt.lateFeePercent = [0, 0, 5][Int.random(in: 0..<3, using: &rng)]
      if Bool.random(using: &rng) { debt.allocationOrder = [.principal, .interest, .penalty, .fees] }
      let id = p.add(debt)
      for _ in 0..<Int.random(in: 0...30, using: &rng) {
        let date = debt.startDate.adding(days: Int.random(in: 0...500, using: &rng))
        p.record(
          Payment(id: "", debt: id, date: date, amount: Int64.random(in: 1_000...400_000, using: &rng)))
      }
      if i == 0 {
        let on = debt.startDate.adding(days: 200)
        p.appendAgreement(
          Agreement(
            madeOn: on, kind: .installments, confirmed: .writing,
            schedule: [
              .init(date: on.adding(days: 30), amount: 100_000),
              .init(date: on.adding(days: 60), amount: 100_000),
            ]),
          to: id)
        p.appendContact(
          ContactEntry(
            at: LocalDateTime(date: on, hour: 10), direction: .outbound, channel: .call, summary: "promise",
            promises: [ContactPromise(by: .me, due: on.adding(days: 10), amount: 50_000)]),
          to: id)
        p.appendContact(
          ContactEntry(
            at: LocalDateTime(date: on.adding(days: 40), hour: 10), direction: .outbound, channel: .call,
            summary: "second promise",
            promises: [ContactPromise(by: .me, due: on.adding(days: 55), amount: 80_000)]),
          to: id)
        let filed = p.appendContact(
          ContactEntry(
            at: LocalDateTime(date: on.adding(days: 5), hour: 9), direction: .outbound, channel: .letter,
            summary: "complaint", filing: seed % 3 == 0 ? .creditObjection : .complaint),
          to: id)
        if seed % 2 == 0 { p.reminderStates["reply:\(id):\(filed.id)"] = .done(on: on.adding(days: 30)) }
        for k in 0..<20 {
          p.appendContact(
            ContactEntry(
              at: LocalDateTime(date: on, hour: 11, minute: k), direction: .inbound, channel: .call,
              summary: "noise"),
            to: id)
        }
      }
    }
    return p
  }

  @Test(
    "statuses, stages, brief and reminders equal the full replay on any day after the last payment",
    arguments: 0..<40)
  func sameAsFullReplay(seed: UInt64) throws {
    let p = BriefSnapshotTests.portfolio(seed: seed)
    // Through the cache's text format, as `today` reads it.
    let written = BriefSnapshot(p)
    let snapshot = try BriefSnapshot(lines: Substring(written.lines()))
    #expect(snapshot == written)
    #expect(snapshot.portfolio.payments.count < p.payments.count || p.payments.isEmpty)
    #expect(snapshot.cases.values.allSatisfy { $0.contacts.count <= 3 })
    let last = p.payments.map(\.date).max() ?? day("2025-01-01")
    var rng = SplitMix(seed: seed &+ 99)
    for _ in 0..<6 {
      let today = last.adding(days: Int.random(in: 0...400, using: &rng))
      let full = p.statuses(asOf: today, dueSoonDays: 7, includeArchived: false)
      let fast = try #require(snapshot.statuses(asOf: today, dueSoonDays: 7))
      for debt in p.debts {
        let a = try #require(full[debt.id])
        let b = try #require(fast[debt.id])
        #expect(a.stage == b.stage, "seed \(seed) \(debt.id) \(today)")
        #expect(a.penalty == b.penalty && a.penaltyAccrued == b.penaltyAccrued && a.fees == b.fees)
        #expect(a.overdueAmount == b.overdueAmount && a.payoffAmount == b.payoffAmount)
        #expect(a.covered == b.covered && a.daysPastDue == b.daysPastDue && a.paidTotal == b.paidTotal)
        #expect(
          a.paidPrincipal == b.paidPrincipal && a.paidInterest == b.paidInterest && a.overpaid == b.overpaid)
      }
      let settings = Settings()
      let r1 = ReminderEngine.reminders(
        portfolio: p, settings: settings, today: today, statuses: full)
      let r2 = ReminderEngine.reminders(
        portfolio: snapshot.portfolio, settings: settings, today: today, statuses: fast)
      #expect(r1 == r2, "seed \(seed) \(today)")
      let b1 = DailyBrief(portfolio: p, today: today, settings: settings, statuses: full)
      let b2 = DailyBrief(portfolio: snapshot.portfolio, today: today, settings: settings, statuses: fast)
      #expect(
        b1.overdue.map(\.amount) == b2.overdue.map(\.amount)
          && b1.upcoming.map(\.date) == b2.upcoming.map(\.date))
    }
    // Before a checkpoint (the clock went back) it declines, and the caller reads everything.
    if !p.payments.isEmpty { #expect(snapshot.statuses(asOf: last.adding(days: -1), dueSoonDays: 7) == nil) }
  }

  @Test("the text format keeps any text exactly and refuses a damaged file")
  func textFormat() throws {
    var p = BriefSnapshotTests.portfolio(seed: 7)
    var debt = p.debts[0]
    debt.name = "tab\there\nnew line \\ back\\slash\r 借呗 \u{1B}[2J"
    debt.notes = "\\t is not a tab"
    p.update(debt)
    p.followUps.append(FollowUp(id: "f1", debt: nil, date: day("2026-01-01"), text: "回电\t微众"))
    p.reminderStates["due:d1:1:7"] = .snoozed(until: day("2026-02-02"))
    let written = BriefSnapshot(p)
    let read = try BriefSnapshot(lines: Substring(written.lines()))
    #expect(read == written)
    #expect(read.debts[0].name == debt.name && read.debts[0].notes == debt.notes)
    let text = written.lines()
    for broken in [
      "", "not a cache\n", text.replacingOccurrences(of: "\nD\t", with: "\nX\t"),
      text.replacingOccurrences(of: "\nK\t", with: "\nK\tx\t"),
    ] {
      #expect(throws: BriefSnapshot.FormatError.self) { try BriefSnapshot(lines: Substring(broken)) }
    }
  }
}
