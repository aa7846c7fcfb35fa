import DebtCore
import Foundation

/// Upgrades a stored document one schema version at a time. Each step takes the JSON object of
/// version N and returns version N+1. The original file is kept as a backup before the upgraded
/// one is written.
public struct Migration: Sendable {
  public let from: Int
  public let upgrade: @Sendable ([String: Any]) throws -> [String: Any]

  public init(from: Int, upgrade: @escaping @Sendable ([String: Any]) throws -> [String: Any]) {
    self.from = from
    self.upgrade = upgrade
  }

  /// The migrations of the portfolio file, one per schema step.
  public static let portfolio: [Migration] = [
    // 1 → 2: the penalty engine's contract terms are written out on every debt, with the values
    // schema 1 implied (no late fee; fees, penalty, interest, principal).
    Migration(from: 1) { old in
      var new = old
      guard let debts = old["debts"] as? [[String: Any]] else { return new }
      new["debts"] = debts.map { debt -> [String: Any] in
        var d = debt
        if d["lateFeePercent"] == nil { d["lateFeePercent"] = 0 }
        if d["allocationOrder"] == nil {
          d["allocationOrder"] = ["fees", "penalty", "interest", "principal"]
        }
        return d
      }
      return new
    },
    // 2 → 3: follow-ups and what the user did with reminders (empty for an older file).
    Migration(from: 2) { old in
      var new = old
      if new["followUps"] == nil { new["followUps"] = [Any]() }
      if new["reminderStates"] == nil { new["reminderStates"] = [String: Any]() }
      return new
    },
    // 3 → 4: case files (guide progress, contact log, agreements), none for an older file.
    Migration(from: 3) { old in
      var new = old
      if new["cases"] == nil { new["cases"] = [String: Any]() }
      return new
    },
  ]

  /// Runs every step from `version` to `target`.
  static func run(_ object: [String: Any], from version: Int, to target: Int, using steps: [Migration])
    throws -> [String: Any]
  {
    var current = object
    var v = version
    while v < target {
      guard let step = steps.first(where: { $0.from == v }) else {
        throw MigrationError(
          en: "no upgrade from schema \(v) to \(v + 1) is known", zh: "不知道如何从格式版本 \(v) 升级到 \(v + 1)")
      }
      current = try step.upgrade(current)
      v += 1
      current["schemaVersion"] = v
    }
    return current
  }
}

public struct MigrationError: Error, CustomStringConvertible {
  public let text: LocalizedText
  public init(en: String, zh: String) { self.text = LocalizedText(en: en, zh: zh) }
  public var message: String { text.en }
  public var description: String { text.en }
}
