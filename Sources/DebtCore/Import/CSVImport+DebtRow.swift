extension CSVImport {
  /// One row of a debts file checked and turned into a debt; each problem reported by column.
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
