import DebtCore
import TerminalUI

/// "Record a payment": the amount (defaulting to what is due) and the date (today).
public struct PayDialog: Hashable, Sendable {
  public let debtID: String
  public var amount: TextField
  public var date: TextField
  /// 0: amount, 1: date.
  public var focus = 0
  public var error: LocalizedText?
  /// Set when the dialog has shown what looks wrong with the payment: the next submit records it.
  public var warned = false

  public init(debtID: String, suggested: Int64, currency: Currency, today: LocalDate) {
    self.debtID = debtID
    amount = TextField(suggested > 0 ? Money.plain(suggested, currency) : "", maximumLength: 24)
    date = TextField(today.description, maximumLength: 12)
  }

  public mutating func edit(_ key: Key) -> Bool {
    error = nil
    warned = false
    if focus == 0 { return amount.handle(key) }
    return date.handle(key)
  }

  /// The payment, or what is wrong with the input.
  public func build(currency: Currency, today: LocalDate) -> Result<Payment, LocalizedText> {
    let minor: Int64
    do {
      minor = try AmountParser.parse(amount.text, minorDigits: currency.minorDigits)
    } catch {
      return .failure(LocalizedText(en: error.description, zh: "金额无效：请输入如 1234.50 的数字"))
    }
    guard minor > 0 else {
      return .failure(LocalizedText(en: "the amount must be more than 0", zh: "金额必须大于 0"))
    }
    let when: LocalDate
    do {
      when = try LocalDate(lenient: date.text)
    } catch {
      return .failure(LocalizedText(en: error.description, zh: "日期无效，例如 \(today)"))
    }
    guard when <= today else {
      return .failure(LocalizedText(en: "the date is after today", zh: "日期不能晚于今天"))
    }
    return .success(Payment(id: "", debt: debtID, date: when, amount: minor))
  }
}
