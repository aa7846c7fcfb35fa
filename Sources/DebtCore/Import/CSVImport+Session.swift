extension CSVImport {
  /// Reads a CSV file one row at a time: the header first (`init`), then each row (`read`).
  /// Linear in the rows: duplicates are found by hash, and each debt reference is resolved once.
  /// A payment dated after `today` is refused, as `pay` refuses it. Rows are not kept: only what
  /// they add, so a million-row file costs its payments, not its text.
  public struct Session {
    public private(set) var result = Result()
    let kind: Kind
    let currency: Currency
    let today: LocalDate?
    /// Each field's column; nil when the header is unusable (the problem says why).
    var index: [String: Int]?
    var headerFields: [String] = []
    var headerBasis: RateBasis?
    /// The portfolio with what was read so far: its debts (a debts file) and id counters.
    var working: Portfolio
    var seenPayments: Set<PaymentKey> = []
    var seenDebts: Set<DebtKey> = []
    var resolved: [String: Swift.Result<Debt, LookupError>] = [:]

    public init(
      header: CSVReader.Row?, kind: Kind, into portfolio: Portfolio, currency: Currency, today: LocalDate?
    ) {
      self.kind = kind
      self.currency = currency
      self.today = today
      working = portfolio
      guard let header else {
        result.problems.append(
          Problem(line: 1, column: nil, message: LocalizedText(en: "the file is empty", zh: "文件是空的")))
        return
      }
      headerFields = header.fields
      let names = kind == .debts ? debtColumns : paymentColumns
      var index: [String: Int] = [:]
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
        return
      }
      // The basis can come from the rate's header: 日利率, 月利率, 年化利率.
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
      self.index = index
      switch kind {
      case .payments: seenPayments = Set(portfolio.payments.map(PaymentKey.init))
      case .debts: seenDebts = Set(portfolio.debts.map(DebtKey.init))
      }
    }

    /// Reads one row after the header.
    public mutating func read(_ row: CSVReader.Row) {
      guard let index else { return }
      let header = headerFields
      func value(_ field: String) -> String {
        guard let i = index[field], i < row.fields.count else { return "" }
        return row.fields[i].trimmedCell
      }
      var found: [Problem] = []
      func problem(_ field: String?, _ message: LocalizedText) {
        found.append(
          Problem(line: row.line, column: field.flatMap { index[$0] }.map { header[$0] }, message: message))
      }
      defer { result.problems += found }
      switch kind {
      case .debts:
        guard let debt = parseDebt(value, problem, basis: headerBasis, currency: currency) else { return }
        if !seenDebts.insert(DebtKey(debt)).inserted {
          result.duplicates.append(row.line)
          return
        }
        var added = debt
        added.id = working.add(debt)
        result.debts.append(added)
      case .payments:
        guard var payment = parsePayment(value, problem) else { return }
        if !seenPayments.insert(PaymentKey(payment)).inserted {
          result.duplicates.append(row.line)
          return
        }
        // The id `record` would give it; the payment itself is kept once, in the result.
        payment.id = working.newPaymentID()
        result.payments.append(payment)
      }
    }

    /// One row of a payments file checked and turned into a payment (no id yet).
    mutating func parsePayment(_ value: (String) -> String, _ problem: (String?, LocalizedText) -> Void)
      -> Payment?
    {
      let reference = value("debt")
      guard !reference.isEmpty else {
        problem("debt", LocalizedText(en: "which debt? give its id or name", zh: "哪笔债务？请填写 id 或名称"))
        return nil
      }
      // Debts are not added by a payments import, so a reference resolves the same every row.
      let lookup = resolved[reference] ?? working.resolveDebt(reference)
      resolved[reference] = lookup
      let target: Debt
      switch lookup {
      case .success(let d): target = d
      case .failure(let e):
        problem(
          "debt", LocalizedText(en: e.description, zh: "“\(reference)”：找不到或不唯一，请填写 id（debtdeck list 可查看）"))
        return nil
      }
      guard let date = try? LocalDate(lenient: value("date")) else {
        problem("date", notADate(value("date")))
        return nil
      }
      if let today, let future = Payment.dateProblem(date, today: today) {
        problem("date", future)
        return nil
      }
      let amount: Int64
      do {
        amount = try AmountParser.parse(value("amount"), minorDigits: target.currency.minorDigits)
      } catch {
        problem("amount", notAnAmount(value("amount"), error.description))
        return nil
      }
      guard amount > 0 else {
        problem("amount", LocalizedText(en: "must be more than 0", zh: "必须大于 0"))
        return nil
      }
      return Payment(id: "", debt: target.id, date: date, amount: amount, note: value("note"))
    }
  }
}
