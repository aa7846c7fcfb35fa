import DebtCore
import TerminalUI

extension KeyMap {
  /// The pager's own bindings: the call rehearsal scrolls and searches like every other page, and
  /// the keys that open long text in it — a guide step in full, a debt's notes, the plan month by
  /// month.
  static let pageBindings: [Binding] =
    pagerBindings(.rehearsal) + [
      page(.character("v"), .viewStep, .caseFile, "the step in full", "查看此步全文", footer: true),
      page(.character("v"), .viewNotes, .detail, "the notes in full", "查看全部备注"),
      page(.character("m"), .viewMonths, .plan, "month by month", "逐月明细", footer: true),
    ]

  private static func page(
    _ key: Key, _ action: Action, _ context: KeyContext, _ en: String, _ zh: String, footer: Bool = false
  ) -> Binding {
    Binding(key: key, action: action, context: context, help: LocalizedText(en: en, zh: zh), inFooter: footer)
  }
}
