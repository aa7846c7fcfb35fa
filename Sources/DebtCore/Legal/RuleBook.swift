/// The rule book in force: the shipped table (`RuleBook.shipped`) with the user's overrides from
/// settings.json (`ruleOverrides`) applied. Every legal figure the legal track uses is read here.
public struct RuleBook: Hashable, Sendable {
  public private(set) var rules: [LegalRule]

  init(_ rules: [LegalRule]) { self.rules = rules }

  public subscript(_ id: RuleID) -> LegalRule {
    // Every id has an entry (a test checks it); the fallback keeps a lookup total.
    rules.first { $0.id == id }
      ?? LegalRule(
        id, "0", .count, LocalizedText(en: id.rawValue, zh: id.rawValue), source: "",
        verified: LocalDate(ordinal: 0))
  }

  /// The value of a numeric rule.
  public func number(_ id: RuleID) -> Int { self[id].number }
  /// The digits of a phone rule.
  public func phone(_ id: RuleID) -> String { self[id].value }

  /// The book with `overrides` replacing the shipped entries they name.
  public func applying(_ overrides: [RuleID: RuleOverride]) -> RuleBook {
    var out = self
    out.rules = rules.map { rule in
      guard let o = overrides[rule.id] else { return rule }
      var r = LegalRule(
        rule.id, o.value, rule.unit, rule.meaning, source: o.source ?? "your settings.json",
        verified: o.verified ?? rule.lastVerified, verify: rule.verify, cite: rule.cite)
      r.overridden = true
      return r
    }
    return out
  }

  /// What is wrong with the overrides (a value that is not a number where one is needed).
  public static func problems(_ overrides: [RuleID: RuleOverride]) -> [DataProblem] {
    overrides.keys.sorted { $0.rawValue < $1.rawValue }.compactMap { id in
      guard let o = overrides[id] else { return nil }
      let unit = RuleBook.shipped[id].unit
      if unit == .phone {
        return o.value.isEmpty || !o.value.allSatisfy(\.isASCII) || !o.value.allSatisfy(\.isNumber)
          ? DataProblem(
            path: "ruleOverrides.\(id.rawValue).value", message: "must be the digits of a phone number")
          : nil
      }
      guard let n = Int(o.value), n >= 0, n <= 100_000 else {
        return DataProblem(
          path: "ruleOverrides.\(id.rawValue).value",
          message: "“\(o.value)” is not a whole number of \(unit.rawValue)")
      }
      if unit == .hourOfDay && n > 23 {
        return DataProblem(path: "ruleOverrides.\(id.rawValue).value", message: "must be an hour, 0 to 23")
      }
      return nil
    }
  }
}

/// A user's replacement for one shipped rule, in settings.json:
/// `"ruleOverrides": {"court.summons-answer": {"value": "30", "source": "…", "verified": "2027-01-05"}}`.
public struct RuleOverride: Hashable, Sendable, Codable {
  public var value: String
  public var source: String?
  public var verified: LocalDate?
  public init(value: String, source: String? = nil, verified: LocalDate? = nil) {
    self.value = value
    self.source = source
    self.verified = verified
  }
}
