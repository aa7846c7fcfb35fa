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

  /// Reads the rows into new debts or payments (ids as they would be given), with every problem
  /// by line and column. Linear in the rows: duplicates are found by hash, and each debt
  /// reference is resolved once. A payment dated after `today` is refused, as `pay` refuses it.
  public static func read(
    _ rows: [CSVReader.Row], kind: Kind, into portfolio: Portfolio, currency: Currency,
    today: LocalDate? = nil, progress: ((_ rowsRead: Int) -> Void)? = nil
  ) -> Result {
    var result = Result()
    guard let header = rows.first else {
      result.problems.append(
        Problem(line: 1, column: nil, message: LocalizedText(en: "the file is empty", zh: "文件是空的")))
      return result
    }
    let names = kind == .debts ? debtColumns : paymentColumns
    var index: [String: Int] = [:]
    var headerUnknown: [String] = []
    // Two passes: a column named exactly for a field (`debt`) wins over one whose name is only
    // a synonym (`id`), whatever their order — DebtDeck's own payments export has both.
    var taken: Set<Int> = []
    for exact in [true, false] {
      for (i, raw) in header.fields.enumerated() where !taken.contains(i) {
        let h = normalise(raw)
        let field = names.keys.sorted().first { key in
          let synonyms = names[key] ?? []
          return index[key] == nil
            && (exact ? normalise(synonyms.first ?? "") == h : synonyms.map(normalise).contains(h))
        }
        if let field {
          index[field] = i
          taken.insert(i)
        }
      }
    }
    for (i, raw) in header.fields.enumerated() where !taken.contains(i) && !normalise(raw).isEmpty {
      headerUnknown.append(raw)
    }
    let required = kind == .debts ? ["name", "principal"] : ["debt", "date", "amount"]
    let missing = required.filter { index[$0] == nil }
    if !missing.isEmpty {
      let expected = missing.map { "\($0) (\(names[$0]?.dropFirst().first ?? ""))" }.joined(separator: ", ")
      result.problems.append(
        Problem(
          line: header.line, column: nil,
          message: LocalizedText(
            en: "the header has no column for \(expected); found: \(header.fields.joined(separator: ", "))",
            zh: "表头缺少这些列：\(expected)；现有：\(header.fields.joined(separator: "，"))")))
      return result
    }
    // The basis can come from the rate's header: 日利率, 月利率, 年化利率.
    var headerBasis: RateBasis? = nil
    if let r = index["rate"] {
      let h = header.fields[r]
      if h.contains("日") {
        headerBasis = .daily
      } else if h.contains("月") {
        headerBasis = h.contains("手续费") ? .flatMonthly : .monthly
      } else if h.contains("年") || normalise(h) == "apr" {
        headerBasis = .apr
      }
    }
    var working = portfolio
    var seenPayments = Set(working.payments.map(PaymentKey.init))
    var seenDebts = Set(working.debts.map(DebtKey.init))
    var resolved: [String: Swift.Result<Debt, LookupError>] = [:]
    for (n, row) in rows.dropFirst().enumerated() {
      if let progress, n > 0, n % 50_000 == 0 { progress(n) }
      func value(_ field: String) -> String {
        guard let i = index[field], i < row.fields.count else { return "" }
        return row.fields[i].trimmedCell
      }
      func problem(_ field: String?, _ message: LocalizedText) {
        result.problems.append(
          Problem(
            line: row.line, column: field.flatMap { index[$0] }.map { header.fields[$0] }, message: message))
      }
      switch kind {
      case .debts:
        guard let debt = parseDebt(value, problem, basis: headerBasis, currency: currency) else { continue }
        if !seenDebts.insert(DebtKey(debt)).inserted {
          result.duplicates.append(row.line)
          continue
        }
        var added = debt
        added.id = working.add(debt)
        result.debts.append(added)
      case .payments:
        let reference = value("debt")
        guard !reference.isEmpty else {
          problem("debt", LocalizedText(en: "which debt? give its id or name", zh: "哪笔债务？请填写 id 或名称"))
          continue
        }
        let target: Debt
        // Debts are not added by a payments import, so a reference resolves the same every row.
        let lookup = resolved[reference] ?? working.resolveDebt(reference)
        resolved[reference] = lookup
        switch lookup {
        case .success(let d): target = d
        case .failure(let e):
          problem(
            "debt", LocalizedText(en: e.description, zh: "“\(reference)”：找不到或不唯一，请填写 id（debtdeck list 可查看）"))
          continue
        }
        guard let date = try? LocalDate(lenient: value("date")) else {
          problem("date", notADate(value("date")))
          continue
        }
        if let today, let future = Payment.dateProblem(date, today: today) {
          problem("date", future)
          continue
        }
        let amount: Int64
        do {
          amount = try AmountParser.parse(value("amount"), minorDigits: target.currency.minorDigits)
        } catch {
          problem("amount", notAnAmount(value("amount"), error.description))
          continue
        }
        guard amount > 0 else {
          problem("amount", LocalizedText(en: "must be more than 0", zh: "必须大于 0"))
          continue
        }
        let payment = Payment(id: "", debt: target.id, date: date, amount: amount, note: value("note"))
        if !seenPayments.insert(PaymentKey(payment)).inserted {
          result.duplicates.append(row.line)
          continue
        }
        var added = payment
        added.id = working.record(payment)
        result.payments.append(added)
      }
    }
    return result
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

  static func parseDebt(
    _ value: (String) -> String, _ problem: (String?, LocalizedText) -> Void, basis headerBasis: RateBasis?,
    currency defaultCurrency: Currency
  ) -> Debt? {
    var ok = true
    func fail(_ field: String, _ message: LocalizedText) {
      problem(field, message)
      ok = false
    }
    let name = value("name")
    if name.isEmpty { fail("name", LocalizedText(en: "a name is required", zh: "名称不能为空")) }
    let kindText = value("kind")
    let kind = kindText.isEmpty ? ProductKind.other : ProductKind(label: kindText)
    if kind == nil {
      fail(
        "kind",
        LocalizedText(
          en: "“\(kindText)” is not a kind (借呗, 微粒贷, 花呗, 信用卡, 银行贷款, 民间借贷, 其他)",
          zh: "“\(kindText)”不是已知类型（借呗、微粒贷、花呗、信用卡、银行贷款、民间借贷、其他）"))
    }
    let k = kind ?? .other
    var currency = defaultCurrency
    if !value("currency").isEmpty {
      if let c = Currency(code: value("currency").uppercased()) {
        currency = c
      } else {
        fail(
          "currency",
          LocalizedText(
            en: "“\(value("currency"))” is not a currency code like CNY",
            zh: "“\(value("currency"))”不是币种代码（如 CNY）"))
      }
    }
    var principal: Int64 = 0
    do {
      principal = try AmountParser.parse(value("principal"), minorDigits: currency.minorDigits)
      if principal <= 0 { fail("principal", LocalizedText(en: "must be more than 0", zh: "必须大于 0")) }
    } catch {
      fail("principal", notAnAmount(value("principal"), error.description))
    }
    var basis = headerBasis ?? k.typicalRateBasis
    if !value("basis").isEmpty {
      if let b = RateBasis(label: value("basis")) {
        basis = b
      } else {
        fail(
          "basis",
          LocalizedText(
            en: "“\(value("basis"))” is not daily, monthly, flat-monthly or apr (日/月/手续费/年化)",
            zh: "“\(value("basis"))”不是计息方式（日/月/手续费/年化）"))
      }
    }
    var rate = Rate(basis: basis, scaled: 0)
    let rateText = value("rate").replacingAll("%", with: "").replacingAll("％", with: "")
    if !rateText.isEmpty {
      do { rate = try Rate(basis: basis, percent: rateText) } catch {
        fail(
          "rate",
          LocalizedText(
            en: "“\(value("rate"))” is not a rate in percent, e.g. 0.05 or 18%",
            zh: "“\(value("rate"))”不是百分比利率，例如 0.05 或 18%"))
      }
    }
    var method = k.typicalMethod
    if !value("method").isEmpty {
      if let m = RepaymentMethod(label: value("method")) {
        method = m
      } else {
        fail(
          "method",
          LocalizedText(
            en: "“\(value("method"))” is not a method (等额本息, 等额本金, 先息后本, 一次性还本付息, 分期, 循环)",
            zh: "“\(value("method"))”不是还款方式（等额本息、等额本金、先息后本、一次性还本付息、分期、循环）"))
      }
    }
    func integer(_ field: String, _ range: ClosedRange<Int>, default d: Int?) -> Int? {
      let text = value(field)
        .filter { !"期个月天日号".contains($0) }
      if text.isEmpty { return d }
      guard let n = Int(text), range.contains(n) else {
        fail(
          field,
          LocalizedText(
            en: "“\(value(field))” should be a whole number from \(range.lowerBound) to \(range.upperBound)",
            zh: "“\(value(field))”应为 \(range.lowerBound) 到 \(range.upperBound) 之间的整数"))
        return d
      }
      return n
    }
    let term = integer("term", 1...600, default: method == .revolving ? 1 : 12) ?? 12
    var start = LocalDate(ordinal: 0)
    if value("start").isEmpty {
      fail(
        "start",
        LocalizedText(
          en: "a start date is required (the day the money was received)", zh: "需要借款日（收到款项的日期）"))
    } else if let d = try? LocalDate(lenient: value("start")) {
      start = d
    } else {
      fail("start", notADate(value("start")))
    }
    let dueDay = integer("dueDay", 1...31, default: start.day) ?? start.day
    let statementDay = integer("statementDay", 1...31, default: nil)
    let grace = integer("grace", 0...60, default: nil)
    var dayCount: DayCount? = nil
    if !value("dayCount").isEmpty {
      switch CSVImport.normalise(value("dayCount")) {
      case "actual", "actualdays", "daily", "按日", "按实际天数", "实际天数": dayCount = .actual
      case "monthly", "months", "按月": dayCount = .monthly
      default:
        fail(
          "dayCount",
          LocalizedText(
            en: "“\(value("dayCount"))” is not a day count: actual (按实际天数) or monthly (按月)",
            zh: "“\(value("dayCount"))”不是计息规则：按实际天数（actual）或按月（monthly）"))
      }
    }
    guard ok else { return nil }
    let debt = Debt(
      id: "", name: name, lender: value("lender"), kind: k, currency: currency, principal: principal,
      rate: rate,
      method: method, termMonths: term, startDate: start, dueDay: dueDay, statementDay: statementDay,
      graceDays: grace, notes: value("notes"), dayCount: dayCount)
    let problems = debt.problems()
    if !problems.isEmpty {
      for p in problems {
        problem(nil, LocalizedText(en: "\(p.field): \(p.message.en)", zh: "\(p.field)：\(p.message.zh)"))
      }
      return nil
    }
    return debt
  }
}

