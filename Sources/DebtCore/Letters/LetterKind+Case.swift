extension LetterKind {
  /// The letters that fit this debt and what its case holds, before any court paper: besides
  /// `available(for:)`, the request to stop contacting third parties once a contact with a third
  /// party is logged, and the credit-report objection when the lender reports to the credit
  /// bureau (征信).
  public static func available(for debt: Debt, caseFile: CaseFile) -> [LetterKind] {
    available(for: debt.kind).filter { $0.fits(debt, caseFile: caseFile) }
  }

  /// Whether a letter that answers no court paper fits the debt and its case.
  func fits(_ debt: Debt, caseFile: CaseFile?) -> Bool {
    switch self {
    case .cardInstallment: return debt.kind == .creditCard
    case .stopThirdParty:
      return (caseFile?.contacts ?? []).contains { $0.thirdParty || $0.flags.contains(.thirdParty) }
    case .creditObjection: return debt.reportsToCreditBureau
    default: return true
    }
  }
}
