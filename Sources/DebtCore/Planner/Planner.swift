import Foundation

/// Simulates paying down every debt month by month under a budget and a strategy.
///
/// Each month: interest is added — the penalty rate on the overdue principal and interest, the
/// contract rate on what is not overdue, nothing on unpaid penalty and fees unless the debt
/// compounds (then the penalty rate); nothing in a card's interest-free first month; a debt late
/// at the start is paid today, its penalty up to today already owed — then every minimum is paid
/// (the schedule's payment plus everything overdue, this month's penalty included, capped at the
/// balance; penalty and fees first, then the overdue part; an unpaid part of the regular payment
/// becomes overdue), and the rest of the budget goes to the strategy's target. A
/// cleared debt's minimum stays in the budget, so it rolls to the next target. When the budget
/// cannot cover the minimums the plan is in **shortfall**: money goes where it limits harm
/// (triage order) and the debts left short are listed, with their due dates, as the ones to call.
public struct Planner: Sendable {
  /// One debt as the planner sees it.
  public struct Item: Sendable {
    public let debt: Debt
    public let balance: Int64
    /// Interest per month on the balance, as a fraction.
    public let monthlyRate: Double
    /// The contractual monthly payment (installment loans), or nil for revolving credit.
    public let installment: Int64?
    /// Months left in the schedule.
    public let remainingMonths: Int
    /// Already behind at the start (in grace or overdue).
    public let late: Bool
    /// What is overdue now (missed installments, penalty, fees): due on top of this month's minimum.
    public let arrears: Int64
    /// The part of the arrears that earns penalty (missed installments: principal and interest).
    public let penaltyBase: Int64
    /// A card or 花呗 statement still inside its interest-free period: paid in full, no interest.
    public let interestFree: Bool
    /// The day this debt's first payment in the plan falls due (today when it is late): month k
    /// of the plan pays it k months later.
    public let firstPayment: LocalDate
    /// Severity of the stage (for triage).
    public let severity: Int
    public let nextDueDate: LocalDate?
    public let trueRate: Double
  }

  public let items: [Item]
  public let start: LocalDate
  /// The numbers the monthly loop needs, without the debts' strings: copying an `Item` a million
  /// times would cost more than the arithmetic.
  struct Terms {
    let rate: Double
    let penaltyRate: Double
    let installment: Int64?
    let bullet: Bool
    let minimumPercent: Int64
    /// Unpaid penalty earns penalty too.
    let compound: Bool
    /// A card inside its interest-free period: no interest in the first month.
    let interestFree: Bool
    /// Late when the plan starts: paid today, the penalty up to today already owed.
    let lateAtStart: Bool
  }
  let terms: [Terms]
  public static let horizon = 600
  /// A balance beyond this (10 trillion yuan) means the plan can never end; the simulation stops
  /// before any sum could overflow.
  public static let ceiling: Int64 = 1_000_000_000_000_000

  public init(items: [Item], start: LocalDate) {
    self.items = items
    self.start = start.firstOfMonth
    terms = items.map {
      Terms(
        rate: $0.monthlyRate, penaltyRate: $0.monthlyRate * $0.debt.penaltyMultiplier,
        installment: $0.installment,
        bullet: $0.debt.method == .bullet, minimumPercent: Int64($0.debt.minimumPercent),
        compound: $0.debt.compoundPenalty, interestFree: $0.interestFree, lateAtStart: $0.late)
    }
  }

