/// One scheduled payment. `interest` holds interest or, for a flat-fee loan, the month's fee.
public struct Installment: Hashable, Sendable {
  /// 1-based.
  public let number: Int
  public let dueDate: LocalDate
  public let principal: Int64
  public let interest: Int64

  public var total: Int64 { principal + interest }

  public init(number: Int, dueDate: LocalDate, principal: Int64, interest: Int64) {
    self.number = number
    self.dueDate = dueDate
    self.principal = principal
    self.interest = interest
  }
}
