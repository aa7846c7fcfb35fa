import DebtCore
import Foundation
import TerminalUI

/// The stable `--json` shapes. Amounts are integers in minor units (fen) with the currency code
/// beside them; dates are "YYYY-MM-DD". Fields are only ever added, never renamed or removed.
struct DebtSummaryJSON: Encodable {
  let id: String
  let name: String
  let lender: String
  let kind: String
  let currency: String
  let principal: Int64
  let balance: Int64
  let paid: Int64
  let overdue: Int64
  let penalty: Int64
  let daysPastDue: Int
  let stage: String
  let nextDueDate: String?
  let nextDueAmount: Int64?
  let archived: Bool
  /// True APR as fractions (0.1358 = 13.58%): simple (12·r) and compound ((1+r)^12 − 1).
  let trueAPRSimple: Double?
  let trueAPRCompound: Double?

  init(_ debt: Debt, _ status: DebtStatus) {
    id = debt.id
    name = debt.name
    lender = debt.lender
    kind = debt.kind.rawValue
    currency = debt.currency.code
    principal = debt.principal
    balance = status.payoffAmount
    paid = status.paidTotal
    overdue = status.overdueAmount
    penalty = status.penalty
    daysPastDue = status.daysPastDue
    stage = status.stage.rawValue
    nextDueDate = status.nextPayment?.date.description
    nextDueAmount = status.nextPayment?.amount
    archived = debt.archived
    let apr = TrueAPR(debt: debt, schedule: status.schedule)
    trueAPRSimple = apr.map { ($0.simple * 1_000_000).rounded() / 1_000_000 }
    trueAPRCompound = apr.map { ($0.compound * 1_000_000).rounded() / 1_000_000 }
  }
}

struct InstallmentJSON: Encodable {
  let number: Int
  let dueDate: String
  let principal: Int64
  let interest: Int64
  let total: Int64
  let state: String
}

struct PaymentJSON: Encodable {
  let id: String
  let date: String
  let amount: Int64
  let note: String
}

/// One agenda item of `today --json`: a late debt, or an installment (or agreed payment) due.
struct BriefItemJSON: Encodable {
  let debt: String
  let name: String
  let stage: String
  /// due-soon, due-today, in-grace or overdue.
  let state: String
  let date: String
  let amount: Int64
  let currency: String
  let daysPastDue: Int
  let installment: Int?
  let agreed: Bool
  let overdueAmount: Int64
  /// Penalty owed (accrued and unpaid) and all penalty accrued so far.
  let penalty: Int64
  let penaltyAccrued: Int64
  let fees: Int64
  /// The id of the open notice on this line (for `debtdeck remind`), if any.
  let notice: String?
}

func printJSON(_ value: some Encodable) throws {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
  let data = try encoder.encode(value)
  printOut(SafeText.escapeJSON(String(decoding: data, as: UTF8.self)))
}
