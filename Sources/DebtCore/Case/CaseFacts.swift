/// The facts of a case, in the order every view lists them (the case screen and `debtdeck case`
/// alike): where the debt stands, what waiting costs, the escalation ladder and the agreement.
/// One wording for one fact; the views only lay them out.
public enum CaseFacts {
  public enum Kind: Sendable { case status, waiting, bureau }

  public struct Fact: Sendable {
    public let label: LocalizedText
    public let value: LocalizedText
    public let kind: Kind
  }

  /// Days past due, the amounts owed, what waiting a day and a week costs, the credit bureau.
  public static func facts(_ summary: CaseSummary) -> [Fact] {
    let s = summary.status
    let money = { (m: Int64) in Money.format(m, summary.debt.currency) }
    let same = { (text: String) in LocalizedText(en: text, zh: text) }
    var out: [Fact] = [
      Fact(
        label: LocalizedText(en: "Days past due", zh: "逾期天数"), value: same("\(s.daysPastDue)"), kind: .status),
      Fact(
        label: LocalizedText(en: "Overdue amount", zh: "逾期金额"), value: same(money(s.overdueAmount)),
        kind: .status),
      Fact(label: StatusFacts.penaltyOwed, value: same(money(s.penalty)), kind: .status),
      Fact(label: StatusFacts.penaltyAccrued, value: same(money(s.penaltyAccrued)), kind: .status),
    ]
    if s.fees > 0 {
      out.append(
        Fact(label: LocalizedText(en: "Late fees", zh: "违约金"), value: same(money(s.fees)), kind: .status))
    }
    out.append(
      Fact(
        label: LocalizedText(en: "To settle today", zh: "今日结清"), value: same(money(s.payoffAmount)),
        kind: .status))
    out.append(
      Fact(
        label: LocalizedText(en: "Waiting 1 more day costs", zh: "再拖 1 天多付"),
        value: same(money(summary.costOfWaitingDay)), kind: .waiting))
    let week = money(summary.costOfWaitingWeek)
    out.append(
      Fact(
        label: LocalizedText(en: "Waiting 1 more week costs", zh: "再拖 1 周多付"),
        value: summary.stageInAWeek != s.stage
          ? LocalizedText(
            en: "\(week) → \(summary.stageInAWeek.label.en)", zh: "\(week) → \(summary.stageInAWeek.label.zh)"
          )
          : same(week),
        kind: .waiting))
    out.append(
      Fact(
        label: LocalizedText(en: "Credit bureau (征信)", zh: "是否上征信"),
        value: summary.debt.reportsToCreditBureau
          ? LocalizedText(en: "reports", zh: "会报送") : LocalizedText(en: "does not report", zh: "不报送"),
        kind: .bureau))
    return out
  }

  /// One rung of what typically comes next: collection steps by days past due, then court steps.
  public struct Rung: Sendable {
    public enum Mark: Hashable, Sendable {
      case passed, now
      /// Ahead, typically in about this many days.
      case ahead(days: Int)
      /// A court step that may come later.
      case later
    }
    public let mark: Mark
    public let title: LocalizedText
    public let note: LocalizedText
    public let court: Bool
  }

  /// The escalation ladder (typical, not certain) with where the debt is on it, then the court rungs.
  public static func ladder(_ summary: CaseSummary, today: LocalDate) -> [Rung] {
    let court = summary.caseFile.courtStage(on: today)
    var out: [Rung] = Escalation.ladder.map { step in
      let mark: Rung.Mark
      switch Escalation.position(of: step, daysPastDue: summary.status.daysPastDue, inCourt: court != nil) {
      case .passed: mark = .passed
      case .now: mark = .now
      case .ahead(let days): mark = .ahead(days: days)
      }
      return Rung(mark: mark, title: step.title, note: step.note, court: false)
    }
    for rung in CourtLadder.rungs(courtStage: court) {
      let mark: Rung.Mark = rung.position == .passed ? .passed : rung.position == .now ? .now : .later
      out.append(Rung(mark: mark, title: rung.title, note: rung.note, court: true))
    }
    return out
  }

  /// The current agreement: what it is, how far it is paid (and behind), its terms, the next
  /// agreed payment. Empty without an agreement.
  public struct AgreementLines: Sendable {
    public let heading: LocalizedText
    public let progress: LocalizedText
    public let broken: Bool
    /// The terms as written (free text, not localized).
    public let terms: String
    public let next: LocalizedText?
  }

  public static func agreement(_ summary: CaseSummary) -> AgreementLines? {
    guard let a = summary.caseFile.currentAgreement, let p = summary.agreementProgress else { return nil }
    let money = { (m: Int64) in Money.format(m, summary.debt.currency) }
    return AgreementLines(
      heading: LocalizedText(
        en: "Agreement \(a.id) of \(a.madeOn): \(a.kind.label.en) · \(a.confirmed.label.en)",
        zh: "协议 \(a.id)（\(a.madeOn)）：\(a.kind.label.zh) · \(a.confirmed.label.zh)"),
      progress: LocalizedText(
        en: "paid \(money(p.paid)) of \(money(a.total))"
          + (p.behind > 0 ? ", behind \(money(p.behind))" : ""),
        zh: "已还 \(money(p.paid)) / \(money(a.total))" + (p.behind > 0 ? "，落后 \(money(p.behind))" : "")),
      broken: p.isBroken,
      terms: a.summary,
      next: p.next.map {
        LocalizedText(
          en: "next: \(money($0.amount)) on \($0.date)", zh: "下一期：\($0.date) \(money($0.amount))")
      })
  }
}
