/// An ISO 4217 currency: its code, the symbol shown before amounts, and how many minor digits.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
  public let code: String

  public init?(code: String) {
    let upper = code.uppercased()
    guard upper.count == 3, upper.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) }) else {
      return nil
    }
    self.code = upper
  }

  public static let cny = Currency(known: "CNY")
  public static let usd = Currency(known: "USD")

  private init(known code: String) { self.code = code }

  /// Digits after the decimal point (2 for most; 0 for yen and won).
  public var minorDigits: Int {
    switch code {
    case "JPY", "KRW", "VND", "IDR", "CLP", "ISK": return 0
    default: return 2
    }
  }

  public var symbol: String {
    switch code {
    case "CNY": return "¥"
    case "USD": return "$"
    case "EUR": return "€"
    case "GBP": return "£"
    case "JPY": return "JP¥"
    case "HKD": return "HK$"
    case "TWD": return "NT$"
    case "KRW": return "₩"
    default: return code + " "
    }
  }

  public var description: String { code }

  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    guard let currency = Currency(code: text) else {
      throw DecodingError.invalid(
        LocalizedText(
          en: "“\(text)” is not a three-letter currency code", zh: "“\(text)” 不是三个字母的货币代码"),
        in: container)
    }
    self = currency
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(code)
  }
}
