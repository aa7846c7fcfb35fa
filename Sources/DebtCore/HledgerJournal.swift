/// An hledger journal of the portfolio: a liability account per debt, the money borrowed, every
/// payment split by the penalty engine into fees, penalty, interest and principal, and — on
/// `today` — what is owed and not yet paid (interest due, penalty, fees), with a balance
/// assertion, so `hledger -f FILE check` itself proves each liability equals DebtDeck's balance.
public enum HledgerJournal {
  public static func document(_ portfolio: Portfolio, today: LocalDate) -> String {
    var out: [String] = [
      "; DebtDeck export, \(today). Liabilities per debt; each payment split into fees, penalty,",
      "; interest and principal as the debt's contract allocates them; what is owed today and",
      "; unpaid is booked on \(today) with a balance assertion.",
      "",
    ]
    let byDebt = portfolio.paymentsByDebt()
    var accounts: [String] = ["assets:cash", "assets:receivable"]
    var currencies: Set<String> = []
    var transactions: [(LocalDate, Int, [String])] = []
    var order = 0
    for debt in portfolio.debts {
      let c = debt.currency
      currencies.insert(c.code)
      let label = account("\(debt.id) \(debt.name)")
      let liability = "liabilities:debts:\(label)"
      let interest = "expenses:interest:\(label)"
      let penalty = "expenses:penalty:\(label)"
      let fees = "expenses:fees:\(label)"
      let prepaid = "assets:receivable:\(label)"
      accounts += [liability, interest, penalty, fees, prepaid]
      func posting(_ account: String, _ minor: Int64) -> String {
        "    \(account)  \(c.code) \(Money.plain(minor, c))"
      }
      let lender = debt.lender.isEmpty ? "" : " | \(text(debt.lender))"
      var borrowed = [posting("assets:cash", debt.principal - debt.upfrontFee)]
      if debt.upfrontFee > 0 { borrowed.append(posting(fees, debt.upfrontFee)) }
      borrowed.append(posting(liability, -debt.principal))
      order += 1
      transactions.append(
        (debt.startDate, order, ["\(debt.startDate) * borrowed: \(text(debt.name))\(lender)"] + borrowed))

      let payments = (byDebt[debt.id] ?? []).sorted { ($0.date, $0.id) < ($1.date, $1.id) }
      var before = DebtStatus(debt: debt, payments: [], asOf: debt.startDate)
      for (k, p) in payments.enumerated() {
        let after = DebtStatus(debt: debt, payments: Array(payments[0...k]), asOf: p.date)
        let split: [(String, Int64)] = [
          (liability, after.paidPrincipal - before.paidPrincipal),
          (interest, after.paidInterest - before.paidInterest),
          (penalty, after.paidPenalty - before.paidPenalty),
          (fees, after.paidFees - before.paidFees),
          (prepaid, after.overpaid - before.overpaid),
        ]
        var lines = ["\(p.date) * paid: \(text(debt.name))" + (p.note.isEmpty ? "" : " | \(text(p.note))")]
        lines += split.filter { $0.1 != 0 }.map { posting($0.0, $0.1) }
        lines.append(posting("assets:cash", -p.amount))
        order += 1
        transactions.append((p.date, order, lines))
        before = after
      }
      let now = DebtStatus(debt: debt, payments: payments, asOf: today)
      var owed = ["\(today) * owed today: \(text(debt.name))"]
      let accrued: [(String, Int64)] = [
        (interest, now.interestDueUnpaid + now.accruedInterest), (penalty, now.penalty), (fees, now.fees),
      ]
      owed += accrued.filter { $0.1 != 0 }.map { posting($0.0, $0.1) }
      let total = accrued.reduce(Int64(0)) { $0 + $1.1 }
      owed.append(posting(liability, -total) + " = \(c.code) \(Money.plain(-now.payoffAmount, c))")
      order += 1
      transactions.append((max(today, debt.startDate), order, owed))
    }
    for a in accounts { out.append("account \(a)") }
    for code in currencies.sorted() { out.append("commodity \(code) 1000.00") }
    out.append("")
    for (_, _, lines) in transactions.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) {
      out += lines
      out.append("")
    }
    return out.joined(separator: "\n")
  }

  /// An account name part: no colon (the separator), no double spaces (the amount separator),
  /// no comment or control characters.
  static func account(_ s: String) -> String {
    var out = ""
    var lastSpace = false
    for ch in s.unicodeScalars {
      let c: Unicode.Scalar =
        ch == ":"
        ? "-"
        : (ch == ";" || ch == "#" || ch.properties.generalCategory == .control || ch == "\t")
          ? " " : ch
      if c.properties.isWhitespace {
        if !lastSpace && !out.isEmpty { out.unicodeScalars.append(" ") }
        lastSpace = true
      } else {
        out.unicodeScalars.append(c)
        lastSpace = false
      }
    }
    return out.hasSuffix(" ") ? String(out.dropLast()) : out
  }

  /// A description: one line, no comment marker, no control characters.
  static func text(_ s: String) -> String {
    String(
      String.UnicodeScalarView(
        s.unicodeScalars.map { $0.properties.generalCategory == .control || $0 == ";" ? " " : $0 }))
  }
}
