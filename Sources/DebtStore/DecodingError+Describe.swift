import DebtCore

extension DecodingError {
  /// "debts[2].principal: expected a whole number" — where and what, for a person, in every
  /// language. Foundation's own text ("Expected to decode Int64 but found a string instead.") is
  /// never shown: a value DebtDeck refused carries its reason as the underlying `LocalizedText`.
  public static func describe(_ error: DecodingError) -> LocalizedText {
    func path(_ keys: [any CodingKey]) -> LocalizedText {
      var s = ""
      for k in keys {
        if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
      }
      return s.isEmpty ? LocalizedText(en: "top level", zh: "最外层") : LocalizedText(en: s, zh: s)
    }
    func at(_ keys: [any CodingKey], _ en: String, _ zh: String) -> LocalizedText {
      let p = path(keys)
      return LocalizedText(en: "\(p.en): \(en)", zh: "\(p.zh)：\(zh)")
    }
    switch error {
    case .typeMismatch(let type, let c):
      let name = DecodingError.name(of: type)
      return at(c.codingPath, "expected \(name.en)", "应为\(name.zh)")
    case .valueNotFound(let type, let c):
      let name = DecodingError.name(of: type)
      return at(c.codingPath, "missing \(name.en)", "缺少\(name.zh)")
    case .keyNotFound(let key, let c):
      return at(c.codingPath + [key], "required field is missing", "缺少必填字段")
    case .dataCorrupted(let c):
      if let reason = c.underlyingError as? LocalizedText {
        return at(c.codingPath, reason.en, reason.zh)
      }
      return at(c.codingPath, "not a value DebtDeck can read here", "此处的值 DebtDeck 无法识别")
    @unknown default:
      return LocalizedText(en: "the data could not be read", zh: "无法读取数据")
    }
  }

  /// An error other than a `DecodingError` while reading a file: never its raw text.
  public static func unexpected(_ error: any Error) -> LocalizedText {
    if let error = error as? DecodingError { return describe(error) }
    if let text = error as? LocalizedText { return text }
    return LocalizedText(en: "the data could not be read", zh: "无法读取数据")
  }

  private static func name(of type: Any.Type) -> LocalizedText {
    switch type {
    case is Int.Type, is Int64.Type, is Int32.Type, is UInt.Type:
      return LocalizedText(en: "a whole number", zh: "整数")
    case is String.Type: return LocalizedText(en: "text", zh: "文本")
    case is Bool.Type: return LocalizedText(en: "true or false", zh: "true 或 false")
    case is Double.Type: return LocalizedText(en: "a number", zh: "数字")
    default:
      if "\(type)".hasPrefix("Array") { return LocalizedText(en: "a list", zh: "列表") }
      if "\(type)".hasPrefix("Dictionary") { return LocalizedText(en: "an object", zh: "对象") }
      return LocalizedText(en: "another kind of value", zh: "另一种类型的值")
    }
  }
}
