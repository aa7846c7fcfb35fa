import DebtCore
import TerminalUI

/// Before, during and after a call: the rehearsal page, the live-call card and the next steps.
extension AppLogic {
  static func performCall(_ action: Action, state: inout AppState) -> [Effect] {
    switch action {
    case .rehearse:
      guard let debt = state.selectedDebt else { return [] }
      state.overlay = .rehearsal(debtID: debt.id, scroll: 0)
    case .liveCall:
      var id = state.selectedDebt?.id
      if case .rehearsal(let debtID, _) = state.overlay { id = debtID }
      guard let id, let debt = state.portfolio.debt(id: id) else { return [] }
      let minute = state.clockSeconds.map { (($0 % 86_400) + 86_400) % 86_400 / 60 } ?? state.nowMinute
      let start = LocalDateTime(date: state.today, hour: minute / 60, minute: minute % 60)
      // The phone is left empty: prefilled with the official number, a collector's own number
      // typed over nothing would go unchecked (the rehearsal shows the official one).
      let phone = ""
      var card = LiveCallForm(debt: debt, startedAt: start, startSeconds: state.clockSeconds, phone: phone)
      if let r = CallRehearsal.make(
        debtID: id, portfolio: state.portfolio, settings: state.settings, today: state.today)
      {
        card.figures = LiveCallCard.figuresLine(r.figures)
        card.plan = r.plan.first ?? card.plan
      }
      state.overlay = .liveCall(card)
    case .saveRehearsal:
      guard case .rehearsal(let id, _) = state.overlay,
        let r = CallRehearsal.make(
          debtID: id, portfolio: state.portfolio, settings: state.settings, today: state.today)
      else { return [] }
      let lang = state.language == .zhHans ? "zh" : "en"
      return [
        .writeLetter(
          name: "\(id)-rehearsal-\(state.today)-\(lang).md", text: r.render(state.language, format: .markdown)
        )
      ]
    default: break
    }
    return []
  }

  /// Keys the next-steps list takes before the key map: ↑↓ move. Nil for any other overlay.
  static func handleCallKey(_ key: Key, state: inout AppState, keyMap: KeyMap) -> [Effect]? {
    guard case .followThrough(var next) = state.overlay else { return nil }
    if let action = keyMap.action(for: key, in: [.dialog]) { return perform(action, state: &state) }
    switch key {
    case .up, .character("k"): next.move(by: -1)
    case .down, .character("j"): next.move(by: 1)
    case .character(let c) where c.isNumber:
      guard let n = Int(String(c)), next.steps.indices.contains(n - 1) else { return [] }
      next.row = n - 1
      state.overlay = .followThrough(next)
      return submit(&state)
    default: break
    }
    state.overlay = .followThrough(next)
    return []
  }

  /// Esc on the live-call card with notes typed asks once; true when the call overlays took it.
  static func cancelCall(_ state: inout AppState) -> Bool {
    switch state.overlay {
    case .liveCall(var card):
      if card.hasNotes && !card.escArmed {
        card.escArmed = true
        let esc = state.key(.cancel, in: .dialog)
        let enter = state.key(.submit, in: .dialog)
        state.overlay = .liveCall(card)
        state.message = (
          LocalizedText(
            en: "\(esc) again discards these call notes; \(enter) records them.",
            zh: "再按 \(esc) 将放弃本次通话记录；按 \(enter) 保存。"),
          .error
        )
        return true
      }
      state.overlay = nil
      return true
    case .followThrough:
      state.overlay = nil
      return true
    default: return false
    }
  }

