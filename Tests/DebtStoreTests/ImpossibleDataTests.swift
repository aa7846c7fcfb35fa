import DebtCore
import Foundation
import Testing

@testable import DebtStore

/// Issue 18, items 3 and 12: data no DebtDeck could have written is refused by the loader (and so
/// by `import` and `doctor`, which load through it) with the path of the field.
@Suite("Impossible data is refused")
struct ImpossibleDataTests {
  /// A portfolio with one debt, one payment, one contact with a promise, two agreements and an
  /// offer, as the store writes it, edited by `edit` and loaded again.
  static func load(after edit: (inout [String: Any]) -> Void) throws -> StoreError? {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { p in
      let id = p.add(sampleDebt())
      _ = p.record(Payment(id: "", debt: id, date: LocalDate(ordinal: 20_510), amount: 500))
      let day = LocalDateTime(date: LocalDate(ordinal: 20_520), hour: 10)
      let first = p.appendContact(
        ContactEntry(
          at: day, direction: .inbound, channel: .call, summary: "call",
          promises: [ContactPromise(by: .me, due: LocalDate(ordinal: 20_530), amount: 100)]), to: id)
      _ = p.appendContact(
        ContactEntry(at: day, direction: .outbound, channel: .call, summary: "fix", corrects: first.id),
        to: id)
      for _ in 0..<2 {
        _ = p.appendAgreement(
          Agreement(
            madeOn: LocalDate(ordinal: 20_520), kind: .installments, confirmed: .writing,
            schedule: [Agreement.Payment(date: LocalDate(ordinal: 20_540), amount: 700)]), to: id)
      }
      var file = p.caseFile(for: id)
      file.offer = OfferInputs(monthlyIncome: 500_000, essentialSpending: 200_000)
      p.cases[id] = file
    }
    let url = URL(fileURLWithPath: dir.location.portfolioFile)
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    edit(&object)
    try JSONSerialization.data(withJSONObject: object).write(to: url)
    do {
      _ = try store.load()
      return nil
    } catch {
      return error
    }
  }

  static func edit(_ object: inout [String: Any], _ path: [Any], _ value: Any) {
    func set(_ node: Any, _ rest: ArraySlice<Any>) -> Any {
      guard let key = rest.first else { return value }
      if let k = key as? String, var d = node as? [String: Any] {
        d[k] = set(d[k] as Any, rest.dropFirst())
        return d
      }
      if let i = key as? Int, var a = node as? [Any] {
        a[i] = set(a[i], rest.dropFirst())
        return a
      }
      return node
    }
    object = set(object, path[...]) as? [String: Any] ?? object
  }

  @Test("the untouched file loads")
  func baseline() throws {
    #expect(try ImpossibleDataTests.load { _ in } == nil)
  }

  @Test(
    "each impossible value is refused with its path",
    arguments: [
      (
        ["cases", "d1", "agreements", 0, "schedule", 0, "amount"], Int64.max,
        "cases.d1.agreements[0].schedule[0].amount"
      ),
      (
        ["cases", "d1", "agreements", 0, "schedule", 0, "amount"], -700,
        "cases.d1.agreements[0].schedule[0].amount"
      ),
      (["cases", "d1", "agreements", 1, "id"], "a1", "cases.d1.agreements[1].id"),
      (["cases", "d1", "contacts", 1, "id"], "c1", "cases.d1.contacts[1].id"),
      (["cases", "d1", "contacts", 1, "corrects"], "c2", "cases.d1.contacts[1].corrects"),
      (["cases", "d1", "contacts", 1, "corrects"], "c99", "cases.d1.contacts[1].corrects"),
      (
        ["cases", "d1", "contacts", 0, "promises", 0, "amount"], 0, "cases.d1.contacts[0].promises[0].amount"
      ),
      (["cases", "d1", "offer", "monthlyIncome"], -1, "cases.d1.offer.monthlyIncome"),
      (["payments", 0, "amount"], 100_000_000_000_001, "payments[0].amount"),
      (["debts", 0, "principal"], 100_000_000_000_001, "debts[0].principal"),
      (["nextPaymentNumber"], Int.max, "nextPaymentNumber"),
      (["nextDebtNumber"], Int.max, "nextDebtNumber"),
      (["nextDebtNumber"], 0, "nextDebtNumber"),
      (["payments", 0, "id"], "", "payments[0].id"),
      (["cases", "d1", "contacts", 1, "corrects"], "", "cases.d1.contacts[1].corrects"),
    ] as [([any Sendable], any Sendable, String)])
  func refused(_ path: [any Sendable], _ value: any Sendable, _ expected: String) throws {
    let error = try ImpossibleDataTests.load { ImpossibleDataTests.edit(&$0, path, value) }
    guard case .invalid(_, let problems, _) = error else {
      Issue.record("expected the data to be refused as inconsistent, got \(String(describing: error))")
      return
    }
    #expect(problems.map(\.path).contains(expected), "\(problems)")
  }

  @Test("the largest amount DebtDeck keeps is exactly 10¹⁴ minor units")
  func limit() throws {
    let path: [Any] = ["cases", "d1", "agreements", 0, "schedule", 0, "amount"]
    #expect(try ImpossibleDataTests.load { ImpossibleDataTests.edit(&$0, path, 100_000_000_000_000) } == nil)
    #expect(try ImpossibleDataTests.load { ImpossibleDataTests.edit(&$0, path, 100_000_000_000_001) } != nil)
  }

  @Test("quiet hours outside 0–1439 minutes are refused in settings", arguments: ["24:00", "-1:00", "07:60"])
  func quietHours(_ time: String) throws {
    let dir = TempDirectory()
    try dir.write(
      "config/settings.json", #"{"schemaVersion": 1, "contactRules": {"quietFrom": "\#(time)"}}"#)
    #expect {
      _ = try SettingsStore(location: dir.location).load()
    } throws: { error in
      (error as? StoreError)?.description.contains("contactRules.quietFrom") == true
    }
  }

  @Test("a truncated data file is reported with its line and column, not as another program's file")
  func truncated() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    let bytes = try #require(dir.bytes("data/portfolio.json"))
    try Data(bytes.prefix(bytes.count / 2)).write(to: URL(fileURLWithPath: dir.location.portfolioFile))
    #expect {
      _ = try store.load()
    } throws: { error in
      guard case .unreadable(_, let line, let column, _, _) = error as? StoreError else { return false }
      return line != nil && column != nil
    }
  }
}

@Suite("Id counters at their limit")
struct CounterLimitTests {
  @Test("a counter at the limit loads, and a debt and a payment can still be added")
  func atLimit() throws {
    let limit = Portfolio.counterLimit
    #expect(limit == 1_000_000_000)
    #expect(
      try ImpossibleDataTests.load {
        ImpossibleDataTests.edit(&$0, ["nextPaymentNumber"], limit)
        ImpossibleDataTests.edit(&$0, ["nextDebtNumber"], limit)
      } == nil)
    var p = Portfolio(nextDebtNumber: limit, nextPaymentNumber: limit)
    let id = p.add(sampleDebt())
    #expect(id == "d1000000000")
    #expect(
      p.record(Payment(id: "", debt: id, date: LocalDate(ordinal: 20_510), amount: 500)) == "p1000000000")
    #expect(p.problems().map(\.path).contains("nextPaymentNumber"))
  }
}
