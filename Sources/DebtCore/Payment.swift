/// Money paid towards a debt. How it splits into fees, penalty, interest and principal is derived.
public struct Payment: Hashable, Sendable, Codable, Identifiable {
  public var id: String
  /// The id of the debt paid.
  public var debt: String
  public var date: LocalDate
  /// In the debt's minor units; always more than 0.
  public var amount: Int64
  public var note: String

  public init(id: String, debt: String, date: LocalDate, amount: Int64, note: String = "") {
    self.id = id
    self.debt = debt
    self.date = date
    self.amount = amount
    self.note = note
  }

  /// The one rule for a payment's date, for `pay`, the app and CSV import alike: a payment is
  /// recorded once it is made, never ahead.
  public static func dateProblem(_ date: LocalDate, today: LocalDate) -> LocalizedText? {
    guard date > today else { return nil }
    return LocalizedText(
      en: "\(date) is after today (\(today)); record a payment once it is made",
      zh: "\(date) 晚于今天（\(today)）；请在付款之后再记录")
  }

  enum CodingKeys: String, CodingKey { case id, debt, date, amount, note }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    id = try c.decode(String.self, forKey: .id)
    debt = try c.decode(String.self, forKey: .debt)
    date = try c.decode(LocalDate.self, forKey: .date)
    amount = try c.decode(Int64.self, forKey: .amount)
    note = try c.decodeIfPresent(String.self, forKey: .note) ?? ""
  }
}