  /// Enter on the live-call card (record the call) or on a next step; nil for other overlays.
  static func submitCall(_ state: inout AppState) -> [Effect]? {
    if case .liveCall(var card) = state.overlay {
      guard let debt = state.portfolio.debt(id: card.debtID) else { return [] }
      switch card.build(currency: debt.currency, today: state.today, now: state.clockSeconds) {
      case .failure(let problem):
        card.form.error = problem
        state.overlay = .liveCall(card)
        return []
      case .success(let entry):
        state.overlay = nil
        let effects = commit(.appendContact(debtID: debt.id, entry, state.settings.contactRules), &state)
        guard let stored = state.portfolio.cases[debt.id]?.contacts.last else { return effects }
        let lasted = CallDuration.text(stored.durationSeconds ?? 0)
        let flags = stored.flags.isEmpty ? nil : stored.flags
        state.message = (
          LocalizedText(
            en: "Recorded \(stored.id): call of \(lasted.en) with \(debt.name)"
              + (flags.map { ", flagged: " + $0.map(\.label.en).joined(separator: ", ") } ?? "") + ".",
            zh: "已记录 \(stored.id)：与 \(debt.name) 通话 \(lasted.zh)"
              + (flags.map { "，已标记：" + $0.map(\.label.zh).joined(separator: "、") } ?? "") + "。"),
          flags == nil ? .success : .info
        )
        if FollowThrough.applies(to: stored) {
          state.overlay = .followThrough(FollowThrough(debtID: debt.id, entry: stored, today: state.today))
        } else if let warning = state.portfolio.caseFile(for: debt.id).warnings(for: stored)
          .lines(state.settings.legalRules).first
        {
          // A scam sign is said at once (the next steps show them all).
          state.message = (warning, .error)
        }
        return effects
      }
    }
    if case .followThrough(let next) = state.overlay {
      guard next.steps.indices.contains(next.row), let debt = state.portfolio.debt(id: next.debtID) else {
        state.overlay = nil
        return []
      }
      switch next.steps[next.row] {
      case .confirmationLetter:
        state.overlay = .letter(
          debtID: debt.id, kind: .confirmation,
          pager: PagerOverlay.letter(state, .confirmation, debtID: debt.id))
      case .promiseReminder(let due, _):
        state.overlay = nil
        state.message = (
          LocalizedText(
            en: "Your promise is a reminder already: it shows ahead of \(due) and until it is paid.",
            zh: "你的还款承诺已在提醒中：\(due) 前开始提醒，直到还清。"),
          .info
        )
      case .followUpCall(let date):
        let lender = debt.lender.isEmpty ? debt.name : debt.lender
        var form = FollowUpForm(
          debtID: debt.id, today: state.today,
          text: state.t(
            LocalizedText(
              en: "Call \(lender): has the agreement been confirmed in writing?", zh: "致电\(lender)：约定是否已书面确认？"
            )))
        form.form.fields[0].value = .text(TextField(date.description, maximumLength: 12))
        state.overlay = .followUp(form)
      }
      return []
    }
    return nil
  }

  /// Scrolls the rehearsal page; false when it is not open.
  static func scrollRehearsal(_ delta: Int, _ state: inout AppState) -> Bool {
    guard case .rehearsal(let id, let scroll) = state.overlay else { return false }
    let page = RehearsalPage.geometry(width: state.contentWidth, contentHeight: state.contentHeight)
    let lines = RehearsalPage.lines(state, id, width: page.textWidth).count
    let maxScroll = max(0, lines - page.rows)
    let step = abs(delta) == max(1, state.pageSize - 1) ? (delta > 0 ? page.rows - 1 : 1 - page.rows) : delta
    state.overlay = .rehearsal(
      debtID: id, scroll: min(max(0, scroll + max(min(step, lines), -lines)), maxScroll))
    return true
  }
}

extension AppLogic {
  /// On Today, `d` on a verbal-agreement line means it is now confirmed in writing and `x` that it
  /// is dropped: both stored in the case file, so the line goes for good. Nil for other notices.
  static func resolveVerbalNotice(_ action: Action, state: inout AppState) -> [Effect]? {
    guard action == .reminderDone || action == .dismissReminder, let notice = state.selectedReminder,
      notice.kind == .verbalAgreement, let debtID = notice.debtID
    else { return nil }
    let entryID = String(notice.id.split(separator: ":").last ?? "")
    let confirmed = action == .reminderDone
    let undo = state.key(.undo)
    state.message = (
      confirmed
        ? LocalizedText(
          en: "Marked confirmed in writing (\(entryID)); keep the written confirmation. \(undo) to undo.",
          zh: "已标记为书面确认（\(entryID)）；请保存书面确认。按 \(undo) 撤销。")
        : LocalizedText(
          en: "Verbal agreement \(entryID) dropped. \(undo) to undo.",
          zh: "已放弃口头约定 \(entryID)。按 \(undo) 撤销。"),
      .success
    )
    let effects = commit(
      .resolveVerbal(
        debtID: debtID, entryID: entryID, VerbalResolution(confirmed ? .confirmed : .dropped, on: state.today)
      ),
      &state)
    clampSelection(&state)
    return effects
  }
}

extension AppState {
  /// A timer is on screen: the shell redraws each second.
  public var needsClock: Bool {
    if case .liveCall = overlay { return true }
    return false
  }
}
