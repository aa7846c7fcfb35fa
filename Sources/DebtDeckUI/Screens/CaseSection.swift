import DebtCore

/// The parts of a case the screen moves between with Tab: the guide, the escalation ladder, the
/// agreement (with the offer), the contact log. The facts stay at the top of every one.
public enum CaseSection: Int, CaseIterable, Sendable {
  case guide, ladder, agreement, log

  var title: LocalizedText {
    switch self {
    case .guide: return LocalizedText(en: "Guide", zh: "指南")
    case .ladder: return LocalizedText(en: "Ladder", zh: "催收阶段")
    case .agreement: return LocalizedText(en: "Agreement", zh: "协议")
    case .log: return LocalizedText(en: "Log", zh: "联系记录")
    }
  }
}
