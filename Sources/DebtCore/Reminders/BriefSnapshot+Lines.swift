/// The brief cache's own text format: one record per line, fields separated by tabs, with `\`,
/// tab, newline and carriage return escaped. Read by hand, because `debtdeck today` runs in every
/// new shell and a generic decoder costs more to start than the brief takes to compute.
///
///     D  id name lender kind currency principal basis scaled upfrontFee method term start dueDay
///        statementDay grace multiplier compound reports minimum lateFee order notes archived dayCount
///     K  debt date penaltyOut penaltyAccrued feesOut feesCharged paid paidPenalty paidFees
///        overpaid paidByFirstDue rows (i,p,pending,confirmed;…) penaltyUnit
///     F  id debt date text                      a follow-up
///     S  reminderID state date                  a reminder state
///     E  debt id at direction channel filing summary      a contact kept for the reminders
///     R  debt contactID by due amount text      a promise of that contact
///     V  debt contactID agreed                  that contact's verbal agreement, still open
///     A  debt id madeOn kind confirmed settles summary    an agreement
///     Q  debt agreementID date amount           a payment of its schedule
///     P  id debt date amount                    a payment (the sums the case reminders read)
///     L  debt id kind received hearing caseNumber      a court event
///     N  debt given on                          whether the lender notified before reporting
extension BriefSnapshot {
  public static let linesHeader = "debtdeck-brief-cache 3"

  public struct FormatError: Error, CustomStringConvertible {
    public let line: Int
    public let reason: String
    public var description: String { "brief cache line \(line): \(reason)" }
  }

  public func lines() -> String {
    var out: [String] = [BriefSnapshot.linesHeader]
    func row(_ fields: [String]) { out.append(fields.map(BriefSnapshot.escape).joined(separator: "\t")) }
    for d in debts {
      row([
        "D", d.id, d.name, d.lender, d.kind.rawValue, d.currency.code, "\(d.principal)",
        d.rate.basis.rawValue,
        "\(d.rate.scaled)", "\(d.upfrontFee)", d.method.rawValue, "\(d.termMonths)", d.startDate.description,
        "\(d.dueDay)", d.statementDay.map { "\($0)" } ?? "", "\(d.graceDays)", "\(d.penaltyMultiplier)",
        d.compoundPenalty ? "1" : "0", d.reportsToCreditBureau ? "1" : "0", "\(d.minimumPercent)",
        "\(d.lateFeePercent)", d.allocationOrder.map(\.rawValue).joined(separator: ","), d.notes,
        d.archived ? "1" : "0", d.dayCount.rawValue,
      ])
    }
    for id in checkpoints.keys.sorted() {
      guard let c = checkpoints[id] else { continue }
      row([
        "K", id, c.date.description, "\(c.penaltyOutstanding)", "\(c.penaltyAccrued)", "\(c.feesOutstanding)",
        "\(c.feesCharged)", "\(c.paidTotal)", "\(c.paidPenalty)", "\(c.paidFees)", "\(c.overpaid)",
        "\(c.paidByFirstDue)",
        c.rows.map { $0.joined(separator: ",") }.joined(separator: ";"), c.penaltyUnit,
      ])
    }
    for f in followUps { row(["F", f.id, f.debt ?? "", f.date.description, f.text]) }
    for id in reminderStates.keys.sorted() {
      switch reminderStates[id] {
      case .done(let d)?: row(["S", id, "done", d.description])
      case .dismissed(let d)?: row(["S", id, "dismissed", d.description])
      case .snoozed(let d)?: row(["S", id, "snoozed", d.description])
      case nil: break
      }
    }
    for id in cases.keys.sorted() {
      guard let file = cases[id] else { continue }
      for e in file.contacts {
        row([
          "E", id, e.id, e.at.description, e.direction.rawValue, e.channel.rawValue, e.filing?.rawValue ?? "",
          e.summary,
        ])
        for p in e.promises {
          row(["R", id, e.id, p.by.rawValue, p.due.description, p.amount.map { "\($0)" } ?? "", p.text])
        }
        if e.verbalAgreement { row(["V", id, e.id, e.agreed]) }
      }
      for a in file.agreements {
        row([
          "A", id, a.id, a.madeOn.description, a.kind.rawValue, a.confirmed.rawValue,
          a.settlesDebt ? "1" : "0",
          a.summary,
        ])
        for p in a.schedule { row(["Q", id, a.id, p.date.description, "\(p.amount)"]) }
      }
      for k in file.courtEvents {
        row([
          "L", id, k.id, k.kind.rawValue, k.received.description, k.hearing?.description ?? "", k.caseNumber,
        ])
      }
      if let n = file.preReportNotice { row(["N", id, n.given.rawValue, n.on?.description ?? ""]) }
    }
    for p in payments { row(["P", p.id, p.debt, p.date.description, "\(p.amount)"]) }
    return out.joined(separator: "\n") + "\n"
  }

