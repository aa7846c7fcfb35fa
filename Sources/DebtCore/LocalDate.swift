/// A calendar date with no time of day and no time zone: what a due date is.
///
/// Stored as `"YYYY-MM-DD"` in JSON and parsed by hand (a date formatter is many times slower
/// and depends on the process's locale and time zone).
public struct LocalDate: Hashable, Comparable, Sendable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a date, or returns nil when the day does not exist (2026-02-30, month 13).
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      day >= 1, day <= LocalDate.daysIn(month: month, year: year)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  private init(unchecked year: Int, _ month: Int, _ day: Int) {
    self.year = year
    self.month = month
    self.day = day
  }

  public static func isLeap(_ year: Int) -> Bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
  }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return isLeap(year) ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  /// Days since 1970-01-01 (negative before it). The civil-from-days algorithm of H. Hinnant.
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The date `ordinal` days after 1970-01-01.
  public init(ordinal: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.init(unchecked: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
  }

  public func adding(days: Int) -> LocalDate { LocalDate(ordinal: ordinal + days) }

  /// Days from `self` to `other` (positive when `other` is later).
  public func days(to other: LocalDate) -> Int { other.ordinal - ordinal }

  /// The same day `months` months later; a day that the target month lacks becomes its last day
  /// (Jan 31 + 1 month = Feb 28 or 29).
  public func adding(months: Int) -> LocalDate {
    LocalDate.clamped(year: year, month: month + months, day: day)
  }

  /// The date in `month` of `year` (month may run past 12 or below 1) on `day`, or on the last day
  /// of that month when it is shorter. This is how a due day of 29–31 behaves.
  public static func clamped(year: Int, month: Int, day: Int) -> LocalDate {
    let zeroBased = year * 12 + (month - 1)
    let y = zeroBased >= 0 ? zeroBased / 12 : (zeroBased - 11) / 12
    let m = zeroBased - y * 12 + 1
    let d = min(max(day, 1), daysIn(month: m, year: y))
    return LocalDate(unchecked: y, m, d)
  }

  /// Monday = 1 … Sunday = 7 (ISO 8601).
  public var weekday: Int {
    let w = (ordinal + 3) % 7  // 1970-01-01 was a Thursday (ISO 4)
    return (w < 0 ? w + 7 : w) + 1
  }

  public var firstOfMonth: LocalDate { LocalDate(unchecked: year, month, 1) }

  public static func < (lhs: LocalDate, rhs: LocalDate) -> Bool {
    (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
  }
}

extension LocalDate: CustomStringConvertible {
  /// `YYYY-MM-DD`.
  public var description: String {
    var s = ""
    s.reserveCapacity(10)
    LocalDate.append(year, width: 4, to: &s)
    s.append("-")
    LocalDate.append(month, width: 2, to: &s)
    s.append("-")
    LocalDate.append(day, width: 2, to: &s)
    return s
  }

  /// `YYYY-MM`: the month, as plans and calendars name it.
  public var yearMonth: String { String(description.prefix(7)) }

  private static func append(_ value: Int, width: Int, to s: inout String) {
    let digits = String(value)
    if digits.count < width { s.append(String(repeating: "0", count: width - digits.count)) }
    s.append(digits)
  }
}

/// Why a date string was not accepted.
public struct DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
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
    LocalizedText(en: "“\(input)” is not a date: \(why.en)", zh: "“\(input)” 不是日期：\(why.zh)")
  }
}

extension LocalDate {
  /// Parses exactly `YYYY-MM-DD`.
  public init(iso text: some StringProtocol) throws(DateParseError) {
    let bytes = Array(text.utf8)
    guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else {
      throw DateParseError(
        input: String(text), reason: LocalizedText(en: "expected YYYY-MM-DD", zh: "应为 YYYY-MM-DD 格式"))
    }
    func number(_ range: Range<Int>) -> Int? {
      var n = 0
      for i in range {
        let b = bytes[i]
        guard b >= 48, b <= 57 else { return nil }
        n = n * 10 + Int(b - 48)
      }
      return n
    }
    guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else {
      throw DateParseError(
        input: String(text), reason: LocalizedText(en: "expected YYYY-MM-DD", zh: "应为 YYYY-MM-DD 格式"))
    }
    guard let date = LocalDate(year: y, month: m, day: d) else {
      throw DateParseError(
        input: String(text), reason: LocalizedText(en: "no such day in the calendar", zh: "日历上没有这一天"))
    }
    self = date
  }

  /// Parses the forms people type: `2026-03-05`, `2026/3/5`, `2026.3.5`, `2026年3月5日`.
  public init(lenient text: String) throws(DateParseError) {
    let trimmed = text.trimmingSpaces
    var parts: [Int] = []
    var current: Int? = nil
    for scalar in trimmed.unicodeScalars {
      if let digit = scalar.asciiDigitValue {
        let next = (current ?? 0) * 10 + digit
        guard next < 100_000 else {
          throw DateParseError(input: text, reason: LocalizedText(en: "number too large", zh: "数字太大"))
        }
        current = next
      } else if "-/.年月日 ".unicodeScalars.contains(scalar) {
        if let c = current { parts.append(c) }
        current = nil
      } else {
        throw DateParseError(
          input: text, reason: LocalizedText(en: "expected a date like 2026-03-05", zh: "应为 2026-03-05 这样的日期")
        )
      }
    }
    if let c = current { parts.append(c) }
    guard parts.count == 3 else {
      throw DateParseError(
        input: text,
        reason: LocalizedText(
          en: "expected year, month and day, like 2026-03-05", zh: "应有年、月、日，例如 2026-03-05"))
    }
    guard let date = LocalDate(year: parts[0], month: parts[1], day: parts[2]) else {
      throw DateParseError(
        input: text, reason: LocalizedText(en: "no such day in the calendar", zh: "日历上没有这一天"))
    }
    self = date
  }
}

extension LocalDate: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text = try container.decode(String.self)
    do {
      self = try LocalDate(iso: text)
    } catch {
      throw DecodingError.invalid(error.text, in: container)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

extension Unicode.Scalar {
  /// 0–9 for ASCII and full-width digits (an input method may type either), else nil.
  var asciiDigitValue: Int? {
    switch value {
    case 0x30...0x39: return Int(value - 0x30)
    case 0xFF10...0xFF19: return Int(value - 0xFF10)
    default: return nil
    }
  }
}

extension String {
  /// The string without leading and trailing white space (including the ideographic space).
  var trimmingSpaces: String {
    let scalars = unicodeScalars
    guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[start...end])
  }
}
