extension LocalizedText {
  /// A number of days as a phrase: "1 day", "3 days"; "1 天", "3 天".
  public static func days(_ n: Int) -> LocalizedText {
    LocalizedText(en: n == 1 ? "1 day" : "\(n) days", zh: "\(n) 天")
  }

  /// A number of rows (of a CSV file) as a phrase: "1 row", "3 rows"; "1 行", "3 行".
  public static func rows(_ n: Int) -> LocalizedText {
    LocalizedText(en: n == 1 ? "1 row" : "\(n) rows", zh: "\(n) 行")
  }
}
