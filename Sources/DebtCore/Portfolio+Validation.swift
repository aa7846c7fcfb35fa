/// A problem found in stored data, with where it is (a JSON path such as `debts[2].dueDay`).
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
  public let path: String
  public let message: String

  public init(path: String, message: String) {
    self.path = path
    self.message = message
  }

  public var description: String { "\(path): \(message)" }
}

extension Portfolio {
  /// Every inconsistency that decoding alone cannot catch: duplicate ids, payments to debts
  /// that do not exist, amounts out of range, terms that make no sense, counters behind the ids.
  public func problems() -> [DataProblem] {
    var out: [DataProblem] = []
    var debtIDs: Set<String> = []
    for (i, debt) in debts.enumerated() {
      let path = "debts[\(i)]"
      if debt.id.isEmpty { out.append(DataProblem(path: "\(path).id", message: "empty id")) }
      if !debtIDs.insert(debt.id).inserted {
        out.append(DataProblem(path: "\(path).id", message: "duplicate debt id “\(debt.id)”"))
      }
      for p in debt.problems() {
        out.append(DataProblem(path: "\(path).\(p.field)", message: p.message.en))
      }
      if let n = Portfolio.number(debt.id, prefix: "d"), n >= nextDebtNumber {
        out.append(DataProblem(path: "nextDebtNumber", message: "is not above the id “\(debt.id)”"))
      }
    }
    var paymentIDs: Set<String> = []
    for (i, payment) in payments.enumerated() {
      let path = "payments[\(i)]"
      if !paymentIDs.insert(payment.id).inserted {
        out.append(DataProblem(path: "\(path).id", message: "duplicate payment id “\(payment.id)”"))
      }
      if !debtIDs.contains(payment.debt) {
        out.append(DataProblem(path: "\(path).debt", message: "no debt has the id “\(payment.debt)”"))
      }
      if payment.amount <= 0 {
        out.append(DataProblem(path: "\(path).amount", message: "must be more than 0"))
      }
      if payment.amount > AmountParser.maximumMajor * 100 {
        out.append(DataProblem(path: "\(path).amount", message: "is implausibly large"))
      }
      if let n = Portfolio.number(payment.id, prefix: "p"), n >= nextPaymentNumber {
        out.append(DataProblem(path: "nextPaymentNumber", message: "is not above the id “\(payment.id)”"))
      }
    }
    var followUpIDs: Set<String> = []
    for (i, f) in followUps.enumerated() {
      if !followUpIDs.insert(f.id).inserted {
        out.append(DataProblem(path: "followUps[\(i)].id", message: "duplicate follow-up id “\(f.id)”"))
      }
      if let d = f.debt, !debtIDs.contains(d) {
        out.append(DataProblem(path: "followUps[\(i)].debt", message: "no debt has the id “\(d)”"))
      }
      if f.text.count > 2000 {
        out.append(DataProblem(path: "followUps[\(i)].text", message: "longer than 2000 characters"))
      }
    }
    return out
  }

  static func number(_ id: String, prefix: Character) -> Int? {
    guard id.first == prefix else { return nil }
    return Int(id.dropFirst())
  }
}
