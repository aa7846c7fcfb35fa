import Testing

@testable import DebtCore

@Suite("The court stages after M3+: in court, judgment, enforcement")
struct CourtStageTests {
  /// ¥10,000 bullet due 2026-06-15, unpaid: M3+ on 2026-11-23 (161 days).
  static let debt = makeDebt(
    principal: 1_000_000, basis: .daily, percent: "0.05", method: .bullet, term: 1, start: "2026-05-15")
  static let today = day("2026-11-23")

  func stage(_ kinds: [(CourtEventKind, String)], today: LocalDate = today, payments: [Payment] = []) -> Stage
  {
    var file = CaseFile(debt: "d1")
    for (k, d) in kinds { file.append(CourtEvent(kind: k, received: day(d))) }
    return CaseSummary(debt: CourtStageTests.debt, payments: payments, caseFile: file, today: today).stage
  }

  @Test(
    "each event's stage; the most advanced recorded wins",
    arguments: [
      ([CourtEventKind](), Stage.m3Plus), ([.paymentOrder], .inCourt), ([.summons], .inCourt),
      ([.smallClaims], .inCourt), ([.mediation], .inCourt), ([.judgment], .judgment), ([.ruling], .judgment),
      ([.enforcement], .enforcement), ([.summons, .judgment], .judgment),
      ([.enforcement, .mediation], .enforcement),
    ])
  func stages(kinds: [CourtEventKind], expected: Stage) {
    #expect(stage(kinds.map { ($0, "2026-11-20") }) == expected)
  }

  @Test("the court stages come after M3+ in severity, and are neither 'late buckets' nor settled")
  func order() {
    #expect(Stage.m3Plus < .inCourt && Stage.inCourt < .judgment && Stage.judgment < .enforcement)
    for s in [Stage.inCourt, .judgment, .enforcement] {
      #expect(s.isCourt && !s.isDelinquent)
      #expect(!s.label.en.isEmpty && !s.label.zh.isEmpty && s.label.en != s.label.zh)
    }
    #expect(Stage.allCases.filter(\.isCourt).count == 3)
  }

  @Test("an event received after today does not count yet; settling the debt ends the court stage")
  func receivedAndSettled() {
    #expect(stage([(.paymentOrder, "2026-11-24")]) == .m3Plus)
    #expect(stage([(.paymentOrder, "2026-11-24")], today: day("2026-11-24")) == .inCourt)
    // Paid in full (far more than owed): settled, whatever the court papers.
    let paid = [Payment(id: "p1", debt: "d1", date: day("2026-11-22"), amount: 2_000_000)]
    #expect(stage([(.judgment, "2026-11-20")], payments: paid) == .settled)
  }