  /// Builds the planner's view of a portfolio on `today`: what settles each debt now, its rate,
  /// its minimum.
  public init(portfolio: Portfolio, today: LocalDate) {
    let byDebt = portfolio.paymentsByDebt()
    var items: [Item] = []
    for debt in portfolio.debts where !debt.archived {
      // With the case file's stage: an agreement being kept is not charged as late.
      let status = portfolio.withCase(
        DebtStatus(debt: debt, payments: byDebt[debt.id] ?? [], asOf: today), debtID: debt.id,
        payments: byDebt[debt.id])
      guard status.stage != .settled, status.payoffAmount - status.accruedInterest > 0 else { continue }
      let apr = TrueAPR(debt: debt, schedule: status.schedule)
      let monthly = apr?.periodRate ?? debt.rate.monthly.value
      let left = status.schedule.installments.filter { $0.dueDate >= today }
      let installment: Int64? = debt.method == .revolving ? nil : (left.first?.total ?? status.payoffAmount)
      let late = status.isLate
      let first = status.schedule.installments.first
      let interestFree =
        debt.method == .revolving && !late && status.paidTotal == 0
        && (first.map { $0.dueDate >= today } ?? false)
      items.append(
        Item(
          // The plan adds each month's interest itself, so the balance leaves out what has
          // accrued since the last due date.
          debt: debt, balance: status.payoffAmount - status.accruedInterest, monthlyRate: max(monthly, 0),
          installment: installment, remainingMonths: max(left.count, 1), late: late,
          arrears: status.lateOwed,
          penaltyBase: late ? status.overdueAmount : 0, interestFree: interestFree,
          firstPayment: late ? today : (status.nextPayment?.date ?? today),
          severity: status.stage.severity,
          nextDueDate: status.firstUnpaid?.installment.dueDate,
          trueRate: apr?.compound ?? debt.rate.nominalAnnual))
    }
    self.init(items: items, start: today)
  }

  /// The sum of this month's minimums: what any budget must cover to keep every debt current.
  public var firstMonthMinimums: Int64 {
    items.indices.reduce(0) { sum, i in
      var part = Parts(items[i])
      return sum
        + Planner.addMonth(
          terms[i], &part, month: 0, monthsLeft: items[i].remainingMonths, effect: .shortenTerm
        ).minimum
    }
  }

  /// A debt's balance in the three parts that earn differently.
  struct Parts {
    /// Not overdue: earns the contract rate.
    var current: Int64
    /// Overdue principal and interest: earns the penalty rate.
    var behind: Int64
    /// Unpaid penalty and fees: earns nothing, or the penalty rate when the debt compounds.
    var idle: Int64
    var total: Int64 { current + behind + idle }

    init(_ item: Item) {
      behind = min(max(item.penaltyBase, 0), item.balance)
      idle = min(max(item.arrears - behind, 0), item.balance - behind)
      current = item.balance - behind - idle
    }

    /// A payment pays penalty and fees first, then the overdue part, then the rest.
    mutating func pay(_ amount: Int64) {
      let a = min(amount, idle)
      idle -= a
      let b = min(amount - a, behind)
      behind -= b
      current -= amount - a - b
    }
  }

  /// What one month adds to a debt and asks of it.
  struct Month {
    let interest: Int64
    let minimum: Int64
    /// The part of the minimum that is the month's regular payment (the rest is overdue).
    let regular: Int64
  }

  /// Adds the month's interest to `part` and returns it with the month's minimum: the regular
  /// payment plus everything overdue (this month's penalty included), capped at what is owed.
  static func addMonth(
    _ t: Terms, _ part: inout Parts, month: Int, monthsLeft: Int, effect: ExtraEffect
  ) -> Month {
    let before = part.total
    var total: Int64 = 0
    var penalty: Int64 = 0
    if !(month == 0 && t.interestFree) {
      // A debt late at the start is paid today: its penalty up to today is already in `idle`.
      let penaltyExact =
        month == 0 && t.lateAtStart
        ? 0 : Double(part.behind) * t.penaltyRate + (t.compound ? Double(part.idle) * t.penaltyRate : 0)
      total = Int64((Double(part.current) * t.rate + penaltyExact).rounded(.toNearestOrAwayFromZero))
      penalty = min(Int64(penaltyExact.rounded(.toNearestOrAwayFromZero)), total)
    }
    part.current += total - penalty
    part.idle += penalty
    let owed = part.total
    let regular = Planner.minimum(
      t, balance: before, interest: total - penalty, owed: owed, monthsLeft: monthsLeft, effect: effect)
    let minimum = min(regular + part.behind + part.idle, owed)
    return Month(interest: total, minimum: minimum, regular: max(0, minimum - part.behind - part.idle))
  }

