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
      if payment.id.isEmpty { out.append(DataProblem(path: "\(path).id", message: "empty id")) }
      if !paymentIDs.insert(payment.id).inserted {
        out.append(DataProblem(path: "\(path).id", message: "duplicate payment id “\(payment.id)”"))
      }
      if !debtIDs.contains(payment.debt) {
        out.append(DataProblem(path: "\(path).debt", message: "no debt has the id “\(payment.debt)”"))
      }
      Portfolio.checkAmount(payment.amount, at: "\(path).amount", into: &out)
      if let n = Portfolio.number(payment.id, prefix: "p"), n >= nextPaymentNumber {
        out.append(DataProblem(path: "nextPaymentNumber", message: "is not above the id “\(payment.id)”"))
      }
    }
    var followUpIDs: Set<String> = []
    for (i, f) in followUps.enumerated() {
      if f.id.isEmpty { out.append(DataProblem(path: "followUps[\(i)].id", message: "empty id")) }
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
    for debtID in cases.keys.sorted() {
      guard let file = cases[debtID] else { continue }
      Portfolio.checkCase(file, at: "cases.\(debtID)", into: &out)
    }
    for (name, value) in [("nextDebtNumber", nextDebtNumber), ("nextPaymentNumber", nextPaymentNumber)]
    where !(1...Portfolio.counterLimit).contains(value) {
      out.append(DataProblem(path: name, message: "must be from 1 to \(Portfolio.counterLimit)"))
    }
    out += Portfolio.totalProblems(self)
    return out
  }

  /// The largest stored id counter: far above any real number of debts or payments, and far
  /// enough below Int's limit that `add` and `pay` can count on from it without overflowing.
  public static let counterLimit = 1_000_000_000

  /// The largest amount a stored money field may hold: 10¹⁴ minor units (a trillion yuan), far
  /// above any real debt and far enough below Int64's limit that sums and interest never overflow.
  public static let amountLimit: Int64 = AmountParser.maximumMajor * 100

  /// The most all stored amounts may add up to, so that every sum over them fits an Int64 with
  /// room to spare (interest and penalties on top of a total).
  static let totalLimit: Int64 = amountLimit * 1_000

  /// An amount must be more than 0 (or at least 0 where `allowZero`) and at most `amountLimit`.
  static func checkAmount(
    _ value: Int64, at path: String, allowZero: Bool = false, into out: inout [DataProblem]
  ) {
    if value < 0 || (value == 0 && !allowZero) {
      out.append(DataProblem(path: path, message: allowZero ? "cannot be negative" : "must be more than 0"))
    } else if value > amountLimit {
      out.append(
        DataProblem(path: path, message: "is above the largest amount DebtDeck keeps (10¹⁴ minor units)"))
    }
  }

  static func checkCase(_ file: CaseFile, at path: String, into out: inout [DataProblem]) {
    var contactIDs: Set<String> = []
    for (i, entry) in file.contacts.enumerated() {
      let at = "\(path).contacts[\(i)]"
      if entry.id.isEmpty { out.append(DataProblem(path: "\(at).id", message: "empty id")) }
      if let target = entry.corrects {
        if target == entry.id {
          out.append(DataProblem(path: "\(at).corrects", message: "an entry cannot correct itself"))
        } else if !contactIDs.contains(target) {
          out.append(DataProblem(path: "\(at).corrects", message: "no earlier entry has the id “\(target)”"))
        }
      }
      if !entry.id.isEmpty && !contactIDs.insert(entry.id).inserted {
        out.append(DataProblem(path: "\(at).id", message: "duplicate contact id “\(entry.id)”"))
      }
      for (j, promise) in entry.promises.enumerated() {
        if let amount = promise.amount { checkAmount(amount, at: "\(at).promises[\(j)].amount", into: &out) }
      }
      for (j, evidence) in entry.evidence.enumerated() where evidence.bytes < 0 {
        out.append(DataProblem(path: "\(at).evidence[\(j)].bytes", message: "cannot be negative"))
      }
    }
    var agreementIDs: Set<String> = []
    for (i, agreement) in file.agreements.enumerated() {
      let at = "\(path).agreements[\(i)]"
      if agreement.id.isEmpty { out.append(DataProblem(path: "\(at).id", message: "empty id")) }
      if !agreement.id.isEmpty && !agreementIDs.insert(agreement.id).inserted {
        out.append(DataProblem(path: "\(at).id", message: "duplicate agreement id “\(agreement.id)”"))
      }
      for (j, payment) in agreement.schedule.enumerated() {
        checkAmount(payment.amount, at: "\(at).schedule[\(j)].amount", into: &out)
      }
    }
    if let offer = file.offer {
      checkAmount(offer.monthlyIncome, at: "\(path).offer.monthlyIncome", allowZero: true, into: &out)
      checkAmount(offer.essentialSpending, at: "\(path).offer.essentialSpending", allowZero: true, into: &out)
      checkAmount(offer.reserve, at: "\(path).offer.reserve", allowZero: true, into: &out)
    }
  }

  /// The sum of every stored amount stays below `totalLimit` (checked without overflowing).
  static func totalProblems(_ p: Portfolio) -> [DataProblem] {
    var total: Int64 = 0
    func add(_ v: Int64) -> Bool {
      let (sum, overflow) = total.addingReportingOverflow(max(0, min(v, amountLimit)))
      total = sum
      return !overflow && total <= totalLimit
    }
    let all =
      p.debts.lazy.map(\.principal) + p.payments.lazy.map(\.amount)
      + p.cases.values.lazy.flatMap { $0.agreements.lazy.flatMap { $0.schedule.lazy.map(\.amount) } }
    for v in all where !add(v) {
      return [DataProblem(path: "top level", message: "the amounts add up to more than DebtDeck can count")]
    }
    return []
  }

  static func number(_ id: String, prefix: Character) -> Int? {
    guard id.first == prefix else { return nil }
    return Int(id.dropFirst())
  }
}
