extension String {
  /// Text of several lines (notes, what was said) for plain output: each line escaped like
  /// `terminalSafe` and indented by `indent`, so a line break in the data starts a line of the
  /// report rather than showing as `^J`.
  public func safeLines(indent: String) -> [String] {
    split(separator: "\n", omittingEmptySubsequences: false).map { indent + String($0).terminalSafe }
  }
}
