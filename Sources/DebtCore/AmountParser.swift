/// Why an amount typed by a user was not accepted. The message says what to type instead.
public enum AmountError: Error, Equatable, Sendable, CustomStringConvertible {
  case empty
  case negative(String)
  case notANumber(String)
  case tooManyDecimals(String, allowed: Int)
  case tooLarge(String)
  case misplacedComma(String)

  public var description: String {
    switch self {
    case .empty: return "no amount given"
    case .negative(let s): return "“\(s)” is negative; amounts must be 0 or more"
    case .notANumber(let s): return "“\(s)” is not an amount; type digits like 1234.50"
    case .tooManyDecimals(let s, let allowed):
      return "“\(s)” has more than \(allowed) decimal places"
    case .tooLarge(let s): return "“\(s)” is too large (at most 1,000,000,000,000)"
    case .misplacedComma(let s):
      return "“\(s)” has a comma in the wrong place; use 1,234.50 or 1234.50"
    }
  }

  /// The message in every language.
  public var text: LocalizedText {
    switch self {
    case .empty: return LocalizedText(en: description, zh: "没有填写金额")
    case .negative(let s): return LocalizedText(en: description, zh: "“\(s)” 是负数；金额必须为 0 或以上")
    case .notANumber(let s): return LocalizedText(en: description, zh: "“\(s)” 不是金额；请输入如 1234.50 的数字")
    case .tooManyDecimals(let s, let allowed):
      return LocalizedText(en: description, zh: "“\(s)” 的小数超过 \(allowed) 位")
    case .tooLarge(let s): return LocalizedText(en: description, zh: "“\(s)” 太大（最多 1,000,000,000,000）")
    case .misplacedComma(let s):
      return LocalizedText(en: description, zh: "“\(s)” 中的逗号位置不对；请写 1,234.50 或 1234.50")
    }
  }
}

/// Reads amounts the way people type them: `1234.5`, `1,234.50`, `¥88`, `￥88元`, `CNY 88`,
/// full-width digits from an input method. Rejects negatives, exponents and extra decimals.
public enum AmountParser {
  /// The largest amount accepted, in major units.
  public static let maximumMajor: Int64 = 1_000_000_000_000

  /// Parses `text` into minor units of a currency with `minorDigits` decimals.
  public static func parse(_ text: String, minorDigits: Int = 2) throws(AmountError) -> Int64 {
    var s = text.trimmingSpaces
    guard !s.isEmpty else { throw AmountError.empty }
    if s.hasPrefix("-") || s.hasPrefix("−") { throw AmountError.negative(text) }
    if s.hasPrefix("+") { s.removeFirst() }
    for prefix in ["CNY", "RMB", "USD", "EUR", "HKD", "¥", "￥", "$", "€", "£"] where s.hasPrefix(prefix) {
      s.removeFirst(prefix.count)
      s = s.trimmingSpaces
      break
    }
    for suffix in ["元", "CNY", "RMB"] where s.hasSuffix(suffix) {
      s.removeLast(suffix.count)
      s = s.trimmingSpaces
      break
    }
    if s.hasPrefix("-") || s.hasPrefix("−") { throw AmountError.negative(text) }
    guard !s.isEmpty else { throw AmountError.notANumber(text) }

    var whole: [Int] = []
    var fraction: [Int] = []
    var seenPoint = false
    var commaPositions: [Int] = []
    for scalar in s.unicodeScalars {
      if let d = scalar.asciiDigitValue {
        if seenPoint { fraction.append(d) } else { whole.append(d) }
      } else if scalar == "." || scalar == "。" || scalar == "．" {
        guard !seenPoint else { throw AmountError.notANumber(text) }
        seenPoint = true
      } else if scalar == "," || scalar == "，" {
        guard !seenPoint else { throw AmountError.misplacedComma(text) }
        commaPositions.append(whole.count)
      } else {
        throw AmountError.notANumber(text)
      }
    }
    guard !whole.isEmpty || !fraction.isEmpty else { throw AmountError.notANumber(text) }
    if !commaPositions.isEmpty {
      // Every group after a comma has exactly three digits; the first has one to three.
      let first = commaPositions[0]
      guard first >= 1, first <= 3 else { throw AmountError.misplacedComma(text) }
      for (i, p) in commaPositions.enumerated() {
        let next = i + 1 < commaPositions.count ? commaPositions[i + 1] : whole.count
        guard next - p == 3 else { throw AmountError.misplacedComma(text) }
      }
    }
    guard fraction.count <= minorDigits else {
      throw AmountError.tooManyDecimals(text, allowed: minorDigits)
    }
    let significant = whole.drop(while: { $0 == 0 })
    guard significant.count <= 13 else { throw AmountError.tooLarge(text) }
    var major: Int64 = 0
    for d in significant { major = major * 10 + Int64(d) }
    guard major <= maximumMajor else { throw AmountError.tooLarge(text) }
    var minor = major
    var scale: Int64 = 1
    for i in 0..<minorDigits {
      minor = minor * 10 + Int64(i < fraction.count ? fraction[i] : 0)
      scale *= 10
    }
    guard minor <= maximumMajor * scale else { throw AmountError.tooLarge(text) }
    return minor
  }
}
