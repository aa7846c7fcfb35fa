import DebtCore
import TerminalUI

/// The case file's part of the app logic: the guide, the contact log, agreements, the offer,
/// follow-ups and letters.
extension AppLogic {
  static func performCase(_ action: Action, state: inout AppState) -> [Effect] {
    switch action {
    case .openCase:
      guard let debt = state.selectedDebt else { return [] }
      state.caseDebt = debt.id
      state.caseRow = 0
      state.caseSection = .guide
      state.caseScroll = 0
    case .nextSection, .previousSection:
      guard let summary = state.caseSummary else { return [] }
      let all = CaseSection.allCases
      let i = all.firstIndex(of: state.caseSection) ?? 0
      let next = all[(i + (action == .nextSection ? 1 : all.count - 1)) % all.count]
      state.caseSection = next
      let (details, last) = CaseScreen.maxDetailScroll(state, summary)
      if next != .guide { state.caseScroll = min(details.starts[next] ?? 0, last) }
    case .stepDone, .stepSkipped:
      guard let summary = state.caseSummary, summary.steps.indices.contains(state.caseRow) else { return [] }
      let step = summary.steps[state.caseRow]
      let current = summary.caseFile.guide[step.id]?.state
      let wanted: GuideMark.State = action == .stepDone ? .done : .skipped
      let mark = current == wanted ? nil : GuideMark(wanted, on: state.today)
      // A court step done also ends its daily countdown (and undoing it brings the countdown back).
      if let reminder = step.reminderID, wanted == .done {
        return commit(
          .batch([
            .setGuideStep(debtID: summary.debt.id, step: step.id, mark),
            .setReminder(id: reminder, mark == nil ? nil : .done(on: state.today)),
          ]), &state)
      }
      return commit(.setGuideStep(debtID: summary.debt.id, step: step.id, mark), &state)
    case .doStep:
      guard let summary = state.caseSummary, summary.steps.indices.contains(state.caseRow) else { return [] }
      switch summary.steps[state.caseRow].action {
      case .pay: return perform(.pay, state: &state)
      case .offerCalculator: return perform(.offerCalculator, state: &state)
      case .recordContact: return perform(.recordContact, state: &state)
      case .letter(let kind):
        state.overlay = .letter(
          debtID: summary.debt.id, kind: kind,
          pager: PagerOverlay.letter(state, kind, debtID: summary.debt.id))
      case .doorGuide: state.overlay = .page(PagerOverlay.door(state))
      case .followUp:
        let step = summary.steps[state.caseRow]
        let lender = summary.debt.lender.isEmpty ? summary.debt.name : summary.debt.lender
        state.overlay = .followUp(
          FollowUpDialog(
            debtID: summary.debt.id, today: state.today,
            text: state.t(step.title) + state.t(LocalizedText(en: " — \(lender)", zh: " — \(lender)"))))
      case .none: return perform(.stepDone, state: &state)
      }
    case .recordContact:
      guard let debt = state.selectedDebt else { return [] }
      let now = LocalDateTime(date: state.today, hour: state.nowMinute / 60, minute: state.nowMinute % 60)
      state.overlay = .contact(ContactDialog(debt: debt, now: now))
    case .offerCalculator:
      guard let debt = state.selectedDebt else { return [] }
      state.overlay = .offer(
        OfferDialog(debtID: debt.id, inputs: state.portfolio.cases[debt.id]?.offer, currency: debt.currency))
    case .recordAgreement:
      guard let debt = state.selectedDebt else { return [] }
      let offer = state.portfolio.cases[debt.id]?.offer.flatMap {
        Offer.make(
          inputs: $0, debtID: debt.id, portfolio: state.portfolio, statuses: state.statuses,
          today: state.today)
      }
      state.overlay = .agreement(
        AgreementDialog(
          debtID: debt.id, today: state.today, monthly: offer.flatMap { $0.monthly > 0 ? $0.monthly : nil },
          currency: debt.currency))
    case .draftLetter:
      guard let debt = state.selectedDebt else { return [] }
      let kind: LetterKind = debt.kind == .creditCard ? .cardInstallment : .negotiation
      state.overlay = .letter(
        debtID: debt.id, kind: kind, pager: PagerOverlay.letter(state, kind, debtID: debt.id))
    case .nextLetter, .previousLetter:
      guard case .letter(let id, let kind, _) = state.overlay else { return [] }
      let all = state.letterKinds(debtID: id)
      let i = all.firstIndex(of: kind) ?? 0
      let next = all[(i + (action == .nextLetter ? 1 : all.count - 1)) % all.count]
      state.overlay = .letter(debtID: id, kind: next, pager: PagerOverlay.letter(state, next, debtID: id))
    case .saveLetter:
      guard case .letter(let id, let kind, _) = state.overlay, let letter = state.letter(kind, debtID: id)
      else {
        return []
      }
      let lang = state.language == .zhHans ? "zh" : "en"
      return [
        .writeLetter(name: "\(id)-\(kind.rawValue)-\(state.today)-\(lang).md", text: letter.render(.markdown))
      ]

    default: break
    }
    return []
  }

  /// ↑↓ PgUp PgDn Home End in the case: the guide's steps, or the ladder, agreement and log pane.
  static func moveInCase(_ delta: Int, _ summary: CaseSummary, _ state: inout AppState) {
    guard state.caseSection != .guide else {
      state.caseRow = min(
        max(0, state.caseRow + (delta > 0 ? 1 : -1) * min(abs(delta), 100)), max(0, summary.steps.count - 1))
      return
    }
    let (details, last) = CaseScreen.maxDetailScroll(state, summary)
    state.caseScroll = min(max(0, state.caseScroll + max(min(delta, last + 1), -last - 1)), last)
    // The bar names the section at the top of the pane (at the end, the one chosen stays).
    let top = details.section(at: state.caseScroll)
    if state.caseScroll < last || (details.starts[state.caseSection] ?? 0) < state.caseScroll {
      state.caseSection = top
    }
  }

  /// The shell hashed the evidence file of the contact being recorded: record it, or say why not
  /// (the form stays open with what was typed).
  public static func evidenceReady(_ result: Result<Evidence, LocalizedText>, state: inout AppState)
    -> [Effect]
  {
    guard case .contact(var dialog) = state.overlay else { return [] }
    switch result {
    case .failure(let problem):
      dialog.form.error = problem
      state.overlay = .contact(dialog)
      return []
    case .success(let evidence):
      dialog.evidence = evidence
      state.overlay = .contact(dialog)
      return submit(&state)
    }
  }

}
