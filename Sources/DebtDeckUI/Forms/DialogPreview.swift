import DebtCore
import TerminalUI

/// What Enter in a dialog would do, shown below its fields as they are typed: the offer's sum
/// and both scenarios (the same `Offer` as `debtdeck offer`), what an agreement changes.
enum DialogPreview {
  static func lines(_ overlay: Overlay, _ state: AppState, _ theme: Theme) -> [(String, Style)] {
    switch overlay {
    case .offer(let dialog): return offer(dialog, state, theme)
    case .agreement(let dialog): return agreement(dialog, state, theme)
    default: return []
    }
  }

  static func offer(_ dialog: OfferForm, _ state: AppState, _ theme: Theme) -> [(String, Style)] {
    guard let debt = state.portfolio.debt(id: dialog.debtID) else { return [] }
    guard case .success(let inputs) = dialog.build(currency: debt.currency),
      let offer = Offer.make(
        inputs: inputs, debtID: debt.id, portfolio: state.portfolio, statuses: state.statuses,
        today: state.today)
    else {
      return [
        (
          state.t(
            LocalizedText(
              en: "Type the three amounts to see what you can offer.", zh: "填写三项金额后显示可还金额。")), theme.muted
        )
      ]
    }
    let money = { (m: Int64) in Money.format(m, debt.currency) }
    var out = offer.lines(money: money).map { (state.t($0), theme.base) }
    if !out.isEmpty { out[0].1 = theme.accent }
    if offer.isShortfall {
      out.append(
        (
          state.t(
            LocalizedText(
              en: "Nothing is left to offer: ask for a pause and hardship relief first (hardship letter).",
              zh: "没有余力还款：先申请缓冲期和困难减免（困难情况说明）。")), theme.warning
        ))
    } else if offer.isTooLong {
      out.append(
        (
          state.t(
            LocalizedText(
              en:
                "Longer than 5 years: ask for a larger waiver, or offer what you can and review in 6 months.",
              zh: "超过 5 年：争取更多减免，或先按能力还款、6 个月后再协商。")), theme.warning
        ))
    }
    return out
  }

  /// The schedule it records, the stage the debt will be in, and what it replaces.
  static func agreement(_ dialog: AgreementForm, _ state: AppState, _ theme: Theme) -> [(String, Style)] {
    guard let debt = state.portfolio.debt(id: dialog.debtID) else { return [] }
    switch dialog.build(currency: debt.currency, today: state.today) {
    case .failure(let problem): return [(state.t(problem), theme.muted)]
    case .success(let a):
      let money = { (m: Int64) in Money.format(m, debt.currency) }
      var out: [(String, Style)] = []
      if let first = a.schedule.first, let last = a.schedule.last {
        out.append(
          (
            state.t(
              LocalizedText(
                en:
                  "\(state.key(.submit, in: .dialog)) records \(a.schedule.count) payment\(a.schedule.count == 1 ? "" : "s") of \(money(first.amount)), \(first.date) to \(last.date), \(money(a.total)) in all.",
                zh:
                  "\(state.key(.submit, in: .dialog)) 将记录 \(a.schedule.count) 期，每期 \(money(first.amount))，\(first.date) 至 \(last.date)，共 \(money(a.total))。"
              )), theme.accent
          ))
      }
      out.append(
        (
          state.t(
            a.confirmed == .proposed
              ? LocalizedText(
                en: "The debt becomes “negotiating” until the lender confirms it.", zh: "在机构确认之前，该债务为“协商中”。")
              : LocalizedText(
                en:
                  "The debt becomes “agreement in force”: these payments replace the original schedule's reminders until one is missed.",
                zh: "该债务变为“协议履行中”：以上各期取代原还款计划的提醒，直到有一期未还。")), theme.warning
        ))
      if let current = state.portfolio.cases[debt.id]?.currentAgreement {
        out.append(
          (
            state.t(
              LocalizedText(
                en: "It replaces agreement \(current.id) of \(current.madeOn) (kept in the case file).",
                zh: "它将取代 \(current.madeOn) 的协议 \(current.id)（旧协议保留在档案中）。")), theme.warning
          ))
      }
      return out
    }
  }
}
