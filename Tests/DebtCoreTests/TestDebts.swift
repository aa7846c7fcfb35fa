@testable import DebtCore

/// Builds debts for tests with only the fields that matter spelled out.
func makeDebt(
  principal: Int64 = 1_000_000, basis: RateBasis = .apr, percent: String = "12",
  method: RepaymentMethod = .equalInstallment, term: Int = 12, start: String = "2026-01-15",
  dueDay: Int = 15, grace: Int = 0, kind: ProductKind = .bankLoan, multiplier: Double = 1.5,
  compound: Bool = false, dayCount: DayCount? = nil
) -> Debt {
  Debt(
    id: "d1", name: "test", lender: "bank", kind: kind, principal: principal,
    // Test inputs are literals known to parse.
    rate: (try? Rate(basis: basis, percent: percent)) ?? Rate(basis: basis, scaled: 0),
    method: method, termMonths: term, startDate: day(start), dueDay: dueDay, graceDays: grace,
    penaltyMultiplier: multiplier, compoundPenalty: compound, dayCount: dayCount)
}

func day(_ s: String) -> LocalDate {
  (try? LocalDate(iso: s)) ?? LocalDate(ordinal: 0)
}
