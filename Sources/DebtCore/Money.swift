/// An amount of money: an integer count of minor units (fen, cents) in one currency.
///
/// Never a floating-point number: every sum in DebtDeck is exact to the fen.
public struct Money: Hashable, Sendable, Comparable {
  public var minor: Int64
  public var currency: Currency

  public init(minor: Int64, currency: Currency = .cny) {
    self.minor = minor
    self.currency = currency
  }

  public static func zero(_ currency: Currency = .cny) -> Money { Money(minor: 0, currency: currency) }

  public static func < (lhs: Money, rhs: Money) -> Bool { lhs.minor < rhs.minor }
}

extension Money: CustomStringConvertible {
  /// `¥1,234.56`, `-¥5.00`.
  public var description: String { Money.format(minor, currency) }

  /// Formats minor units with the currency symbol and thousands separators.
  public static func format(_ minor: Int64, _ currency: Currency, symbol: Bool = true) -> String {
    let negative = minor < 0
    let magnitude = minor.magnitude
    let digits = currency.minorDigits
    var scale: UInt64 = 1
    for _ in 0..<digits { scale *= 10 }
    let whole = magnitude / scale
    let fraction = magnitude % scale
    var text = groupThousands(String(whole))
    if digits > 0 {
      let f = String(fraction)
      text += "." + String(repeating: "0", count: digits - f.count) + f
    }
    return (negative ? "-" : "") + (symbol ? currency.symbol : "") + text
  }

  private static func groupThousands(_ digits: String) -> String {
    var out = ""
    out.reserveCapacity(digits.count + digits.count / 3)
    for (i, c) in digits.enumerated() {
      if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
      out.append(c)
    }
    return out
  }

  /// Formats a plain decimal amount without symbol or separators, e.g. `1234.50` (for CSV, JSON).
  public static func plain(_ minor: Int64, _ currency: Currency) -> String {
    let negative = minor < 0
    let magnitude = minor.magnitude
    let digits = currency.minorDigits
    var scale: UInt64 = 1
    for _ in 0..<digits { scale *= 10 }
    var text = String(magnitude / scale)
    if digits > 0 {
      let f = String(magnitude % scale)
      text += "." + String(repeating: "0", count: digits - f.count) + f
    }
    return (negative ? "-" : "") + text
  }
}
