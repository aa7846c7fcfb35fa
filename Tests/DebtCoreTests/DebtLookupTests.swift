import Testing

@testable import DebtCore

/// `pay CMB 100`: which debt a name means. FINDINGS: "CMB" silently matched "CMB card".
@Suite("Finding a debt by its name")
struct DebtLookupTests {
  static func portfolio(_ names: [String]) -> Portfolio {
    var p = Portfolio()
    for (i, name) in names.enumerated() {
      var d = makeDebt()
      d.id = "d\(i + 1)"
      d.name = name
      p.debts.append(d)
    }
    return p
  }

  static func found(_ reference: String, in names: [String]) -> String? {
    try? portfolio(names).resolveDebt(reference).get().id
  }

  @Test("the whole name wins over a name that starts with it or contains it")
  func exactFirst() {
    #expect(DebtLookupTests.found("CMB", in: ["CMB card", "CMB", "My CMB loan"]) == "d2")
    #expect(DebtLookupTests.found("cmb", in: ["CMB card", "CMB"]) == "d2")
    #expect(DebtLookupTests.found("d1", in: ["d2", "x"]) == "d1")
  }

  @Test("else the one name that starts with it, else the one that contains it")
  func prefixThenPart() {
    #expect(DebtLookupTests.found("CMB", in: ["CMB card", "My CMB loan"]) == "d1")
    #expect(DebtLookupTests.found("card", in: ["CMB card", "ICBC loan"]) == "d1")
    #expect(DebtLookupTests.found("借呗", in: ["微粒贷", "蚂蚁借呗"]) == "d2")
  }

  @Test("several at the closest kind of match: says which, by id and name, in both languages")
  func ambiguous() {
    let p = DebtLookupTests.portfolio(["CMB card", "CMB loan", "My CMB"])
    guard case .failure(let e) = p.resolveDebt("CMB") else {
      Issue.record("“CMB” should match two names that start with it")
      return
    }
    #expect(e == .ambiguous("CMB", ["d1 CMB card", "d2 CMB loan"]))
    #expect(e.text.en.contains("d1 CMB card, d2 CMB loan"))
    #expect(e.text.zh.contains("d1 CMB card、d2 CMB loan"))
    guard case .failure(.notFound) = p.resolveDebt("HSBC") else {
      Issue.record("“HSBC” matches nothing")
      return
    }
  }
}
