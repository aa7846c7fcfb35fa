import DebtCore
import TerminalUI

/// Dialogs drawn over the screen: help, record a payment, confirmations; long text goes to the
/// pager (`PagerOverlay`).
enum Overlays {
  static func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    // The answers of a question, as the key table has them.
    let answers = "\(state.key(.confirmYes, in: .confirm)) / \(state.key(.confirmNo, in: .confirm))"
    switch state.overlay {
    case .help: HelpOverlay.render(state, keyMap, &buffer, area, theme)
    case .pay(let dialog): pay(state, dialog, &buffer, area, theme)
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
    case .contact, .offer, .followUp, .agreement:
      guard let overlay = state.overlay, let form = overlay.fieldForm else { return }
      let (title, hint) = fieldDialogTexts(overlay, state, keyMap)
      form.render(
        title: state.t(title), hint: state.t(hint), preview: DialogPreview.lines(overlay, state, theme),
        state: state, &buffer, area, theme)
    case .quitUnsaved(let problem):
      UnsavedQuitDialog.render(state, keyMap, problem: problem, &buffer, area, theme)
    case .rehearsal(let id, let scroll): RehearsalPage.render(state, id, scroll, &buffer, area, theme)
    case .liveCall(let card): LiveCallCard.render(state, card, &buffer, area, theme)
    case .followThrough(let next): FollowThroughView.render(state, next, &buffer, area, theme)
    case .snoozeUntil(_, let field):
      let rect = area.centered(width: 46, height: 6)
      let inner = buffer.box(
        rect, title: state.t(LocalizedText(en: "Snooze until", zh: "推迟到")), style: theme.border,
        titleStyle: theme.title)
      buffer.fill(inner, style: theme.base)
      buffer.put(
        state.t(LocalizedText(en: "Date", zh: "日期")), x: inner.x + 1, y: inner.y + 1, style: theme.accent,
        clip: inner)
      field.render(
        into: &buffer, rect: Rect(x: inner.x + 10, y: inner.y + 1, width: 14, height: 1),
        style: theme.selection,
        focused: true)
      buffer.put(
        state.t(
          LocalizedText(
            en: "\(state.key(.submit, in: .dialog)) snoozes · \(state.key(.cancel, in: .dialog)) cancels",
            zh: "\(state.key(.submit, in: .dialog)) 确认 · \(state.key(.cancel, in: .dialog)) 取消")),
        x: inner.x + 1,
        y: inner.y + 3, style: theme.muted, clip: inner)
    case nil: break
    }
  }

  /// The title and the key hint of a dialog made of fields; the keys as the key table has them.
  static func fieldDialogTexts(_ overlay: Overlay, _ state: AppState, _ keyMap: KeyMap) -> (
    LocalizedText, LocalizedText
  ) {
    func key(_ action: Action) -> String { keyMap.keys(for: action, in: .dialog).first?.symbol ?? "—" }
    let next = key(.nextField)
    let enter = key(.submit)
    let esc = key(.cancel)
    switch overlay {
    case .contact(let dialog):
      let name = state.portfolio.debt(id: dialog.debtID)?.name.terminalSafe ?? ""
      return (
        LocalizedText(en: "Record a contact — \(name)", zh: "记录联系 — \(name)"),
        LocalizedText(
          en:
            "\(next)/↑↓ fields · ←→ choices · \(enter) records (never edited later: to fix one, record a new entry that corrects it) · \(esc) cancels",
          zh: "\(next)/↑↓ 切换 · ←→ 选择 · \(enter) 记录（之后不可修改；有误请新记一条并填“更正哪条”）· \(esc) 取消")
      )
    case .offer:
      return (
        LocalizedText(en: "What can I offer each month?", zh: "每月能拿出多少？"),
        LocalizedText(
          en: "\(next)/↑↓ fields · \(enter) keeps it for the letters · \(esc) cancels",
          zh: "\(next)/↑↓ 切换 · \(enter) 保存（信函引用）· \(esc) 取消")
      )
    case .agreement:
      return (
        LocalizedText(en: "Record an agreement", zh: "记录协议"),
        LocalizedText(
          en: "\(next)/↑↓ fields · ←→ choices · \(enter) records it · \(esc) cancels",
          zh: "\(next)/↑↓ 切换 · ←→ 选择 · \(enter) 记录 · \(esc) 取消")
      )
    default:
      return (
        LocalizedText(en: "Set a follow-up", zh: "设置跟进"),
        LocalizedText(en: "\(enter) sets it · \(esc) cancels", zh: "\(enter) 确认 · \(esc) 取消")
      )
    }
  }

  static func pay(
    _ state: AppState, _ dialog: PayDialog, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let debt = state.portfolio.debt(id: dialog.debtID)
    let width = min(area.width, 64)
    // What the suggested amount is, and the two other figures a person may mean.
    var about: [String] = []
    if let debt, let s = state.statuses[debt.id] {
      let money = { (m: Int64) in Money.format(m, debt.currency) }
      about.append(
        state.t(
          LocalizedText(
            en: "Suggested: the oldest unpaid installment with its penalty.",
            zh: "建议金额：最早一期未还款及其罚息。")))
      if s.isLate {
        about.append(
          state.t(
            LocalizedText(en: "All that is late: \(money(s.lateOwed))", zh: "全部逾期：\(money(s.lateOwed))")))
      }
      about.append(
        state.t(
          LocalizedText(en: "Settles the debt: \(money(s.payoffAmount))", zh: "结清需：\(money(s.payoffAmount))"))
      )
    }
    let message =
      dialog.error.map(state.t)
      ?? state.t(
        LocalizedText(
          en: "\(state.key(.submit, in: .dialog)) records it · \(state.key(.cancel, in: .dialog)) cancels",
          zh: "\(state.key(.submit, in: .dialog)) 记录 · \(state.key(.cancel, in: .dialog)) 取消"))
    let wrapped = message.wrapped(toWidth: max(10, width - 4))
    let aboutLines = about.flatMap { $0.wrapped(toWidth: max(10, width - 4)) }
    let rect = area.centered(width: width, height: min(area.height, 6 + aboutLines.count + wrapped.count))
    let title = state.t(LocalizedText(en: "Record a payment", zh: "记一笔还款")) + " — " + (debt?.name ?? "")
    let inner = buffer.box(
      rect, title: title.truncated(toWidth: max(4, width - 6)), style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let labels = [LocalizedText(en: "Amount", zh: "金额"), LocalizedText(en: "Date", zh: "日期")]
    for (i, field) in [dialog.amount, dialog.date].enumerated() {
      let y = inner.y + 1 + i
      buffer.put(
        state.t(labels[i]), x: inner.x + 1, y: y, width: 10,
        style: dialog.focus == i ? theme.accent : theme.muted, clip: inner)
      var style = theme.base
      style.underline = true
      field.render(
        into: &buffer, rect: Rect(x: inner.x + 12, y: y, width: min(24, inner.width - 13), height: 1),
        style: dialog.focus == i ? theme.selection : style, focused: dialog.focus == i)
    }
    var y = inner.y + 4
    for line in aboutLines where y < inner.maxY {
      buffer.put(line, x: inner.x + 1, y: y, style: theme.muted, clip: inner)
      y += 1
    }
    for line in wrapped where y < inner.maxY {
      buffer.put(
        line, x: inner.x + 1, y: y, style: dialog.error == nil ? theme.muted : theme.danger, clip: inner)
      y += 1
    }
  }

  static func confirm(
    _ question: String, _ answers: String, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let width = min(area.width, min(question.displayWidth, 60) + 4)
    let lines = question.wrapped(toWidth: max(4, width - 4))
    let rect = area.centered(width: width, height: min(area.height, lines.count + 4))
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
