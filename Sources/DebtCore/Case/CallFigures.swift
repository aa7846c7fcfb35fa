/// The figures a call is about, each read from the function that owns it: the debt's status
/// (overdue amount, days, penalty, fees, what settles it, the next payment), the case summary
/// (the cost of waiting, the stage in a week) and the offer calculator. The rehearsal, the
/// live-call card and the letters say these and nothing else.
public struct CallFigures: Sendable {
  public let currency: Currency
  /// The stage with the case file taken into account.
  public let stage: Stage
  /// Money is late (inside grace or beyond) and no agreement in force covers it.
  public let isLate: Bool
  public let daysPastDue: Int
  public let lateSince: LocalDate?
  public let overdueAmount: Int64
  /// Penalty interest owed (accrued, not yet paid).
  public let penalty: Int64
  public let fees: Int64
  public let payoff: Int64
  public let costOfWaitingDay: Int64
  public let costOfWaitingWeek: Int64
  public let stageInAWeek: Stage
  public let nextPayment: DuePayment?
  public let offer: Offer?
  /// The first payment of a proposed plan: the first of next month, as in the letters.
  public let firstPaymentDate: LocalDate

  public init(summary: CaseSummary, offer: Offer?, today: LocalDate) {
    let s = summary.status
    currency = summary.debt.currency
    stage = summary.stage
    isLate = s.isLate
    daysPastDue = s.daysPastDue
    lateSince = s.lateSince
    overdueAmount = s.overdueAmount
    penalty = s.penalty
    fees = s.fees
    payoff = s.payoffAmount
    costOfWaitingDay = summary.costOfWaitingDay
    costOfWaitingWeek = summary.costOfWaitingWeek
    stageInAWeek = summary.stageInAWeek
    nextPayment = s.nextPayment
    self.offer = offer
    firstPaymentDate = Offer.firstPaymentDate(after: today)
  }

  /// An offer that can be made: worked out, and something is left each month.
  public var payableOffer: Offer? { offer.flatMap { $0.isShortfall ? nil : $0 } }

  public func money(_ m: Int64) -> String { Money.format(m, currency) }
}

extension Offer {
  /// The first payment of a proposed plan made on `today`: the first of next month.
  public static func firstPaymentDate(after today: LocalDate) -> LocalDate {
    today.firstOfMonth.adding(months: 1)
  }
}
