/// How a lender quoted the price of a loan.
public enum RateBasis: String, Codable, Sendable, CaseIterable {
  /// 日利率: per day on the outstanding balance.
  case daily
  /// 月利率: per month on the outstanding balance.
  case monthly
  /// 月手续费率 / 分期费率: per month on the *original* principal.
  case flatMonthly = "flat-monthly"
  /// 年化利率: nominal per year on the outstanding balance.
  case apr
}

/// An exact fraction `numerator / denominator`, used to charge interest without rounding drift.
public struct RateFraction: Hashable, Sendable {
  public let numerator: Int64
  public let denominator: Int64

  public var value: Double { Double(numerator) / Double(denominator) }

  public init(numerator: Int64, denominator: Int64) {
    self.numerator = numerator
    self.denominator = denominator
  }

  /// No charge at all.
  public static let zero = RateFraction(numerator: 0, denominator: 1)

  /// `amount × self`, rounded half-up to a whole minor unit (四舍五入).
  public func of(_ amount: Int64) -> Int64 {
    let product = Int128(amount) * Int128(numerator)
    let d = Int128(denominator)
    let q = product / d
    let r = product % d
    if r * 2 >= d { return Int64(clamping: q + 1) }
    if r * 2 <= -d { return Int64(clamping: q - 1) }
    return Int64(clamping: q)
  }
}

/// A quoted rate, kept as given (basis and value) so it can be shown back exactly as the
/// lender wrote it; every other figure is derived.
public struct Rate: Hashable, Sendable {
  public var basis: RateBasis
  /// The rate as a fraction scaled by 10¹⁰ (1% = 100,000,000). Exact for up to 8 decimals of a percent.
  public var scaled: Int64

  public static let scale: Int64 = 10_000_000_000

  public init(basis: RateBasis, scaled: Int64) {
    self.basis = basis
    self.scaled = scaled
  }

  /// A rate of `percent` (e.g. `"0.05"` for 0.05%) on `basis`.
  public init(basis: RateBasis, percent: String) throws(RateParseError) {
    self.basis = basis
    self.scaled = try Rate.parsePercent(percent)
  }

  /// The quoted value in percent, as text: `0.05`, `18.25`.
  public var percentText: String {
    let perPercent: Int64 = 100_000_000
    let whole = scaled / perPercent
    var fraction = String(scaled % perPercent)
    fraction = String(repeating: "0", count: 8 - fraction.count) + fraction
    while fraction.hasSuffix("0") { fraction.removeLast() }
    return fraction.isEmpty ? String(whole) : "\(whole).\(fraction)"
  }

  /// The fraction charged each month on the outstanding balance (or, for a flat fee, on the
  /// original principal). A daily rate becomes daily × 365 / 12.
  public var monthly: RateFraction {
    switch basis {
    case .daily: return RateFraction(numerator: scaled * 365, denominator: Rate.scale * 12)
    case .monthly, .flatMonthly: return RateFraction(numerator: scaled, denominator: Rate.scale)
    case .apr: return RateFraction(numerator: scaled, denominator: Rate.scale * 12)
    }
  }

  /// The fraction charged per day on an overdue amount before any penalty multiplier.
  public var daily: RateFraction {
    switch basis {
    case .daily: return RateFraction(numerator: scaled, denominator: Rate.scale)
    case .monthly, .flatMonthly: return RateFraction(numerator: scaled * 12, denominator: Rate.scale * 365)
    case .apr: return RateFraction(numerator: scaled, denominator: Rate.scale * 365)
    }
  }

  /// The nominal yearly rate a lender would print (daily × 365, monthly × 12). For a flat fee this
  /// is the misleading 12 × fee; the true cost comes from `TrueAPR`.
  public var nominalAnnual: Double {
    switch basis {
    case .daily: return Double(scaled) * 365 / Double(Rate.scale)
    case .monthly, .flatMonthly: return Double(scaled) * 12 / Double(Rate.scale)
    case .apr: return Double(scaled) / Double(Rate.scale)
    }
  }

  /// Reads `0.05`, `0.05%`, `18.25 %` (a percentage, never a fraction).
  public static func parsePercent(_ text: String) throws(RateParseError) -> Int64 {
    var s = text.trimmingSpaces
    if s.hasSuffix("%") || s.hasSuffix("％") { s.removeLast() }
    s = s.trimmingSpaces
    guard !s.isEmpty else {
      throw RateParseError(input: text, reason: LocalizedText(en: "no rate given", zh: "没有填写利率"))
    }
    if s.hasPrefix("-") {
      throw RateParseError(input: text, reason: LocalizedText(en: "a rate cannot be negative", zh: "利率不能为负"))
    }
    var whole: Int64 = 0
    var fractionDigits: [Int64] = []
    var seenPoint = false
    for scalar in s.unicodeScalars {
      if let d = scalar.asciiDigitValue {
        if seenPoint {
          fractionDigits.append(Int64(d))
        } else {
          whole = whole * 10 + Int64(d)
          guard whole <= 1000 else {
            throw RateParseError(
              input: text,
              reason: LocalizedText(en: "more than 1000% is not a plausible rate", zh: "超过 1000% 的利率不合理"))
          }
        }
      } else if scalar == "." && !seenPoint {
        seenPoint = true
      } else {
        throw RateParseError(
          input: text,
          reason: LocalizedText(en: "type a percentage like 0.05 or 18.25", zh: "请输入百分数，如 0.05 或 18.25"))
      }
    }
    guard fractionDigits.count <= 8 else {
      throw RateParseError(
        input: text, reason: LocalizedText(en: "more than 8 decimal places", zh: "小数超过 8 位"))
    }
    var scaled = whole
    for i in 0..<8 { scaled = scaled * 10 + (i < fractionDigits.count ? fractionDigits[i] : 0) }
    return scaled
  }
}

extension Rate: Codable {
  enum CodingKeys: String, CodingKey { case basis, percent }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    basis = try c.decode(RateBasis.self, forKey: .basis)
    let text = try c.decode(String.self, forKey: .percent)
    do {
      scaled = try Rate.parsePercent(text)
    } catch {
      throw DecodingError.invalid(error.text, forKey: .percent, in: c)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(basis, forKey: .basis)
    try c.encode(percentText, forKey: .percent)
  }
}

/// Why a rate was not accepted.
public struct RateParseError: Error, Equatable, Sendable, CustomStringConvertible {
  public let input: String
  /// What is wrong, in every language.
  public let why: LocalizedText
  public var reason: String { why.en }
  public var description: String { text.en }

  public init(input: String, reason: LocalizedText) {
    self.input = input
    self.why = reason
  }

  public var text: LocalizedText {
    LocalizedText(en: "“\(input)” is not a rate: \(why.en)", zh: "“\(input)” 不是有效的利率：\(why.zh)")
  }
}
