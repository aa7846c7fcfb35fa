import Foundation

/// Simulates paying down every debt month by month under a budget and a strategy.
///
/// Each month: interest is added (at the penalty rate while a debt is behind), every minimum is
/// paid (capped at the balance), and the rest of the budget goes to the strategy's target. A
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
        bullet: $0.debt.method == .bullet, minimumPercent: Int64($0.debt.minimumPercent))
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
      guard status.stage != .settled, status.payoffAmount > 0 else { continue }
      let apr = TrueAPR(debt: debt, schedule: status.schedule)
      let monthly = apr?.periodRate ?? debt.rate.monthly.value
      let left = status.schedule.installments.filter { $0.dueDate >= today }
      let installment: Int64? = debt.method == .revolving ? nil : (left.first?.total ?? status.payoffAmount)
      items.append(
        Item(
          debt: debt, balance: status.payoffAmount, monthlyRate: max(monthly, 0), installment: installment,
          remainingMonths: max(left.count, 1), late: status.isLate,
          arrears: status.lateOwed,
          severity: status.stage.severity,
          nextDueDate: status.firstUnpaid?.installment.dueDate,
          trueRate: apr?.compound ?? debt.rate.nominalAnnual))
    }
    self.init(items: items, start: today)
  }

  /// The sum of this month's minimums: what any budget must cover to keep every debt current.
  public var firstMonthMinimums: Int64 {
    items.indices.reduce(0) { sum, i in
      let item = items[i]
      let interest = interest(terms[i], item.balance, late: item.late)
      let regular = Planner.minimum(
        terms[i], balance: item.balance, interest: interest, monthsLeft: item.remainingMonths,
        effect: .shortenTerm)
      return sum + min(regular + item.arrears, item.balance + interest)
    }
  }

  func interest(_ t: Terms, _ balance: Int64, late: Bool) -> Int64 {
    Int64((Double(balance) * (late ? t.penaltyRate : t.rate)).rounded(.toNearestOrAwayFromZero))
  }

  static func minimum(_ t: Terms, balance: Int64, interest: Int64, monthsLeft: Int, effect: ExtraEffect)
    -> Int64
  {
    let owed = balance + interest
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
    // Revolving: a percentage of the balance plus the month's interest, at least ¥50.
    return min(owed, max(balance * t.minimumPercent / 100 + interest, 5_000))
  }

  /// The order extra money goes in (and, in shortfall, the order minimums are paid in).
  func order(_ strategy: PlanStrategy, custom: [String], balances: [Int64]) -> [Int] {
    let indices = Array(items.indices)
    switch strategy {
    case .avalanche, .minimums:
      return indices.sorted { (items[$0].trueRate, -$0) > (items[$1].trueRate, -$1) }
    case .snowball:
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
    var balances = items.map(\.balance)
    var monthsLeft = items.map(\.remainingMonths)
    var late = items.map(\.late)
    var arrears = items.map(\.arrears)
    var payoff: [Int?] = Array(repeating: nil, count: items.count)
    var interestTotal = Array(repeating: Int64(0), count: items.count)
    var paidTotal = Array(repeating: Int64(0), count: items.count)
    var months: [PlanMonth] = []
    var shortfallMonths: [Int] = []
    var callList: [PlanResult.Call] = []
    var negativeAmortization = Array(repeating: false, count: items.count)
    let triage = triageOrder()
    // Every order but snowball's is fixed; snowball's follows the balances month by month.
    let fixedOrder = strategy == .snowball ? [] : order(strategy, custom: custom, balances: balances)
    var month = 0
    while month < Planner.horizon && balances.contains(where: { $0 > 0 })
      && !balances.contains(where: { $0 > Planner.ceiling })
    {
      var available = budget
      for e in extras where e.month == month || (e.recurring && month >= e.month) { available += e.amount }
      available = max(available, 0)
      var interest = Array(repeating: Int64(0), count: items.count)
      var minimums = Array(repeating: Int64(0), count: items.count)
      for i in items.indices where balances[i] > 0 {
        interest[i] = self.interest(terms[i], balances[i], late: late[i])
        balances[i] += interest[i]
        interestTotal[i] += interest[i]
        let regular = Planner.minimum(
          terms[i], balance: balances[i] - interest[i], interest: interest[i], monthsLeft: monthsLeft[i],
          effect: effect)
        // Anything still overdue is due now, on top of the month's minimum.
        minimums[i] = min(regular + arrears[i], balances[i])
        if regular < interest[i] && balances[i] > regular {
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
        if pay < minimums[i] {
          late[i] = true
          arrears[i] = minimums[i] - pay
          if month == 0 {
            callList.append(
              PlanResult.Call(
                debtID: items[i].debt.id, name: items[i].debt.name, lender: items[i].debt.lender,
                dueDate: items[i].nextDueDate, shortBy: minimums[i] - pay))
          }
        } else {
          late[i] = false
          arrears[i] = 0
        }
      }
      // The rest to the strategy's targets.
      if strategy != .minimums && available > 0 {
        let targets = strategy == .snowball ? order(strategy, custom: custom, balances: balances) : fixedOrder
        for i in targets
        where available > 0 && balances[i] - paid[i] > 0 {
          let pay = min(available, balances[i] - paid[i])
          paid[i] += pay
          available -= pay
        }
      }
      for i in items.indices where balances[i] > 0 {
        balances[i] -= paid[i]
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
