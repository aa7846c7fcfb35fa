import DebtCore
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Every dialog open on the long-Chinese data (`NoCutTextTests.longData`: the first debt named
/// `借呗应急周转资金…` with a long lender), with long Chinese text typed or pasted into its fields
/// and, where it has one, its error showing. Opened through actions, not key letters, so that
/// re-bound keys do not change what is drawn.
enum DialogStates {
  static let longSaid = String(repeating: "催收员说今天不还就联系我的单位和家人，我说会书面提出分期方案。", count: 3)
  static let longAgreed = "先还一千元，其余按每月八百元分期，由对方在三个工作日内发送书面确认。"

  static func press(_ keys: [Key], _ s: inout AppState) {
    for key in keys { _ = AppLogic.handle(key, state: &s, keyMap: .standard) }
  }

  static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  /// Moves the focus of the open dialog to a row.
  static func focus(_ row: Int, _ s: inout AppState) {
    guard var dialog = s.overlay?.dialog else { return }
    dialog.form.focus = row
    s.overlay = dialog.overlay
  }

  /// The case of the long-named debt, open, at 20:00 with a clock at 14:05 for the live call.
  static func inCase(_ language: Language) -> AppState {
    var s = NoCutTextTests.longData(language)
    s.screen = .debts
    s.caseDebt = s.portfolio.debts[0].id
    s.clockSeconds = 20_415 * 86_400 + 14 * 3600 + 5 * 60
    return s
  }

  static func all(_ language: Language) -> [(String, AppState)] {
    var out: [(String, AppState)] = []
    let today = NoCutTextTests.longData(language)
    let inCase = inCase(language)
    let id = inCase.portfolio.debts[0].id

    var pay = today
    _ = AppLogic.perform(.pay, state: &pay)
    press([.control("u")] + type("一千二百元") + [.enter], &pay)
    out.append(("pay", pay))

    var snooze = today
    _ = AppLogic.perform(.snoozeUntil, state: &snooze)
    press([.control("u")] + type("下周五") + [.enter], &snooze)
    out.append(("snooze-until", snooze))

    var contact = inCase
    _ = AppLogic.perform(.recordContact, state: &contact)
    focus(ContactDialog.Row.person.rawValue, &contact)
    press([.paste("王经理（某某资产管理有限公司外包催收专员）")], &contact)
    focus(ContactDialog.Row.summary.rawValue, &contact)
    press(type(longSaid), &contact)
    focus(0, &contact)
    out.append(("contact-first", contact))
    out.append(("contact-last", contactLast(inCase)))

    var agreement = inCase
    _ = AppLogic.perform(.recordAgreement, state: &agreement)
    focus(AgreementDialog.Row.monthly.rawValue, &agreement)
    press(type("800"), &agreement)
    focus(AgreementDialog.Row.summary.rawValue, &agreement)
    press([.paste(longAgreed)], &agreement)
    out.append(("agreement", agreement))

    var offer = inCase
    _ = AppLogic.perform(.offerCalculator, state: &offer)
    press(type("6500") + [.down] + type("4200") + [.down, .control("u")] + type("三百"), &offer)
    press([.enter], &offer)
    out.append(("offer", offer))

    var followUp = inCase
    followUp.overlay = .followUp(
      FollowUpDialog(
        debtID: id, today: followUp.today, text: "致电" + followUp.portfolio.debts[0].lender + "，确认分期方案是否已书面确认")
    )
    out.append(("follow-up", followUp))

    var call = inCase
    _ = AppLogic.perform(.liveCall, state: &call)
    focus(LiveCallForm.Row.said.rawValue, &call)
    press(type(longSaid), &call)
    out.append(("live-call", call))

    var delete = today
    delete.screen = .debts
    _ = AppLogic.perform(.delete, state: &delete)
    out.append(("confirm-delete", delete))

    var archive = today
    archive.screen = .debts
    _ = AppLogic.perform(.archive, state: &archive)
    out.append(("confirm-archive", archive))

    var discard = today
    _ = AppLogic.perform(.add, state: &discard)
    press(type("朋友借款（大学同学张三，说好年底前还清）"), &discard)
    _ = AppLogic.perform(.cancel, state: &discard)
    out.append(("confirm-discard", discard))

    var unsaved = today
    unsaved.saveError = "portfolio.json: the disk is full (ENOSPC)."
    _ = AppLogic.perform(.quit, state: &unsaved)
    out.append(("unsaved-quit", unsaved))
    return out
  }

  /// The contact dialog at its last field, with a missing summary refused.
  static func contactLast(_ inCase: AppState) -> AppState {
    var s = inCase
    _ = AppLogic.perform(.recordContact, state: &s)
    press([.backTab] + type("/tmp/录音/2026-11-23 催收来电.m4a") + [.enter], &s)
    return s
  }
}
