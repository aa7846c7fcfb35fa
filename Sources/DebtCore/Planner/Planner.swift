import Foundation

/// Simulates paying down every debt month by month under a budget and a strategy.
///
/// Each month: interest is added (at the penalty rate on the part that is behind, the contract
/// rate on the rest; nothing in a card's interest-free first month), every minimum is paid (capped
/// at the balance; the same figure as the debt's schedule), and the rest of the budget goes to the
/// strategy's target. A
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
      let status = DebtStatus(debt: debt, payments: byDebt[debt.id] ?? [], asOf: today)
      guard status.stage != .settled, status.payoffAmount - status.accruedInterest > 0 else { continue }
      let apr = TrueAPR(debt: debt, schedule: status.schedule)
      let monthly = apr?.periodRate ?? debt.rate.monthly.value
      let left = status.schedule.installments.filter { $0.dueDate >= today }
      let installment: Int64? = debt.method == .revolving ? nil : (left.first?.total ?? status.payoffAmount)
      let late = status.stage.isLate
      let first = status.schedule.installments.first
      let interestFree =
        debt.method == .revolving && !late && status.paidTotal == 0
        && (first.map { $0.dueDate >= today } ?? false)
      items.append(
        Item(
          // The plan adds each month's interest itself, so the balance leaves out what has
          // accrued since the last due date.
          debt: debt, balance: status.payoffAmount - status.accruedInterest, monthlyRate: max(monthly, 0),
          installment: installment,
          remainingMonths: max(left.count, 1), late: late,
          arrears: late ? status.overdueAmount + status.penalty + status.fees : 0,
          penaltyBase: late ? status.overdueAmount : 0, interestFree: interestFree,
          firstPayment: late ? today : (status.nextDue?.installment.dueDate ?? today),
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
      let interest = item.interestFree ? 0 : interest(terms[i], item.balance, behind: item.penaltyBase)
      let regular = Planner.minimum(
        terms[i], balance: item.balance, interest: interest, monthsLeft: item.remainingMonths,
        effect: .shortenTerm)
      return sum + min(regular + item.arrears, item.balance + interest)
    }
  }

  /// A month's interest: the penalty rate on the part `behind`, the contract rate on the rest.
  func interest(_ t: Terms, _ balance: Int64, behind: Int64) -> Int64 {
    let late = min(max(behind, 0), balance)
    let value = Double(balance - late) * t.rate + Double(late) * t.penaltyRate
    return Int64(value.rounded(.toNearestOrAwayFromZero))
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
    var balances = items.map(\.balance)
    var monthsLeft = items.map(\.remainingMonths)
    var behind = items.map(\.penaltyBase)
    var arrears = items.map(\.arrears)
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
      for i in items.indices where balances[i] > 0 {
        interest[i] =
          month == 0 && items[i].interestFree ? 0 : self.interest(terms[i], balances[i], behind: behind[i])
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
          // Only what is left unpaid is behind and earns penalty.
          behind[i] = minimums[i] - pay
          arrears[i] = minimums[i] - pay
          if month == 0 {
            callList.append(
              PlanResult.Call(
                debtID: items[i].debt.id, name: items[i].debt.name, lender: items[i].debt.lender,
                dueDate: items[i].nextDueDate, shortBy: minimums[i] - pay))
          }
        } else {
          behind[i] = 0
          arrears[i] = 0
        }
      }
      // The rest to the strategy's targets.
      if strategy != .minimums && available > 0 {
        for i in fixedOrder
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
