/// Several strategies on the same debts and budget, side by side, against the minimums-only baseline.
public struct PlanComparison: Sendable {
  public let results: [PlanResult]
  public let baseline: PlanResult

  public init(
    planner: Planner, budget: Int64, extras: [PlanExtra] = [], custom: [String] = [],
    effect: ExtraEffect = .shortenTerm
  ) {
    var strategies: [PlanStrategy] = [.avalanche, .snowball, .triage]
    if !custom.isEmpty { strategies.append(.custom) }
    results = strategies.map {
      planner.run(budget: budget, strategy: $0, extras: extras, custom: custom, effect: effect)
    }
    baseline = planner.run(
      budget: budget, strategy: .minimums, extras: extras, custom: custom, effect: effect)
  }

  /// Interest saved against paying only the minimums (negative: costs more).
  public func saved(_ result: PlanResult) -> Int64 { baseline.totalInterest - result.totalInterest }

  /// The result that pays the least interest (ties: the earlier debt-free date).
  public var best: PlanResult? {
    results.min { ($0.totalInterest, $0.monthCount) < ($1.totalInterest, $1.monthCount) }
  }
}
