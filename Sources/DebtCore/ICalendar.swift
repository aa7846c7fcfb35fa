/// An RFC 5545 calendar of upcoming installments: one all-day event per unpaid installment on its
/// due date, with an alarm at each reminder lead time and a stable UID, so importing the file
/// again updates the events instead of duplicating them. Court deadlines and hearings are added
/// (`ICalendar+Court.swift`).
public enum ICalendar {
  public static func document(
    portfolio: Portfolio, settings: Settings, today: LocalDate, language: Language, months: Int = 12
  ) -> String {
    var lines = [
      "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//DebtDeck//DebtDeck//EN", "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH", "X-WR-CALNAME:" + escape(LocalizedText(en: "Debt due dates", zh: "还款日")(language)),
    ]
    let stamp = compact(today) + "T000000Z"
    let until = today.adding(months: months)
    let byDebt = portfolio.paymentsByDebt()
    let statuses = portfolio.statuses(asOf: today)
    for debt in portfolio.debts where !debt.archived {
      guard let status = statuses[debt.id] else { continue }
      // While an agreement is in force its payments are what falls due, not the schedule's.
      if status.stage == .agreementInForce {
        let agreed = CaseSummary.agreedPaymentsDue(
          portfolio.cases[debt.id], payments: byDebt[debt.id] ?? [], today: today)
        for p in agreed where p.date >= today && p.date <= until {
          let amount = Money.format(p.amount, debt.currency)
          let summary = LocalizedText(
            en: "\(debt.name): agreed payment \(amount) due", zh: "\(debt.name)：协议还款 \(amount)")(language)
          lines += event(
            uid: "debtdeck-\(debt.id)-agreed-\(p.date)", stamp: stamp, date: p.date, summary: summary,
            description: summary, leads: settings.reminderLeadDays)
        }
        continue
      }
      for (inst, covered) in zip(status.schedule.installments, status.covered)
      where covered < inst.total && inst.dueDate >= today && inst.dueDate <= until {
        let amount = Money.format(inst.total - covered, debt.currency)
        let summary = LocalizedText(
          en: "\(debt.name): \(amount) due", zh: "\(debt.name)：应还 \(amount)")(language)
        let description = LocalizedText(
          en:
            "Installment \(inst.number) of \(status.schedule.installments.count) to \(debt.lender.isEmpty ? debt.name : debt.lender).",
          zh:
            "第 \(inst.number)/\(status.schedule.installments.count) 期，还给\(debt.lender.isEmpty ? debt.name : debt.lender)。"
        )(language)
        lines += event(
          uid: "debtdeck-\(debt.id)-\(inst.number)", stamp: stamp, date: inst.dueDate, summary: summary,
          description: description, leads: settings.reminderLeadDays)
      }
    }
    lines += courtEvents(
      portfolio: portfolio, settings: settings, today: today, language: language, stamp: stamp)
    lines.append("END:VCALENDAR")
    return lines.map(fold).joined(separator: "\r\n") + "\r\n"
  }

  static func event(
    uid: String, stamp: String, date: LocalDate, summary: String, description: String, leads: [Int]
  ) -> [String] {
    var lines = [
      "BEGIN:VEVENT", "UID:\(uid)@debtdeck.invalid", "DTSTAMP:\(stamp)",
      "DTSTART;VALUE=DATE:\(compact(date))", "DTEND;VALUE=DATE:\(compact(date.adding(days: 1)))",
      "SUMMARY:" + escape(summary), "DESCRIPTION:" + escape(description), "TRANSP:TRANSPARENT",
    ]
    for lead in Set(leads).sorted(by: >) {
      // All-day events start at midnight: remind at 09:00 on the day `lead` days before.
      let trigger = lead == 0 ? "PT9H" : "-P\(lead - 1)DT15H"
      lines += [
        "BEGIN:VALARM", "ACTION:DISPLAY", "TRIGGER:\(trigger)", "DESCRIPTION:" + escape(summary),
        "END:VALARM",
      ]
    }
    lines.append("END:VEVENT")
    return lines
  }

  static func compact(_ d: LocalDate) -> String { d.description.replacingAll("-", with: "") }

  /// TEXT escaping (RFC 5545 §3.3.11); control characters are dropped.
  static func escape(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case ";": out += "\\;"
      case ",": out += "\\,"
      case "\n": out += "\\n"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  /// Folds a line at 75 octets without splitting a UTF-8 character (RFC 5545 §3.1).
  static func fold(_ line: String) -> String {
    var out = ""
    var octets = 0
    for c in line {
      let n = String(c).utf8.count
      if octets + n > 75 {
        out += "\r\n "
        octets = 1
      }
      out.append(c)
      octets += n
    }
    return out
  }
}
