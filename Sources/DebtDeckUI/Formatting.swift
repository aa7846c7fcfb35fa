import DebtCore
import TerminalUI

extension Stage {
  /// The theme style that carries this stage's meaning.
  func style(_ theme: Theme) -> Style {
    switch self {
    case .settled, .current, .agreementInForce: return theme.ok
    case .dueSoon, .negotiating: return theme.base
    case .dueToday, .inGrace: return theme.warning
    case .m1, .m2, .m3, .m3Plus, .inCourt, .judgment, .enforcement: return theme.danger
    }
  }
}

extension AppState {
  func money(_ minor: Int64, _ currency: Currency) -> String { Money.format(minor, currency) }

  /// "in 3 days", "today", "45 days late".
  func relative(_ date: LocalDate) -> String {
    let n = today.days(to: date)
    switch n {
    case 0: return t(LocalizedText(en: "today", zh: "今天"))
    case 1: return t(LocalizedText(en: "tomorrow", zh: "明天"))
    case 2...: return t(LocalizedText(en: "in \(n) days", zh: "\(n) 天后"))
    case -1: return t(LocalizedText(en: "yesterday", zh: "昨天"))
    default: return t(LocalizedText(en: "\(-n) days ago", zh: "\(-n) 天前"))
    }
  }

  func stageText(_ status: DebtStatus) -> String {
    let base = t(status.stage.label)
    guard status.daysPastDue > 0 else { return base }
    return base + t(LocalizedText(en: " \(status.daysPastDue)d", zh: " \(status.daysPastDue)天"))
  }
}