  @Test("an agreement in force (say, a confirmed mediation) governs the payments, not the court stage")
  func agreementInForce() {
    var file = CaseFile(debt: "d1")
    file.append(CourtEvent(kind: .mediation, received: day("2026-11-20")))
    file.append(
      Agreement(
        madeOn: day("2026-11-21"), kind: .installments, confirmed: .writing,
        schedule: [
          .init(date: day("2026-12-05"), amount: 600_000), .init(date: day("2027-01-05"), amount: 600_000),
        ]
      ))
    let s = CaseSummary(
      debt: CourtStageTests.debt, payments: [], caseFile: file, today: CourtStageTests.today)
    #expect(s.stage == .agreementInForce)
    // The agreed payment missed: back to the court stage.
    #expect(
      CaseSummary(debt: CourtStageTests.debt, payments: [], caseFile: file, today: day("2026-12-06")).stage
        == .inCourt)
  }

  @Test("the portfolio's statuses, the brief's count and its lines carry the court stage")
  func briefAndStatuses() {
    var p = Portfolio()
    p.add(CourtStageTests.debt)
    var file = p.caseFile(for: "d1")
    file.append(CourtEvent(kind: .summons, received: day("2026-11-20"), hearing: day("2027-01-12")))
    p.cases["d1"] = file
    #expect(p.statuses(asOf: CourtStageTests.today)["d1"]?.stage == .inCourt)
    #expect(p.statuses(asOf: CourtStageTests.today)["d1"]?.scheduleStage == .m3Plus)
    let brief = DailyBrief(portfolio: p, today: CourtStageTests.today)
    #expect(brief.counts.inCourt == 1 && brief.counts.overdue == 1)
    #expect(brief.headline.en.contains("1 in court") && brief.headline.zh.contains("涉诉 1 笔"))
    let row = brief.overdueRows.first
    #expect(row?.summary.en.contains("M3+ overdue · in court") == true)
    #expect(row?.message.en.contains("days overdue, in court") == true)
    #expect(row?.message.zh.contains("诉讼中") == true)
    // Without the event: no court count, no mention.
    let plain = DailyBrief(
      portfolio: {
        var q = p; q.cases = [:]; return q
      }(), today: CourtStageTests.today)
    #expect(plain.counts.inCourt == 0 && !plain.headline.en.contains("court"))
  }

  @Test("the guide leads with one step per court paper, newest first, each drafting its letter")
  func guideSteps() {
    var file = CaseFile(debt: "d1")
    file.append(CourtEvent(kind: .paymentOrder, received: day("2026-11-10")))
    file.append(CourtEvent(kind: .summons, received: day("2026-11-20")))
    let s = CaseSummary(
      debt: CourtStageTests.debt, payments: [], caseFile: file, today: CourtStageTests.today)
    #expect(Array(s.steps.prefix(2).map(\.id)) == ["court-k2", "court-k1"])
    #expect(s.steps[0].action == .letter(.defence) && s.steps[1].action == .letter(.paymentOrderObjection))
    #expect(s.steps[1].reminderID == "court:d1:k1")
    // 11-10 + 15 = Wed 11-25: 2 days left on 11-23; 11-20 + 15 = Sat 12-05 → Mon 12-07: 14 days.
    #expect(s.steps[1].title.en.contains("2 days left") && s.steps[0].title.en.contains("14 days left"))
    #expect(s.steps[0].why.en.contains("12368") && s.steps[0].why.zh.contains("人民法院在线服务"))
    let actions: [CourtEventKind: GuideAction] = [
      .smallClaims: .letter(.defence), .judgment: .letter(.courtFeeRelief), .ruling: .followUp,
      .mediation: .offerCalculator, .enforcement: .letter(.enforcementSettlement),
    ]
    for (kind, action) in actions {
      let step = Guide.courtStep(
        CourtEvent(kind: kind, received: CourtStageTests.today), debtID: "d1", rules: .shipped,
        today: CourtStageTests.today)
      #expect(step.action == action, "\(kind)")
      #expect(step.reminderID == (kind.period == nil ? nil : "court:d1:"), "\(kind)")
    }
  }

  @Test("the court ladder: where the case file puts the debt, after legal action")
  func ladder() {
    #expect(CourtLadder.rungs(courtStage: nil).isEmpty)
    #expect(CourtLadder.rungs(courtStage: .m3Plus).isEmpty)
    #expect(CourtLadder.rungs(courtStage: .judgment).map(\.position) == [.passed, .now, .later])
    #expect(CourtLadder.rungs(courtStage: .enforcement).map(\.position) == [.passed, .passed, .now])
  }

  @Test("once in court, the collection ladder's legal-action rung is now, whatever the days past due")
  func collectionLadderInCourt() {
    let legal = Escalation.ladder[Escalation.ladder.count - 1]
    let visit = Escalation.ladder[Escalation.ladder.count - 2]
    // 45 days late: legal action is typically ~46 days away; with a summons it has begun.
    #expect(Escalation.position(of: legal, daysPastDue: 45, inCourt: false) == .ahead(inDays: 46))
    #expect(Escalation.position(of: legal, daysPastDue: 45, inCourt: true) == .now)
    #expect(Escalation.position(of: visit, daysPastDue: 45, inCourt: true) == .passed)
    #expect(Escalation.next(daysPastDue: 45, inCourt: true) == nil)
    // Without the court event, the next rung is the collection agency, typically from day 61.
    #expect(Escalation.next(daysPastDue: 45)?.inDays == 61 - 45)
  }
}

@Suite("Court deadlines and hearings in the calendar export")
struct CourtCalendarExportTests {
  @Test("a deadline to come and a hearing are events with stable UIDs; a done countdown is left out")
  func events() {
    var p = Portfolio()
    p.add(CourtStageTests.debt)
    var file = p.caseFile(for: "d1")
    file.append(CourtEvent(kind: .paymentOrder, received: day("2026-11-23"), caseNumber: "(2026)京0105民督1号"))
    file.append(CourtEvent(kind: .summons, received: day("2026-11-20"), hearing: day("2027-01-12")))
    p.cases["d1"] = file
    let ics = ICalendar.document(portfolio: p, settings: Settings(), today: day("2026-11-23"), language: .en)
    #expect(ics.contains("UID:debtdeck-d1-court-k1@debtdeck.invalid"))
    // 11-23 + 15 = Tue 12-08; 11-20 + 15 = Sat 12-05 → Mon 12-07.
    #expect(ics.contains("DTSTART;VALUE=DATE:20261208") && ics.contains("DTSTART;VALUE=DATE:20261207"))
    #expect(
      ics.contains("UID:debtdeck-d1-hearing-k2@debtdeck.invalid")
        && ics.contains("DTSTART;VALUE=DATE:20270112"))
    p.reminderStates["court:d1:k1"] = .done(on: day("2026-11-23"))
    let after = ICalendar.document(
      portfolio: p, settings: Settings(), today: day("2026-11-23"), language: .en)
    #expect(!after.contains("court-k1@") && after.contains("court-k2@"))
    // After the deadline, no event for it.
    let late = ICalendar.document(portfolio: p, settings: Settings(), today: day("2026-12-08"), language: .en)
    #expect(!late.contains("court-k2@") && late.contains("hearing-k2@"))
  }
}
