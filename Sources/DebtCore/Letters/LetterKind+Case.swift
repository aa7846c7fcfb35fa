extension LetterKind {
  /// The letters that fit this debt and what its case holds: besides `available(for:)`, the
  /// request to stop contacting third parties once a contact with a third party is logged, and
  /// the credit-report objection when the lender reports to the credit bureau (征信).
  public static func available(for debt: Debt, caseFile: CaseFile) -> [LetterKind] {
    let thirdParty = caseFile.contacts.contains { $0.thirdParty || $0.flags.contains(.thirdParty) }
    return available(for: debt.kind).filter {
      switch $0 {
      case .stopThirdParty: return thirdParty
      case .creditObjection: return debt.reportsToCreditBureau
      default: return true
      }
    }
  }
}