  /// The schedule's payment for the month: the installment (all of it in the last month), a
  /// bullet's balance at the end, a card's percentage of the balance (at least ¥50) plus the
  /// month's contract interest; never more than `owed`.
  static func minimum(
    _ t: Terms, balance: Int64, interest: Int64, owed: Int64, monthsLeft: Int, effect: ExtraEffect
  ) -> Int64 {
    guard owed > 0 else { return 0 }
    if let installment = t.installment {
      if t.bullet { return monthsLeft <= 1 ? owed : 0 }
      if effect == .lowerPayment && monthsLeft > 0 {
        let r = t.rate
        let n = Double(monthsLeft)
        let annuity = r > 0 ? Double(balance) * r * pow(1 + r, n) / (pow(1 + r, n) - 1) : Double(balance) / n
        return min(owed, Int64(annuity.rounded(.up)))
      }
      return min(owed, monthsLeft <= 1 ? owed : installment)
    }
    // Revolving, as its schedule: a percentage of the balance (at least ¥50) plus the month's
    // interest.
    let part = RateFraction(numerator: t.minimumPercent, denominator: 100).of(balance)
    return min(owed, max(part, min(5_000, balance)) + interest)
  }

  /// The order extra money goes in (and, in shortfall, the order minimums are paid in).
  func order(_ strategy: PlanStrategy, custom: [String], balances: [Int64]) -> [Int] {
    let indices = Array(items.indices)
    switch strategy {
    case .avalanche, .minimums:
      return indices.sorted { (items[$0].trueRate, -$0) > (items[$1].trueRate, -$1) }
    case .snowball:
      // The balance when the plan starts (what is owed today), smallest first.
      return indices.sorted { (balances[$0], $0) < (balances[$1], $1) }
    case .triage:
      return triageOrder()
    case .custom:
      let rank = Dictionary(custom.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
      return indices.sorted {
        (rank[items[$0].debt.id] ?? Int.max, $0) < (rank[items[$1].debt.id] ?? Int.max, $1)
      }
    }
  }

  /// Late debts (worst bucket first), then those that report to 征信, then the highest penalty rate.
  func triageOrder() -> [Int] {
    items.indices.sorted { a, b in
      let x = items[a]
      let y = items[b]
      if x.late != y.late { return x.late }
      if x.severity != y.severity { return x.severity > y.severity }
      if x.debt.reportsToCreditBureau != y.debt.reportsToCreditBureau { return x.debt.reportsToCreditBureau }
      let px = x.monthlyRate * x.debt.penaltyMultiplier
      let py = y.monthlyRate * y.debt.penaltyMultiplier
      if px != py { return px > py }
      return a < b
    }
  }

  /// Runs the plan.
  public func run(
    budget: Int64, strategy: PlanStrategy, extras: [PlanExtra] = [], custom: [String] = [],
    effect: ExtraEffect = .shortenTerm, keepMonths: Bool = true
  ) -> PlanResult {
    var parts = items.map(Parts.init)
    var balances = items.map(\.balance)
    var monthsLeft = items.map(\.remainingMonths)
    var payoff: [Int?] = Array(repeating: nil, count: items.count)
    var interestTotal = Array(repeating: Int64(0), count: items.count)
    var paidTotal = Array(repeating: Int64(0), count: items.count)
    var months: [PlanMonth] = []
    var shortfallMonths: [Int] = []
    var callList: [PlanResult.Call] = []
    var negativeAmortization = Array(repeating: false, count: items.count)
    let triage = triageOrder()
    // Every order is fixed when the plan starts. Snowball's is by the balances then: re-sorting
    // by each month's balances made a bigger budget dearer on random portfolios (the order
    // flipped to a cheaper debt), so a cleared debt's money rolls down one fixed list.
    let fixedOrder = order(strategy, custom: custom, balances: balances)
    var month = 0
    while month < Planner.horizon && balances.contains(where: { $0 > 0 })
      && !balances.contains(where: { $0 > Planner.ceiling })
    {
      var available = budget
      for e in extras where e.month == month || (e.recurring && month >= e.month) { available += e.amount }
      available = max(available, 0)
      var interest = Array(repeating: Int64(0), count: items.count)
      var minimums = Array(repeating: Int64(0), count: items.count)
      var regulars = Array(repeating: Int64(0), count: items.count)
      for i in items.indices where balances[i] > 0 {
        let m = Planner.addMonth(
          terms[i], &parts[i], month: month, monthsLeft: monthsLeft[i], effect: effect)
        interest[i] = m.interest
        balances[i] = parts[i].total
        interestTotal[i] += m.interest
        // Anything still overdue is due now, on top of the month's regular payment.
        minimums[i] = m.minimum
        regulars[i] = m.regular
        if m.regular < m.interest && balances[i] > m.regular {
          negativeAmortization[i] = true
        }
      }
      var paid = Array(repeating: Int64(0), count: items.count)
      let needed = minimums.reduce(0, +)
      let short = available < needed
      if short { shortfallMonths.append(month) }
      // Minimums: all of them, or in triage order as far as the money goes.
      for i in (short ? triage : Array(items.indices)) where minimums[i] > 0 {
        let pay = min(minimums[i], available)
        paid[i] += pay
        available -= pay
        let overdue = minimums[i] - regulars[i]
        parts[i].pay(pay)
        // What is left of the regular payment is overdue now (and earns penalty).
        let unpaidRegular = regulars[i] - max(0, pay - overdue)
        if unpaidRegular > 0 {
          parts[i].current -= unpaidRegular
          parts[i].behind += unpaidRegular
        }
        if pay < minimums[i] {
          if month == 0 {
            callList.append(
              PlanResult.Call(
                debtID: items[i].debt.id, name: items[i].debt.name, lender: items[i].debt.lender,
                dueDate: items[i].nextDueDate, shortBy: minimums[i] - pay))
          }
        }
      }
      // The rest to the strategy's targets.
      if strategy != .minimums && available > 0 {
        for i in fixedOrder
        where available > 0 && parts[i].total > 0 {
          let pay = min(available, parts[i].total)
          paid[i] += pay
          available -= pay
          parts[i].pay(pay)
        }
      }
      for i in items.indices where balances[i] > 0 {
        balances[i] = parts[i].total
        paidTotal[i] += paid[i]
        monthsLeft[i] = max(monthsLeft[i] - 1, 1)
        if balances[i] <= 0 && payoff[i] == nil { payoff[i] = month }
      }
      if keepMonths {
        months.append(
          PlanMonth(index: month, payments: paid, interest: interest, balances: balances, shortfall: short))
      }
      month += 1
    }
    return PlanResult(
      strategy: strategy, budget: budget, start: start, months: months,
      debtIDs: items.map(\.debt.id), names: items.map(\.debt.name), payoffMonth: payoff,
      firstPayments: items.map(\.firstPayment),
      interestByDebt: interestTotal, paidByDebt: paidTotal, startBalances: items.map(\.balance),
      monthCount: month, finished: !balances.contains(where: { $0 > 0 }),
      shortfallMonths: shortfallMonths,
      callList: callList.sorted {
        ($0.dueDate?.ordinal ?? Int.max, $0.name) < ($1.dueDate?.ordinal ?? Int.max, $1.name)
      },
      negativeAmortization: items.indices.filter { negativeAmortization[$0] }.map { items[$0].debt.id },
      minimumsNeeded: firstMonthMinimums)
  }
}
