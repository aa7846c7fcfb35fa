/// A problem found in stored data, with where it is (a JSON path such as `debts[2].dueDay`).
public struct DataProblem: Hashable, Sendable, CustomStringConvertible {
  public let path: String
  /// What is wrong, in every language.
  public let text: LocalizedText
  public var message: String { text.en }

  public init(path: String, text: LocalizedText) {
    self.path = path
    self.text = text
  }

  public init(path: String, en: String, zh: String) {
    self.init(path: path, text: LocalizedText(en: en, zh: zh))
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
      if debt.id.isEmpty { out.append(DataProblem(path: "\(path).id", en: "empty id", zh: "编号为空")) }
      if !debtIDs.insert(debt.id).inserted {
        out.append(
          DataProblem(path: "\(path).id", en: "duplicate debt id “\(debt.id)”", zh: "债务编号 “\(debt.id)” 重复"))
      }
      for p in debt.problems() {
        out.append(DataProblem(path: "\(path).\(p.field)", text: p.message))
      }
      if let n = Portfolio.number(debt.id, prefix: "d"), n >= nextDebtNumber {
        out.append(
          DataProblem(
            path: "nextDebtNumber", en: "is not above the id “\(debt.id)”", zh: "没有大于编号 “\(debt.id)”"))
      }
    }
    var paymentIDs: Set<String> = []
    for (i, payment) in payments.enumerated() {
      let path = "payments[\(i)]"
      if payment.id.isEmpty { out.append(DataProblem(path: "\(path).id", en: "empty id", zh: "编号为空")) }
      if !paymentIDs.insert(payment.id).inserted {
        out.append(
          DataProblem(
            path: "\(path).id", en: "duplicate payment id “\(payment.id)”", zh: "还款编号 “\(payment.id)” 重复"))
      }
      if !debtIDs.contains(payment.debt) {
        out.append(
          DataProblem(
            path: "\(path).debt", en: "no debt has the id “\(payment.debt)”",
            zh: "没有编号为 “\(payment.debt)” 的债务"))
      }
      Portfolio.checkAmount(payment.amount, at: "\(path).amount", into: &out)
      if let n = Portfolio.number(payment.id, prefix: "p"), n >= nextPaymentNumber {
        out.append(
          DataProblem(
            path: "nextPaymentNumber", en: "is not above the id “\(payment.id)”", zh: "没有大于编号 “\(payment.id)”"
          ))
      }
    }
    var followUpIDs: Set<String> = []
    for (i, f) in followUps.enumerated() {
      if f.id.isEmpty { out.append(DataProblem(path: "followUps[\(i)].id", en: "empty id", zh: "编号为空")) }
      if !followUpIDs.insert(f.id).inserted {
        out.append(
          DataProblem(
            path: "followUps[\(i)].id", en: "duplicate follow-up id “\(f.id)”", zh: "跟进事项编号 “\(f.id)” 重复"))
      }
      if let d = f.debt, !debtIDs.contains(d) {
        out.append(
          DataProblem(path: "followUps[\(i)].debt", en: "no debt has the id “\(d)”", zh: "没有编号为 “\(d)” 的债务"))
      }
      if f.text.count > 2000 {
        out.append(
          DataProblem(path: "followUps[\(i)].text", en: "longer than 2000 characters", zh: "超过 2000 个字符"))
      }
    }
    for debtID in cases.keys.sorted() {
      guard let file = cases[debtID] else { continue }
      Portfolio.checkCase(file, at: "cases.\(debtID)", into: &out)
    }
    for (name, value) in [("nextDebtNumber", nextDebtNumber), ("nextPaymentNumber", nextPaymentNumber)]
    where !(1...Portfolio.counterLimit).contains(value) {
      out.append(
        DataProblem(
          path: name, en: "must be from 1 to \(Portfolio.counterLimit)",
          zh: "必须在 1 到 \(Portfolio.counterLimit) 之间"))
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
      out.append(
        DataProblem(
          path: path, en: allowZero ? "cannot be negative" : "must be more than 0",
          zh: allowZero ? "不能为负" : "必须大于 0"))
    } else if value > amountLimit {
      out.append(
        DataProblem(
          path: path, en: "is above the largest amount DebtDeck keeps (10¹⁴ minor units)",
          zh: "超过 DebtDeck 能保存的最大金额（10¹⁴ 个最小货币单位）"))
    }
  }

  static func checkCase(_ file: CaseFile, at path: String, into out: inout [DataProblem]) {
    var contactIDs: Set<String> = []
    for (i, entry) in file.contacts.enumerated() {
      let at = "\(path).contacts[\(i)]"
      if entry.id.isEmpty { out.append(DataProblem(path: "\(at).id", en: "empty id", zh: "编号为空")) }
      if let target = entry.corrects {
        if target == entry.id {
          out.append(
            DataProblem(path: "\(at).corrects", en: "an entry cannot correct itself", zh: "一条记录不能更正它自己"))
        } else if !contactIDs.contains(target) {
          out.append(
            DataProblem(
              path: "\(at).corrects", en: "no earlier entry has the id “\(target)”",
              zh: "之前没有编号为 “\(target)” 的记录"))
        }
      }
      if !entry.id.isEmpty && !contactIDs.insert(entry.id).inserted {
        out.append(
          DataProblem(
            path: "\(at).id", en: "duplicate contact id “\(entry.id)”", zh: "联系记录编号 “\(entry.id)” 重复"))
      }
      for (j, promise) in entry.promises.enumerated() {
        if let amount = promise.amount { checkAmount(amount, at: "\(at).promises[\(j)].amount", into: &out) }
      }
      for (j, evidence) in entry.evidence.enumerated() where evidence.bytes < 0 {
        out.append(DataProblem(path: "\(at).evidence[\(j)].bytes", en: "cannot be negative", zh: "不能为负"))
      }
    }
    var agreementIDs: Set<String> = []
    for (i, agreement) in file.agreements.enumerated() {
      let at = "\(path).agreements[\(i)]"
      if agreement.id.isEmpty { out.append(DataProblem(path: "\(at).id", en: "empty id", zh: "编号为空")) }
      if !agreement.id.isEmpty && !agreementIDs.insert(agreement.id).inserted {
        out.append(
          DataProblem(
            path: "\(at).id", en: "duplicate agreement id “\(agreement.id)”", zh: "协议编号 “\(agreement.id)” 重复")
        )
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
      return [
        DataProblem(
          path: "top level", en: "the amounts add up to more than DebtDeck can count",
          zh: "金额合计超出 DebtDeck 能计算的范围")
      ]
    }
    return []
  }

  static func number(_ id: String, prefix: Character) -> Int? {
    guard id.first == prefix else { return nil }
    return Int(id.dropFirst())
  }
}
