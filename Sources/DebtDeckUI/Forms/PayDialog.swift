import DebtCore
import TerminalUI

/// "Record a payment": the amount (defaulting to what is due) and the date (today). A payment
/// that looks like a slip (more than settles the debt, a date long ago…) is asked about once:
/// the same submit again records it.
public struct PayDialog: Hashable, Sendable {
  public let debtID: String
  public var form: FieldForm
  /// Set when the dialog has shown what looks wrong with the payment: the next submit records it.
  public var warned = false

  enum Row: Int { case amount, date }

  public init(debtID: String, suggested: Int64, currency: Currency, today: LocalDate) {
    self.debtID = debtID
    form = FieldForm([
      .init(
        LocalizedText(en: "Amount", zh: "金额"),
        .text(TextField(suggested > 0 ? Money.plain(suggested, currency) : "", maximumLength: 24))),
      .init(LocalizedText(en: "Date", zh: "日期"), .text(TextField(today.description, maximumLength: 12))),
    ])
  }

  /// The payment, or what is wrong with the input.
  public func build(currency: Currency, today: LocalDate) -> Result<Payment, LocalizedText> {
    let minor: Int64
    let typed = form.text(Row.amount.rawValue)
    do {
      minor = try AmountParser.parse(typed, minorDigits: currency.minorDigits)
    } catch {
      return .failure(
        LocalizedText(
          en: "Amount: \(error.description)", zh: "金额：“\(typed.terminalSafe)”无效，请输入如 1234.50 的数字"))
    }
    guard minor > 0 else {
      return .failure(LocalizedText(en: "Amount: must be more than 0", zh: "金额：必须大于 0"))
    }
    let when: LocalDate
    do {
      when = try LocalDate(lenient: form.text(Row.date.rawValue))
    } catch {
      return .failure(
        LocalizedText(
          en: "Date: \(error.text.en); a date like \(today)", zh: "日期：\(error.text.zh)；例如 \(today)"))
    }
    guard when <= today else {
      return .failure(
        LocalizedText(
          en: "Date: \(when) is after today (\(today)); record a payment on the day it was made",
          zh: "日期：\(when) 晚于今天（\(today)）；请填写实际还款的日期"))
    }
    return .success(Payment(id: "", debt: debtID, date: when, amount: minor))
  }
}

extension PayDialog: Dialog {
  var overlay: Overlay { .pay(self) }

  func title(_ state: AppState) -> LocalizedText {
    let name = state.portfolio.debt(id: debtID)?.name.terminalSafe ?? ""
    return LocalizedText(en: "Record a payment — \(name)", zh: "记一笔还款 — \(name)")
  }

  func hint(_ keys: DialogKeys) -> LocalizedText {
    LocalizedText(
      en: "\(keys.next)/↑↓ fields · \(keys.submit) records it · \(keys.cancel) cancels",
      zh: "\(keys.next)/↑↓ 切换 · \(keys.submit) 记录 · \(keys.cancel) 取消")
  }

  /// What the suggested amount is, and the two other figures a person may mean.
  func preview(_ state: AppState, _ theme: Theme) -> [(String, Style)] {
    guard let debt = state.portfolio.debt(id: debtID), let s = state.statuses[debt.id] else { return [] }
    let money = { (m: Int64) in Money.format(m, debt.currency) }
    var about = [
      LocalizedText(
        en: "Suggested: the oldest unpaid installment with its penalty.", zh: "建议金额：最早一期未还款及其罚息。")
    ]
    if s.isLate {
      about.append(
        LocalizedText(en: "All that is late: \(money(s.lateOwed))", zh: "全部逾期：\(money(s.lateOwed))"))
    }
    about.append(
      LocalizedText(en: "Settles the debt: \(money(s.payoffAmount))", zh: "结清需：\(money(s.payoffAmount))"))
    return about.map { (state.t($0), theme.muted) }
  }

  /// Changing anything clears the question about a likely slip.
  mutating func edit(_ key: Key) {
    warned = false
    _ = form.edit(key)
  }

  mutating func submit(_ state: inout AppState) -> DialogSubmission {
    guard let debt = state.portfolio.debt(id: debtID) else { return .done([]) }
    let payment: Payment
    switch build(currency: debt.currency, today: state.today) {
    case .failure(let problem): return .problem(problem)
    case .success(let p): payment = p
    }
    let concerns = Plausibility.concerns(
      payment, debt: debt, payments: state.portfolio.payments(for: debt.id), today: state.today)
    if !concerns.isEmpty && !warned {
      // Ask before recording what looks like a slip: the same submit again records it.
      let said = concerns.map { Plausibility.message($0, currency: debt.currency) }
      warned = true
      return .problem(
        LocalizedText(
          en: said.map(\.en).joined(separator: "; ") + ". Submit again to record it anyway, or change it.",
          zh: said.map(\.zh).joined(separator: "；") + "。再次提交即按此记录，或修改后提交。"))
    }
    let amount = Money.format(payment.amount, debt.currency)
    state.message = (
      LocalizedText(
        en: "Recorded \(amount) paid to \(debt.name). \(state.key(.undo)) to undo.",
        zh: "已记录向 \(debt.name) 还款 \(amount)。按 \(state.key(.undo)) 撤销。"),
      .success
    )
    // Paying from a reminder closes it too (one step to undo) when it pays what the row asks.
    var change = PortfolioChange.addPayment(payment)
    if let row = state.selectedRow, let reminder = row.notice, reminder.debtID == debt.id,
      payment.amount >= (row.amount ?? 0)
    {
      change = .batch([change, .setReminder(id: reminder.id, .done(on: state.today))])
    }
    let effects = AppLogic.commit(change, &state)
    AppLogic.clampSelection(&state)
    return .done(effects)
  }
}
