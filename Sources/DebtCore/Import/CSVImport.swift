/// Turns CSV rows into debts or payments: columns found by their header, in English or Chinese;
/// each value read the way people write it (`¥1,234.50`, `2026/3/5`, `2026年3月5日`, `18%`,
/// `借呗`, `等额本息`); every problem reported with its line and column; rows already present
/// (same content) recognised as duplicates.
public struct CSVImport: Sendable {
  public enum Kind: String, Sendable, CaseIterable { case debts, payments }

  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: String?
    public let message: LocalizedText
    public var description: String {
      "line \(line)" + (column.map { ", column “\($0)”" } ?? "") + ": \(message.en)"
    }
  }

  /// What the file would add, what it repeats, and what is wrong with it.
  public struct Result: Sendable {
    public var debts: [Debt] = []
    public var payments: [Payment] = []
    /// Line numbers of rows identical to data already there or to an earlier row.
    public var duplicates: [Int] = []
    public var problems: [Problem] = []
    /// How many rows have at least one problem.
    public var badRows: Int { Set(problems.map(\.line)).count }
  }

  /// Header names per field (lowercased, spaces and underscores removed when compared).
  static let debtColumns: [String: [String]] = [
    "name": ["name", "名称", "债务", "债务名称", "借款名称", "产品"],
    "lender": ["lender", "平台", "机构", "贷款机构", "银行", "出借人", "债权人"],
    "kind": ["kind", "type", "类型", "产品类型", "种类"],
    "principal": ["principal", "amount", "本金", "借款金额", "金额", "贷款金额", "账单金额"],
    "rate": ["rate", "ratepercent", "interest", "利率", "年化利率", "日利率", "月利率", "费率", "月手续费率"],
    "basis": ["basis", "ratebasis", "计息方式", "利率类型"],
    "method": ["method", "repayment", "还款方式"],
    "term": ["term", "months", "termmonths", "期数", "期限", "分期数"],
    "start": ["start", "startdate", "date", "借款日", "放款日", "开始日期", "借款日期"],
    "dueDay": ["dueday", "due", "还款日", "每月还款日"],
    "statementDay": ["statementday", "账单日"],
    "grace": ["grace", "gracedays", "宽限期", "宽限天数"],
    "dayCount": ["daycount", "计息天数", "计息规则"],
    "currency": ["currency", "币种"],
    "notes": ["notes", "note", "备注"],
  ]

  static let paymentColumns: [String: [String]] = [
    "debt": ["debt", "name", "债务", "名称", "借款", "产品", "id"],
    "date": ["date", "日期", "还款日期", "交易日期"],
    "amount": ["amount", "金额", "还款金额", "交易金额"],
    "note": ["note", "notes", "备注", "摘要"],
  ]

  static func normalise(_ s: String) -> String {
    String(s.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "_" && $0 != "-" })
  }

  /// What makes two payments the same for duplicate detection.
  struct PaymentKey: Hashable {
    let debt: String
    let date: LocalDate
    let amount: Int64
    let note: String
    init(_ p: Payment) { (debt, date, amount, note) = (p.debt, p.date, p.amount, p.note) }
  }

  /// What makes two debts the same for duplicate detection.
  struct DebtKey: Hashable {
    let name: String
    let lender: String
    let principal: Int64
    let startDate: LocalDate
    init(_ d: Debt) { (name, lender, principal, startDate) = (d.name, d.lender, d.principal, d.startDate) }
  }

  /// Reads the rows (the header first) into new debts or payments, with every problem by line
  /// and column. For a large file, feed a `Session` one row at a time instead.
  public static func read(
    _ rows: [CSVReader.Row], kind: Kind, into portfolio: Portfolio, currency: Currency,
    today: LocalDate? = nil, progress: ((_ rowsRead: Int) -> Void)? = nil
  ) -> Result {
    var session = Session(header: rows.first, kind: kind, into: portfolio, currency: currency, today: today)
    for (n, row) in rows.dropFirst().enumerated() {
      if let progress, n > 0, n % 50_000 == 0 { progress(n) }
      session.read(row)
    }
    return session.result
  }

  static func notADate(_ text: String) -> LocalizedText {
    LocalizedText(
      en: "“\(text)” is not a date (2026-03-05, 2026/3/5 or 2026年3月5日)",
      zh: "“\(text)”不是日期（例如 2026-03-05、2026/3/5 或 2026年3月5日）")
  }

  static func notAnAmount(_ text: String, _ why: String) -> LocalizedText {
    LocalizedText(en: why, zh: "“\(text)”不是金额，请填写如 1234.50 或 ¥1,234.50 的数字")
  }

  /// Adds a debt read by `read` with the id it was given there.
  public static func insert(_ debt: Debt, into portfolio: inout Portfolio) {
    portfolio.debts.append(debt)
    if let n = Int(debt.id.dropFirst()), n >= portfolio.nextDebtNumber {
      // Int.max stays as it is: the saved data is then refused with the counter's path, not a trap.
      portfolio.nextDebtNumber = n == Int.max ? n : n + 1
    }
  }

  /// Adds a payment read by `read` with the id it was given there.
  public static func insert(_ payment: Payment, into portfolio: inout Portfolio) {
    portfolio.payments.append(payment)
    if let n = Int(payment.id.dropFirst()), n >= portfolio.nextPaymentNumber {
      portfolio.nextPaymentNumber = n == Int.max ? n : n + 1
    }
  }
}
