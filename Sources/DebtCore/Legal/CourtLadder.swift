/// The court part of the ladder, after "legal action": in court, judgment, enforcement. Where a
/// debt stands on it comes from the case file's court events, never from days past due.
public enum CourtLadder {
  public enum Position: Hashable, Sendable { case passed, now, later }

  public struct Rung: Hashable, Sendable {
    public let stage: Stage
    public let title: LocalizedText
    public let note: LocalizedText
    public let position: Position
  }

  static let steps: [(Stage, LocalizedText, LocalizedText)] = [
    (
      .inCourt,
      LocalizedText(
        en: "In court: payment order, lawsuit, small claims or mediation", zh: "诉讼中：支付令、起诉、小额诉讼或诉前调解"),
      LocalizedText(en: "answer by the deadline and attend", zh: "按期答复并出庭")
    ),
    (
      .judgment, LocalizedText(en: "Judgment or ruling", zh: "判决或裁定"),
      LocalizedText(en: "an appeal period, then it takes effect", zh: "上诉期满后生效")
    ),
    (
      .enforcement, LocalizedText(en: "Enforcement by the court", zh: "法院强制执行"),
      LocalizedText(en: "necessities are protected; a settlement is possible", zh: "生活必需品受保护；可以执行和解")
    ),
  ]

  /// The rungs for a debt whose case file puts it at `courtStage`; empty without a court event.
  public static func rungs(courtStage: Stage?) -> [Rung] {
    guard let courtStage, courtStage.isCourt else { return [] }
    return steps.map { stage, title, note in
      Rung(
        stage: stage, title: title, note: note,
        position: stage < courtStage ? .passed : stage == courtStage ? .now : .later)
    }
  }
}
