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
  public let steps: [GuideStep]

  public init(debt: Debt, payments: [Payment], caseFile: CaseFile?, today: LocalDate, dueSoonDays: Int = 7) {
    self.debt = debt
    let caseFile = caseFile ?? CaseFile(debt: debt.id)
    self.caseFile = caseFile
    let status = DebtStatus(debt: debt, payments: payments, asOf: today, dueSoonDays: dueSoonDays)
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
    stageInAWeek = week.stage
    agreementProgress = caseFile.currentAgreement.map {
      AgreementProgress($0, payments: payments, today: today)
    }
    stage = CaseSummary.stage(status.stage, caseFile: caseFile, payments: payments, today: today)
    steps = Guide.steps(for: stage)
  }

  /// The stage a case file gives a debt: an unconfirmed proposal makes a late debt "negotiating";
  /// a confirmed agreement being kept makes it "agreement in force"; a completed one that settles
  /// the debt makes it settled. A broken agreement falls back to the debt's own stage.
  public static func stage(_ base: Stage, caseFile: CaseFile?, payments: [Payment], today: LocalDate) -> Stage
  {
    guard base != .settled, let agreement = caseFile?.currentAgreement else { return base }
    if agreement.confirmed == .proposed { return base.isLate ? .negotiating : base }
    let progress = AgreementProgress(agreement, payments: payments, today: today)
    if progress.complete { return agreement.settlesDebt ? .settled : base }
    return progress.isBroken ? base : .agreementInForce
  }

  /// Every debt that has a case worth opening: late, negotiating, or with a case file.
  public static func needsCase(stage: Stage, caseFile: CaseFile?) -> Bool {
    stage.isLate || stage == .negotiating || stage == .agreementInForce || !(caseFile?.isEmpty ?? true)
  }
}
