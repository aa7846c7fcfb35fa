/// CSV for spreadsheets (RFC 4180), with every cell guarded against formula injection: a cell a
/// spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`, a tab or a carriage
/// return) gets a leading apostrophe, so it is shown as text.
public enum CSVWriter {
  public static func cell(_ value: String) -> String {
    var text = value
    // A text that already looks guarded (`'=x`) gets one more apostrophe, so that reading the
    // file back (which removes one) gives the text exactly.
    if let first = text.unicodeScalars.first, CSVWriter.formulaStarts.contains(first) || isGuarded(text) {
      text = "'" + text
    }
    if text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) {
      text = "\"" + text.replacingAll("\"", with: "\"\"") + "\""
    }
    return text
  }

  static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠"]

  /// Whether `text` is a cell as `cell` guards it: apostrophes, then a formula start.
  public static func isGuarded(_ text: String) -> Bool {
    let rest = text.unicodeScalars.drop { $0 == "'" }
    guard rest.count < text.unicodeScalars.count, let first = rest.first else { return false }
    return formulaStarts.contains(first)
  }

  /// A whole document: a header row and the rows, CRLF line ends (as Excel expects), with a
  /// UTF-8 byte order mark so Excel reads Chinese text correctly.
  public static func document(header: [String], rows: [[String]]) -> String {
    var out = "\u{FEFF}"
    for row in [header] + rows {
      out += row.map(cell).joined(separator: ",") + "\r\n"
    }
    return out
  }

  /// Debts with their status on `today`.
  public static func debts(_ portfolio: Portfolio, today: LocalDate) -> String {
    // The same statuses, with the case file's stage, as every screen and `list`.
    let statuses = portfolio.statuses(asOf: today)
    let rows = portfolio.debts.compactMap { d -> [String]? in
      guard let s = statuses[d.id] else { return nil }
      return [
        d.id, d.name, d.lender, d.kind.rawValue, d.currency.code, Money.plain(d.principal, d.currency),
        d.rate.basis.rawValue, d.rate.percentText, d.method.rawValue, String(d.termMonths),
        d.startDate.description,
        String(d.dueDay), String(d.graceDays), Money.plain(s.payoffAmount, d.currency),
        Money.plain(s.overdueAmount, d.currency), Money.plain(s.penalty, d.currency), s.stage.rawValue,
        s.nextPayment?.date.description ?? "", d.notes,
      ]
    }
    return document(
      header: [
        "id", "name", "lender", "kind", "currency", "principal", "rate_basis", "rate_percent", "method",
        "term_months",
        "start_date", "due_day", "grace_days", "balance", "overdue", "penalty", "stage", "next_due", "notes",
      ], rows: rows)
  }

  public static func payments(_ portfolio: Portfolio) -> String {
    let currencies = Dictionary(portfolio.debts.map { ($0.id, $0.currency) }, uniquingKeysWith: { a, _ in a })
    let names = Dictionary(portfolio.debts.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
    let rows = portfolio.payments.sorted { ($0.date, $0.id) < ($1.date, $1.id) }.map { p -> [String] in
      [
        p.id, p.debt, names[p.debt] ?? "", p.date.description,
        Money.plain(p.amount, currencies[p.debt] ?? .cny), p.note,
      ]
    }
    return document(header: ["id", "debt", "debt_name", "date", "amount", "note"], rows: rows)
  }
}

extension String {
  func replacingAll(_ target: Character, with replacement: String) -> String {
    var out = ""
    for c in self { if c == target { out += replacement } else { out.append(c) } }
    return out
  }
}
