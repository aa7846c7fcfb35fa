extension Plausibility {
  /// The debts already called `name`: a second debt of that name makes the name ambiguous
  /// (`pay 借呗` would have to ask which one), so the app and the command line ask first.
  public static func sameName(_ name: String, in portfolio: Portfolio) -> [Debt] {
    portfolio.debts(named: name)
  }

  /// What to tell the user about adding a debt called `name` when `existing` already are.
  public static func sameNameMessage(_ name: String, existing: [Debt]) -> LocalizedText {
    let ids = existing.map(\.id)
    return LocalizedText(
      en: "a debt named “\(name)” already exists (\(ids.joined(separator: ", "))); "
        + "two debts of one name can be told apart only by their ids",
      zh: "已有名为“\(name)”的债务（\(ids.joined(separator: "、"))）；同名的债务只能靠编号区分")
  }
}
