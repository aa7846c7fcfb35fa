import DebtCore
import TerminalUI

/// The main screens, in tab order. Number keys 1–5 reach them.
public enum Screen: Int, CaseIterable, Sendable {
  case today = 1
  case dashboard
  case debts
  case calendar
  case plan
  case settings

  /// The tab label when the full ones do not fit.
  var shortTitle: LocalizedText {
    switch self {
    case .today: return LocalizedText(en: "Today", zh: "今日")
    case .dashboard: return LocalizedText(en: "Dash", zh: "总览")
    case .debts: return LocalizedText(en: "Debts", zh: "债务")
    case .calendar: return LocalizedText(en: "Cal", zh: "日历")
    case .plan: return LocalizedText(en: "Plan", zh: "计划")
    case .settings: return LocalizedText(en: "Set", zh: "设置")
    }
  }

  var title: LocalizedText {
    switch self {
    case .today: return LocalizedText(en: "Today", zh: "今日")
    case .dashboard: return LocalizedText(en: "Dashboard", zh: "总览")
    case .debts: return LocalizedText(en: "Debts", zh: "债务")
    case .calendar: return LocalizedText(en: "Calendar", zh: "日历")
    case .plan: return LocalizedText(en: "Plan", zh: "还款计划")
    case .settings: return LocalizedText(en: "Settings", zh: "设置")
    }
  }
}

/// What is drawn over the screen and gets the keys first.
public enum Overlay: Hashable, Sendable {
  case help
  case pay(PayDialog)
  /// "Snooze until…": a date for a reminder.
  case snoozeUntil(SnoozeDialog)
  case confirmDelete(debtID: String)
  /// Archiving a debt that still has a balance asks first.
  case confirmArchive(debtID: String)
  case confirmDiscardForm
  /// Long text in the pager: the door page, a guide step in full.
  case page(Pager)
  /// Record a contact in a debt's log.
  case contact(ContactDialog)
  /// The offer calculator of a debt.
  case offer(OfferDialog)
  /// Set a follow-up for a debt.
  case followUp(FollowUpDialog)
  /// Record an agreement for a debt.
  case agreement(AgreementDialog)
  /// A drafted letter, in the pager.
  case letter(debtID: String, kind: LetterKind, pager: Pager)
  /// The rehearsal of a call about a debt, scrolled.
  case rehearsal(debtID: String, scroll: Int)
  /// The live-call card: a running timer, the figures, the plan and the notes being taken.
  case liveCall(LiveCallForm)
  /// After a call with an agreement or a promise: the next steps.
  case followThrough(FollowThrough)
  /// Quitting while a change is not saved: retry, export or lose it. `problem`: why the last
  /// retry or export failed.
  case quitUnsaved(problem: LocalizedText?)
}

extension Overlay {
  /// The pager of an overlay that shows long text.
  var pager: Pager? {
    switch self {
    case .page(let p): return p
    case .letter(_, _, let p): return p
    default: return nil
    }
  }

  /// The same overlay with its pager replaced.
  func replacing(_ pager: Pager) -> Overlay {
    switch self {
    case .page: return .page(pager)
    case .letter(let id, let kind, _): return .letter(debtID: id, kind: kind, pager: pager)
    default: return self
    }
  }
}
