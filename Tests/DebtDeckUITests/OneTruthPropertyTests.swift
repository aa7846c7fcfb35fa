import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI

/// Random portfolios and random sequences of what a person does — pay, pay part, agree (every
/// kind), let an agreement lapse, archive, act on reminders, let days pass, reload the file —
/// and after every step, every view says the same about what is late, and nothing but paying
/// (or an agreement with a schedule being kept) took late money out of the brief.
///
/// `DEBTDECK_PROPERTY_SEQUENCES=N` runs N sequences instead of the default.
@Suite("One truth across every view")
struct OneTruthPropertyTests {
  static var sequences: Int {
    Int(ProcessInfo.processInfo.environment["DEBTDECK_PROPERTY_SEQUENCES"] ?? "") ?? 250
  }

  struct Generator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func int(_ range: ClosedRange<Int>) -> Int {
      range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }
    mutating func chance(_ percent: Int) -> Bool { int(1...100) <= percent }
  }

  static func date(_ s: String) -> LocalDate { (try? LocalDate(iso: s)) ?? LocalDate(ordinal: 0) }

  static func randomDebt(_ g: inout Generator, start: LocalDate) -> Debt {
    let kinds: [(ProductKind, RepaymentMethod, RateBasis, String)] = [
      (.jiebei, .equalInstallment, .daily, "0.05"), (.weilidai, .equalInstallment, .daily, "0.04"),
      (.bankLoan, .equalPrincipal, .apr, "6.5"), (.bankLoan, .bullet, .daily, "0.05"),
      (.creditCard, .revolving, .daily, "0.05"), (.huabei, .flatFee, .flatMonthly, "0.6"),
      (.bankLoan, .interestFirst, .monthly, "1"),
    ]
    let (kind, method, basis, percent) = kinds[g.int(0...kinds.count - 1)]
    let begin = start.adding(days: -g.int(0...200))
    return Debt(
      id: "", name: "债\(g.int(1...99))", lender: "L", kind: kind,
      principal: Int64(g.int(50...500)) * 10_000,
      rate: (try? Rate(basis: basis, percent: percent)) ?? Rate(basis: basis, scaled: 0), method: method,
      termMonths: method == .revolving || method == .bullet ? g.int(1...3) : g.int(3...12),
      startDate: begin, dueDay: g.int(1...31), graceDays: g.int(0...3), compoundPenalty: g.chance(20),
      lateFeePercent: g.chance(20) ? 5 : 0)
  }

  /// Independently of the status engine: is a scheduled amount due before `today` not covered by
  /// what was paid? (Penalty is paid first, so the engine can only find more late, never less.)
  static func lateBySums(_ debt: Debt, _ payments: [Payment], today: LocalDate) -> (late: Bool, days: Int) {
    let schedule = Schedule(for: debt)
    let paid = payments.filter { $0.date <= today }.reduce(Int64(0)) { $0 + $1.amount }
    if debt.method == .revolving, let first = schedule.installments.first,
      payments.filter({ $0.date <= first.dueDate }).reduce(Int64(0), { $0 + $1.amount }) >= debt.principal
    {
      return (false, 0)
    }
    var cumulative: Int64 = 0
    for inst in schedule.installments where inst.dueDate < today {
      cumulative += inst.total
      if cumulative > paid { return (true, inst.dueDate.days(to: today)) }
    }
    return (false, 0)
  }

  /// Independently: does the case file suspend the schedule (an agreement with a schedule of its
  /// own, confirmed, and kept so far)?
  static func suspended(_ file: CaseFile?, _ payments: [Payment], today: LocalDate) -> Bool {
    guard let a = file?.agreements.last, a.confirmed != .proposed, !a.schedule.isEmpty else { return false }
    let paid = payments.filter { $0.date >= a.madeOn && $0.date <= today }.reduce(Int64(0)) { $0 + $1.amount }
    var dueBefore: Int64 = 0
    for p in a.schedule where p.date < today { dueBefore += p.amount }
    let total = a.schedule.reduce(Int64(0)) { $0 + $1.amount }
    if paid >= total { return a.settlesDebt }
    return paid >= dueBefore
  }

  enum Step: String { case pay, partial, agreeSchedule, agreeWaiver, propose, archive, remind, days, reload }

  @Test("after every step every view agrees on what is late, and only paying removes it")
  func everyViewAgrees() throws {
    var checkedSteps = 0
    for seed in 1...OneTruthPropertyTests.sequences {
      var g = Generator(state: UInt64(seed))
      var today = OneTruthPropertyTests.date("2026-06-01").adding(days: g.int(0...150))
      var portfolio = Portfolio()
      for _ in 0..<g.int(1...4) { portfolio.add(OneTruthPropertyTests.randomDebt(&g, start: today)) }
      // Some history: a few payments, on time or not.
      for debt in portfolio.debts {
        for inst in Schedule(for: debt).installments.prefix(g.int(0...3)) where inst.dueDate < today {
          portfolio.record(
            Payment(
              id: "", debt: debt.id, date: min(inst.dueDate.adding(days: g.int(-3...6)), today),
              amount: inst.total))
        }
      }
      var settings = Settings()
      settings.dueSoonDays = 7
      var previous = try check(portfolio, settings, today, seed: seed, step: "start")
      for n in 0..<g.int(4...12) {
        let step: Step = [
          .pay, .partial, .agreeSchedule, .agreeWaiver, .propose, .archive, .remind, .days, .days, .reload,
        ][
          g.int(0...9)]
        let debt = portfolio.debts[g.int(0...portfolio.debts.count - 1)]
        let status = portfolio.statuses(asOf: today)[debt.id]
        var paid = false
        var agreedWithSchedule = false
        switch step {
        case .pay, .partial:
          guard let s = status, s.payoffAmount > 0 else { break }
          let full = (s.firstUnpaid?.remaining ?? 0) + s.penalty + s.fees
          let amount = step == .pay ? max(full, 1) : max(1, full * Int64(g.int(1...90)) / 100)
          portfolio.record(Payment(id: "", debt: debt.id, date: today, amount: amount))
          paid = true
        case .agreeSchedule:
          let monthly = Int64(g.int(5...50)) * 10_000
          let first = today.adding(days: g.int(-5...10))
          let schedule = (0..<g.int(2...6)).map {
            Agreement.Payment(date: first.adding(months: $0), amount: monthly)
          }
          portfolio.appendAgreement(
            Agreement(madeOn: today, kind: .installments, confirmed: .writing, schedule: schedule),
            to: debt.id)
          agreedWithSchedule = true
        case .agreeWaiver:
          let kind: Agreement.Kind = [.penaltyWaiver, .extension_, .other][g.int(0...2)]
          portfolio.appendAgreement(Agreement(madeOn: today, kind: kind, confirmed: .writing), to: debt.id)
        case .propose:
          portfolio.appendAgreement(
            Agreement(
              madeOn: today, kind: .installments, confirmed: .proposed,
              schedule: [Agreement.Payment(date: today.adding(days: 5), amount: 10_000)]), to: debt.id)
        case .archive:
          var d = debt
          d.archived.toggle()
          portfolio.update(d)
        case .remind:
          let brief = DailyBrief(portfolio: portfolio, today: today, days: 7, settings: settings)
          guard !brief.notices.isEmpty else { break }
          let notice = brief.notices[g.int(0...brief.notices.count - 1)]
          let states: [ReminderState] = [
            .done(on: today), .dismissed(on: today), .snoozed(until: today.adding(days: g.int(1...9))),
          ]
          portfolio.reminderStates[notice.id] = states[g.int(0...2)]
        case .days:
          today = today.adding(days: g.int(1...20))
        case .reload:
          let data = try JSONEncoder().encode(portfolio)
          portfolio = try JSONDecoder().decode(Portfolio.self, from: data)
        }
        let now = try check(portfolio, settings, today, seed: seed, step: "\(n) \(step)")
        // Nothing but paying, or an agreement with a schedule the person recorded, takes a late
        // debt out of the brief (an agreement being kept may also suspend it as days pass).
        if !paid && !agreedWithSchedule {
          for id in previous.subtracting(now) {
            let file = portfolio.cases[id]
            #expect(
              OneTruthPropertyTests.suspended(file, portfolio.payments(for: id), today: today),
              "seed \(seed) step \(n) \(step): \(id) left the brief without a payment")
          }
        }
        previous = now
        checkedSteps += 1
      }
    }
    #expect(checkedSteps >= OneTruthPropertyTests.sequences * 4)
  }

  /// Checks every view against the independent sums; returns the late debts' ids.
  func check(_ p: Portfolio, _ settings: Settings, _ today: LocalDate, seed: Int, step: String) throws -> Set<
    String
  > {
    let where_ = "seed \(seed) \(today) after \(step)"
    let brief = DailyBrief(portfolio: p, today: today, days: 7, settings: settings)
    let statuses = p.statuses(asOf: today)
    let lateIDs = Set(brief.overdue.map(\.debt.id))
    for debt in p.debts {
      let payments = p.payments(for: debt.id)
      let sums = OneTruthPropertyTests.lateBySums(debt, payments, today: today)
      let suspended = OneTruthPropertyTests.suspended(p.cases[debt.id], payments, today: today)
      if sums.late && !suspended {
        #expect(lateIDs.contains(debt.id), "\(where_): \(debt.id) is late by the sums but not in the brief")
      }
      guard let s = statuses[debt.id] else {
        Issue.record("\(where_): no status for \(debt.id)")
        continue
      }
      if let item = brief.overdue.first(where: { $0.debt.id == debt.id }) {
        // The list (`list --json`), the detail and the brief: one amount, one count of days.
        #expect(item.amount == s.overdueAmount + s.penalty + s.fees, "\(where_)")
        #expect(item.daysPastDue == s.daysPastDue && s.isLate, "\(where_)")
        if sums.late {
          #expect(item.daysPastDue >= sums.days, "\(where_): \(item.daysPastDue) < \(sums.days)")
        }
      } else {
        #expect(!s.isLate, "\(where_): \(debt.id) is late in the list but not in the brief")
      }
    }
    // The exports say the same stage as the list.
    let csv = CSVWriter.debts(p, today: today).split(separator: "\r\n").dropFirst()
    #expect(csv.count == p.debts.count, "\(where_)")
    for (line, debt) in zip(csv, p.debts) {
      let stage = try #require(statuses[debt.id]?.stage.rawValue)
      #expect(line.contains("," + stage + ","), "\(where_): CSV \(line) lacks \(stage)")
    }
    // The app: its brief, its Today rows and its top bar are the same brief.
    let state = AppState(portfolio: p, settings: settings, today: today, language: .en)
    #expect(state.brief.counts == brief.counts, "\(where_)")
    #expect(Set(state.brief.overdue.map(\.debt.id)) == lateIDs, "\(where_)")
    #expect(state.todayRows.count == brief.rows.count, "\(where_)")
    let screen = AppView.render(state, keyMap: .standard, theme: .standard, width: 120, height: 40).text
    let topBar = screen.split(separator: "\n").first.map(String.init) ?? ""
    let counts = brief.counts
    if counts.overdue > 0 {
      #expect(topBar.contains("\(counts.overdue) overdue"), "\(where_): \(topBar)")
      #expect(screen.contains("\(counts.overdue) overdue ·"), "\(where_)")
    } else {
      #expect(!topBar.contains("overdue"), "\(where_): \(topBar)")
    }
    #expect(topBar.contains("\(counts.today) for today"), "\(where_): \(topBar)")
    // The exit status of `today --fail-if-overdue` and the Overdue section are one fact.
    #expect(brief.hasOverdue == !brief.overdueRows.isEmpty, "\(where_)")
    // Every upcoming row is an unpaid amount due within the window.
    for item in brief.upcoming {
      #expect(item.date >= today && today.days(to: item.date) <= 7 && item.amount > 0, "\(where_)")
    }
    return lateIDs
  }
}
