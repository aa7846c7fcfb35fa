/// A debt's case on one day: where it stands, what waiting costs, its agreement, and the guide.
public struct CaseSummary: Sendable {
  public let debt: Debt
  public let status: DebtStatus
  /// The stage after the case file is taken into account (negotiating, agreement in force).
  public let stage: Stage
  public let caseFile: CaseFile
  /// Penalty and late fees that accrue if nothing is paid for one more day / one more week.
  public let costOfWaitingDay: Int64
  public let costOfWaitingWeek: Int64
  /// The stage in a week if nothing is paid.
  public let stageInAWeek: Stage
  public let agreementProgress: AgreementProgress?
  /// The court papers' steps (newest first), then the guide's steps for the stage.
  public let steps: [GuideStep]
  /// What the credit report probably shows and until when (from the schedule, before any agreement).
  public let creditRecord: CreditRecordOutlook

  public init(
    debt: Debt, payments: [Payment], caseFile: CaseFile?, today: LocalDate, dueSoonDays: Int = 7,
    rules: RuleBook = .shipped
  ) {
    self.debt = debt
    let caseFile = caseFile ?? CaseFile(debt: debt.id)
    self.caseFile = caseFile
    let raw = DebtStatus(debt: debt, payments: payments, asOf: today, dueSoonDays: dueSoonDays)
    let view = CaseSummary.view(raw.stage, caseFile: caseFile, payments: payments, today: today)
    let status = raw.withCase(view)
    self.status = status
    let tomorrow = DebtStatus(
      debt: debt, payments: payments, asOf: today.adding(days: 1), dueSoonDays: dueSoonDays)
    let week = DebtStatus(
      debt: debt, payments: payments, asOf: today.adding(days: 7), dueSoonDays: dueSoonDays)
    // Penalty is exact below the fen, so the difference is rounded once: the cost of one more
    // day stays the same while the overdue amount does.
    let fees = status.fees + status.paidFees
    costOfWaitingDay = max(
      0,
      tomorrow.penaltyAccruedExact.roundedIncrease(since: status.penaltyAccruedExact)
        + tomorrow.fees + tomorrow.paidFees - fees)
    costOfWaitingWeek = max(
      0,
      week.penaltyAccruedExact.roundedIncrease(since: status.penaltyAccruedExact)
        + week.fees + week.paidFees - fees)
    stageInAWeek =
      CaseSummary.view(week.stage, caseFile: caseFile, payments: payments, today: today.adding(days: 7)).stage
    agreementProgress = caseFile.currentAgreement.map {
      AgreementProgress($0, payments: payments, today: today)
    }
    stage = view.stage
    steps = Guide.courtSteps(caseFile, debtID: debt.id, rules: rules, today: today) + Guide.steps(for: stage)
    creditRecord = CreditRecordOutlook(debt: debt, status: raw, payments: payments, rules: rules)
  }

  /// The stage a case file gives a debt: an unconfirmed proposal makes a late debt "negotiating";
  /// a confirmed agreement with a payment schedule of its own, being kept, makes it "agreement in
  /// force" (its payments replace the original schedule's); a completed one that settles the debt
  /// makes it settled. An agreement without a schedule (a waiver, an extension without dates) and
  /// a broken one leave the debt's own stage: what is due stays due.
  public static func stage(_ base: Stage, caseFile: CaseFile?, payments: [Payment], today: LocalDate) -> Stage
  {
    view(base, caseFile: caseFile, payments: payments, today: today).stage
  }

  /// The case file's view of a debt on `today`: its stage and, for an agreement in force, the
  /// agreed payment that comes next.
  ///
  /// A court event received by `today` puts a debt that is not settled, and has no agreement in
  /// force, in its court stage (in court, judgment, enforcement).
  public static func view(_ base: Stage, caseFile: CaseFile?, payments: [Payment], today: LocalDate)
    -> CaseView
  {
    let agreed = agreementView(base, caseFile: caseFile, payments: payments, today: today)
    guard agreed.stage != .settled, agreed.stage != .agreementInForce,
      let court = caseFile?.courtStage(on: today)
    else { return agreed }
    return CaseView(stage: court)
  }

  static func agreementView(_ base: Stage, caseFile: CaseFile?, payments: [Payment], today: LocalDate)
    -> CaseView
  {
    guard base != .settled, let agreement = caseFile?.currentAgreement else { return CaseView(stage: base) }
    if agreement.confirmed == .proposed { return CaseView(stage: base.isLate ? .negotiating : base) }
    guard !agreement.schedule.isEmpty else { return CaseView(stage: base) }
    let progress = AgreementProgress(agreement, payments: payments, today: today)
    if progress.complete { return CaseView(stage: agreement.settlesDebt ? .settled : base) }
    guard !progress.isBroken else { return CaseView(stage: base) }
    let next = unpaidAgreed(agreement, paid: progress.paid).first
    return CaseView(stage: .agreementInForce, agreedNext: next)
  }

  /// The unpaid payments of the current agreement with a schedule (a confirmed one), in order,
  /// each with what is left of it; empty when there is none.
  public static func agreedPaymentsDue(_ caseFile: CaseFile?, payments: [Payment], today: LocalDate)
    -> [DuePayment]
  {
    guard let agreement = caseFile?.currentAgreement, agreement.confirmed != .proposed else { return [] }
    let progress = AgreementProgress(agreement, payments: payments, today: today)
    return unpaidAgreed(agreement, paid: progress.paid)
  }

  static func unpaidAgreed(_ agreement: Agreement, paid: Int64) -> [DuePayment] {
    var out: [DuePayment] = []
    var cumulative: Int64 = 0
    for p in agreement.schedule {
      cumulative += p.amount
      let unpaid = min(p.amount, cumulative - paid)
      if unpaid > 0 { out.append(DuePayment(date: p.date, amount: unpaid, installment: nil)) }
    }
    return out
  }

  /// Every debt that has a case worth opening: late, negotiating, or with a case file.
  public static func needsCase(stage: Stage, caseFile: CaseFile?) -> Bool {
    stage.isLate || stage == .negotiating || stage == .agreementInForce || !(caseFile?.isEmpty ?? true)
  }
}

/// What a case file says of a debt on one day.
public struct CaseView: Hashable, Sendable {
  public let stage: Stage
  public let agreedNext: DuePayment?

  public init(stage: Stage, agreedNext: DuePayment? = nil) {
    self.stage = stage
    self.agreedNext = agreedNext
  }
}
