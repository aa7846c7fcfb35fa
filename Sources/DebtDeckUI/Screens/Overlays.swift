import DebtCore
import TerminalUI

/// What is drawn over the screen: help, the dialogs (each draws itself, see `Dialog`),
/// confirmations; long text goes to the pager (`PagerOverlay`).
enum Overlays {
  static func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    // The answers of a question, as the key table has them.
    let answers = "\(state.key(.confirmYes, in: .confirm)) / \(state.key(.confirmNo, in: .confirm))"
    switch state.overlay {
    case .help: HelpOverlay.render(state, keyMap, &buffer, area, theme)
    case .pay, .snoozeUntil, .contact, .offer, .followUp, .agreement, .liveCall:
      state.overlay?.dialog?.render(state, keyMap, &buffer, area, theme)
    case .confirmDelete(let id):
      let name = state.portfolio.debt(id: id)?.name ?? id
      confirm(
        state.t(
          LocalizedText(
            en: "Delete \(name) and its payments? (\(state.key(.undo)) undoes)",
            zh: "删除 \(name) 及其还款记录？（可按 \(state.key(.undo)) 撤销）")),
        answers, &buffer, area, theme)
    case .confirmArchive(let id):
      confirm(state.t(archiveQuestion(state, id)), answers, &buffer, area, theme)
    case .confirmDiscardForm:
      confirm(
        state.t(LocalizedText(en: "Discard what you typed?", zh: "放弃已输入的内容？")), answers, &buffer, area, theme)
    case .page, .letter: PagerOverlay.render(state, keyMap, state.overlay ?? .help, &buffer, area, theme)
    case .quitUnsaved(let problem):
      UnsavedQuitDialog.render(state, keyMap, problem: problem, &buffer, area, theme)
    case .rehearsal(let id, let scroll): RehearsalPage.render(state, id, scroll, &buffer, area, theme)
    case .followThrough(let next): FollowThroughView.render(state, next, &buffer, area, theme)
    case nil: break
    }
  }

  static func confirm(
    _ question: String, _ answers: String, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let width = min(area.width, min(question.displayWidth, 60) + 4)
    let lines = question.wrapped(toWidth: max(4, width - 4))
    let rect = area.centered(width: width, height: min(area.height, lines.count + 4))
    buffer.clearRows(of: rect, in: area, style: theme.base)
    let inner = buffer.box(rect, style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    for (i, line) in lines.prefix(max(0, inner.height - 2)).enumerated() {
      buffer.put(line, x: inner.x + 1, y: inner.y + i, style: theme.warning, clip: inner)
    }
    buffer.put(answers, x: inner.x + 1, y: inner.maxY - 1, style: theme.muted, clip: inner)
  }

  /// What archiving a debt with a balance stops showing, and what it never hides.
  static func archiveQuestion(_ state: AppState, _ id: String) -> LocalizedText {
    guard let debt = state.portfolio.debt(id: id), let s = state.statuses[id] else {
      return LocalizedText(en: "Archive it?", zh: "归档？")
    }
    guard s.stage != .settled, s.payoffAmount > 0 else {
      return LocalizedText(
        en:
          "Archive \(debt.name)? It leaves the totals, the plan and the reminders; its history stays. (\(state.key(.undo)) undoes)",
        zh: "归档 \(debt.name)？归档后不再计入总额、还款计划和提醒，记录仍保留。（可按 \(state.key(.undo)) 撤销）")
    }
    let owed = Money.format(s.payoffAmount, debt.currency)
    let late = s.isLate
    return LocalizedText(
      en:
        "Archive \(debt.name) with \(owed) still owed? It leaves the totals, the plan and the reminders"
        + (late ? "; while it is late it stays in the brief." : ".") + " (\(state.key(.undo)) undoes)",
      zh: "归档 \(debt.name)？仍欠 \(owed)。归档后不再计入总额、还款计划和提醒"
        + (late ? "；逾期期间仍会显示在每日简报中。" : "。") + "（可按 \(state.key(.undo)) 撤销）")
  }
}

/// The home-visit protocol, shown at once with one key from anywhere.
enum DoorGuide {
  static let title = LocalizedText(en: "Someone is at the door", zh: "有人上门")
  static let steps: [LocalizedText] = [
    LocalizedText(
      en: "Breathe. You do not have to open the door or let anyone in.", zh: "先深呼吸。你不必开门，也不必让任何人进屋。"),
    LocalizedText(
      en: "Ask through the door for their name, organisation and ID; write them down.",
      zh: "隔着门询问对方姓名、所属机构和证件，并记下来。"),
    LocalizedText(
      en: "A legitimate visit has at least two people who show identification.", zh: "正规上门核实至少两人，并主动出示证件。"),
    LocalizedText(en: "Record the conversation on your phone (audio or video).", zh: "用手机录音或录像。"),
    LocalizedText(
      en: "Say truthfully what your situation is and that you intend to pay.", zh: "如实说明你的处境，并表示你有还款意愿。"),
    LocalizedText(
      en: "Never give passwords, verification codes or bank-card details.", zh: "绝不提供密码、验证码或银行卡信息。"),
    LocalizedText(
      en: "Propose your plan, or say you will contact the lender in writing.", zh: "提出你的还款方案，或表示会书面联系贷款机构。"),
    LocalizedText(
      en: "Keep any papers they leave. Do not sign anything on the spot.", zh: "保留对方留下的材料，不要当场签署任何文件。"),
    LocalizedText(en: "Threats, violence or refusing to leave: call 110.", zh: "遇到威胁、暴力或拒不离开：拨打 110。"),
    LocalizedText(
      en: "Afterwards, write down what happened (debtdeck log) and complain if rules were broken.",
      zh: "事后记下经过（debtdeck log），如有违规可以投诉。"),
  ]
  static let footnote = LocalizedText(
    en: "General information, not legal advice. Last checked 2026-11-23.",
    zh: "一般性信息，不构成法律意见。最后核对：2026-11-23。")
}