  public init(lines text: Substring) throws(FormatError) {
    version = BriefSnapshot.currentVersion
    debts = []
    checkpoints = [:]
    followUps = []
    reminderStates = [:]
    cases = [:]
    payments = []
    var contacts: [String: [ContactEntry]] = [:]
    var agreements: [String: [Agreement]] = [:]
    var court: [String: [CourtEvent]] = [:]
    var notices: [String: PreReportNotice] = [:]
    var caseOrder: [String] = []
    var number = 0
    // Bytes, not characters: tabs and newlines are ASCII, and grapheme breaking costs more than
    // the whole brief.
    for rawLine in text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false) {
      number += 1
      if number == 1 {
        guard rawLine.elementsEqual(BriefSnapshot.linesHeader.utf8) else {
          throw FormatError(line: 1, reason: "not a brief cache")
        }
        continue
      }
      if rawLine.isEmpty { continue }
      let f = rawLine.split(separator: 0x09, omittingEmptySubsequences: false).map {
        BriefSnapshot.unescape(String(decoding: $0, as: UTF8.self))
      }
      let r = Reader(fields: f, line: number)
      switch f[0] {
      case "D":
        guard f.count == 25 else { throw FormatError(line: number, reason: "a debt has 25 fields") }
        let basis = try r.parse(7, RateBasis.init(rawValue:))
        let debt = Debt(
          id: f[1], name: f[2], lender: f[3], kind: try r.parse(4, ProductKind.init(rawValue:)),
          currency: try r.parse(5, Currency.init(code:)), principal: try r.int(6),
          rate: Rate(basis: basis, scaled: try r.int(8)), upfrontFee: try r.int(9),
          method: try r.parse(10, RepaymentMethod.init(rawValue:)), termMonths: Int(try r.int(11)),
          startDate: try r.date(12), dueDay: Int(try r.int(13)),
          statementDay: f[14].isEmpty ? nil : Int(try r.int(14)), graceDays: Int(try r.int(15)),
          penaltyMultiplier: try r.parse(16, Double.init), compoundPenalty: f[17] == "1",
          reportsToCreditBureau: f[18] == "1", minimumPercent: Int(try r.int(19)),
          lateFeePercent: Int(try r.int(20)),
          allocationOrder: try f[21].split(separator: ",").map { part throws(FormatError) in
            guard let p = AllocationPart(rawValue: String(part)) else {
              throw FormatError(line: number, reason: "unknown allocation part")
            }
            return p
          }, notes: f[22], archived: f[23] == "1", dayCount: try r.parse(24, DayCount.init(rawValue:)))
        debts.append(debt)
      case "K":
        guard f.count == 14 else { throw FormatError(line: number, reason: "a checkpoint has 14 fields") }
        let rows = try f[12].split(separator: ";").map { row throws(FormatError) -> [String] in
          let values = row.split(separator: ",").map(String.init)
          guard values.count == 4, values.allSatisfy({ Int128($0) != nil }) else {
            throw FormatError(line: number, reason: "a row has 4 numbers")
          }
          return values
        }
        for i in [3, 4, 13] where Int128(f[i]) == nil {
          throw FormatError(line: number, reason: "field \(i + 1) is not a whole number")
        }
        checkpoints[f[1]] = LedgerCheckpoint(
          date: try r.date(2), rows: rows, penaltyOutstanding: f[3], penaltyAccrued: f[4], penaltyUnit: f[13],
          feesOutstanding: try r.int(5), feesCharged: try r.int(6), paidTotal: try r.int(7),
          paidPenalty: try r.int(8), paidFees: try r.int(9), overpaid: try r.int(10),
          paidByFirstDue: try r.int(11))
      case "F":
        guard f.count == 5 else { throw FormatError(line: number, reason: "a follow-up has 5 fields") }
        followUps.append(FollowUp(id: f[1], debt: f[2].isEmpty ? nil : f[2], date: try r.date(3), text: f[4]))
      case "S":
        guard f.count == 4 else { throw FormatError(line: number, reason: "a reminder state has 4 fields") }
        let date = try r.date(3)
        switch f[2] {
        case "done": reminderStates[f[1]] = .done(on: date)
        case "dismissed": reminderStates[f[1]] = .dismissed(on: date)
        case "snoozed": reminderStates[f[1]] = .snoozed(until: date)
        default: throw FormatError(line: number, reason: "unknown reminder state")
        }
      case "E":
        guard f.count == 8 else { throw FormatError(line: number, reason: "a contact has 8 fields") }
        guard let at = try? LocalDateTime(parsing: f[3]) else {
          throw FormatError(line: number, reason: "bad time")
        }
        var entry = ContactEntry(
          at: at, direction: try r.parse(4, ContactDirection.init(rawValue:)),
          channel: try r.parse(5, ContactChannel.init(rawValue:)), summary: f[7],
          filing: f[6].isEmpty ? nil : try r.parse(6, Filing.init(rawValue:)))
        entry.id = f[2]
        if contacts[f[1]] == nil && agreements[f[1]] == nil && court[f[1]] == nil && notices[f[1]] == nil {
          caseOrder.append(f[1])
        }
        contacts[f[1], default: []].append(entry)
      case "R":
        guard f.count == 7, var list = contacts[f[1]], let last = list.indices.last, list[last].id == f[2]
        else {
          throw FormatError(line: number, reason: "a promise must follow its contact")
        }
        list[last].promises.append(
          ContactPromise(
            by: try r.parse(3, ContactPromise.Party.init(rawValue:)), due: try r.date(4),
            amount: f[5].isEmpty ? nil : try r.int(5), text: f[6]))
        contacts[f[1]] = list
      case "V":
        guard f.count == 4, var list = contacts[f[1]], let last = list.indices.last, list[last].id == f[2]
        else {
          throw FormatError(line: number, reason: "a verbal agreement must follow its contact")
        }
        list[last].verbalAgreement = true
        list[last].agreed = f[3]
        contacts[f[1]] = list
      case "A":
        guard f.count == 8 else { throw FormatError(line: number, reason: "an agreement has 8 fields") }
        var a = Agreement(
          madeOn: try r.date(3), kind: try r.parse(4, Agreement.Kind.init(rawValue:)),
          confirmed: try r.parse(5, Agreement.Confirmation.init(rawValue:)), summary: f[7],
          settlesDebt: f[6] == "1")
        a.id = f[2]
        if contacts[f[1]] == nil && agreements[f[1]] == nil && court[f[1]] == nil && notices[f[1]] == nil {
          caseOrder.append(f[1])
        }
        agreements[f[1], default: []].append(a)
      case "Q":
        guard f.count == 5, var list = agreements[f[1]], let last = list.indices.last, list[last].id == f[2]
        else {
          throw FormatError(line: number, reason: "a scheduled payment must follow its agreement")
        }
        list[last].schedule.append(Agreement.Payment(date: try r.date(3), amount: try r.int(4)))
        agreements[f[1]] = list
      case "L":
        guard f.count == 7 else { throw FormatError(line: number, reason: "a court event has 7 fields") }
        var k = CourtEvent(
          kind: try r.parse(3, CourtEventKind.init(rawValue:)), received: try r.date(4), caseNumber: f[6],
          hearing: f[5].isEmpty ? nil : try r.date(5))
        k.id = f[2]
        if contacts[f[1]] == nil && agreements[f[1]] == nil && court[f[1]] == nil && notices[f[1]] == nil {
          caseOrder.append(f[1])
        }
        court[f[1], default: []].append(k)
      case "N":
        guard f.count == 4 else {
          throw FormatError(line: number, reason: "a pre-report notice has 4 fields")
        }
        let n = PreReportNotice(
          given: try r.parse(2, PreReportNotice.Given.init(rawValue:)), on: f[3].isEmpty ? nil : try r.date(3)
        )
        if contacts[f[1]] == nil && agreements[f[1]] == nil && court[f[1]] == nil && notices[f[1]] == nil {
          caseOrder.append(f[1])
        }
        notices[f[1]] = n
      case "P":
        guard f.count == 5 else { throw FormatError(line: number, reason: "a payment has 5 fields") }
        payments.append(Payment(id: f[1], debt: f[2], date: try r.date(3), amount: try r.int(4)))
      default:
        throw FormatError(line: number, reason: "unknown record “\(f[0])”")
      }
    }
    reminderStates = ReminderEngine.migrated(reminderStates)
    for id in caseOrder {
      var file = CaseFile(
        debt: id, contacts: contacts[id] ?? [], agreements: agreements[id] ?? [], courtEvents: court[id] ?? []
      )
      file.preReportNotice = notices[id]
      cases[id] = file
    }
  }

  struct Reader {
    let fields: [String]
    let line: Int

    func int(_ i: Int) throws(FormatError) -> Int64 {
      guard let v = Int64(fields[i]) else {
        throw FormatError(line: line, reason: "field \(i) is not a number")
      }
      return v
    }

    func date(_ i: Int) throws(FormatError) -> LocalDate {
      guard let d = try? LocalDate(iso: fields[i]) else {
        throw FormatError(line: line, reason: "field \(i) is not a date")
      }
      return d
    }

    func parse<T>(_ i: Int, _ make: (String) -> T?) throws(FormatError) -> T {
      guard let v = make(fields[i]) else { throw FormatError(line: line, reason: "field \(i) is not valid") }
      return v
    }
  }

  static func escape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return s }
    var out = ""
    for ch in s.unicodeScalars {
      switch ch {
      case "\\": out += "\\\\"
      case "\t": out += "\\t"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      default: out.unicodeScalars.append(ch)
      }
    }
    return out
  }

  static func unescape(_ s: String) -> String {
    guard s.utf8.contains(0x5C) else { return s }
    var out = ""
    var escaping = false
    for ch in s.unicodeScalars {
      if escaping {
        switch ch {
        case "t": out += "\t"
        case "n": out += "\n"
        case "r": out += "\r"
        default: out.unicodeScalars.append(ch)
        }
        escaping = false
      } else if ch == "\\" {
        escaping = true
      } else {
        out.unicodeScalars.append(ch)
      }
    }
    return out
  }
}