extension ProductKind {
  /// A kind from what people write: the id (`jiebei`), the English or the Chinese name.
  public init?(label: String) {
    let l = CSVImport.normalise(label)
    // The ids the CLI and the export use (`credit-card`), then the English and Chinese names.
    if let k = ProductKind.allCases.first(where: { CSVImport.normalise($0.rawValue) == l })
      ?? ProductKind.allCases.first(where: {
        CSVImport.normalise($0.name.en) == l || CSVImport.normalise($0.name.zh) == l
      })
    {
      self = k
      return
    }
    switch l {
    case "蚂蚁借呗", "支付宝借呗": self = .jiebei
    case "微信微粒贷", "微众银行": self = .weilidai
    case "蚂蚁花呗": self = .huabei
    case "card", "creditcard", "信用卡账单": self = .creditCard
    case "bank", "bankloan", "银行", "消费贷", "信用贷": self = .bankLoan
    case "privateloan", "私人借款", "个人借款", "朋友": self = .privateLoan
    default: return nil
    }
  }
}

extension RepaymentMethod {
  public init?(label: String) {
    let l = CSVImport.normalise(label)
    // The ids the CLI and the export use (`equal-installment`), then the English and Chinese names.
    if let m = RepaymentMethod.allCases.first(where: { CSVImport.normalise($0.rawValue) == l })
      ?? RepaymentMethod.allCases.first(where: {
        CSVImport.normalise($0.name.en) == l || CSVImport.normalise($0.name.zh) == l
      })
    {
      self = m
      return
    }
    switch l {
    case "分期", "分期手续费", "手续费分期": self = .flatFee
    case "循环", "最低还款", "信用卡": self = .revolving
    case "一次性还款", "到期还本付息": self = .bullet
    default: return nil
    }
  }
}

extension RateBasis {
  public init?(label: String) {
    switch CSVImport.normalise(label) {
    case "daily", "day", "日", "日利率", "日息": self = .daily
    case "monthly", "month", "月", "月利率", "月息": self = .monthly
    case "flatmonthly", "flat", "手续费", "月手续费", "月手续费率", "费率": self = .flatMonthly
    case "apr", "annual", "year", "年", "年化", "年化利率", "年利率": self = .apr
    default: return nil
    }
  }
}

extension String {
  /// A cell without surrounding spaces (ideographic ones too) and without a spreadsheet's guard
  /// apostrophe before `=`, `+`, `-`, `@` (as `debtdeck export --format csv` writes them).
  var trimmedCell: String {
    var s = trimmingSpaces
    if CSVWriter.isGuarded(s) { s.removeFirst() }
    return s
  }
}
