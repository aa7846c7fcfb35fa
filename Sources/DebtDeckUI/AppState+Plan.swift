import DebtCore

extension AppState {
  /// The strategies the Plan screen compares, for its budget and what-if switch: the one place
  /// both the screen and its month-by-month page get their plan from.
  func planComparison(_ planner: Planner) -> PlanComparison {
    PlanComparison(
      planner: planner, budget: effectiveBudget(planner), extras: planWhatIf ? [whatIfExtra] : [])
  }
}
