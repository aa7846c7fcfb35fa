/// A calendar date and a time of day to the minute, in the user's own clock (no time zone): when a
/// call came in, as the person would write it down.
public struct LocalDateTime: Hashable, Comparable, Sendable, CustomStringConvertible {
  public let date: LocalDate
  /// Minutes since midnight, 0 ..< 1440.
  public let minuteOfDay: Int

  public init(date: LocalDate, hour: Int = 0, minute: Int = 0) {
    self.date = date
    self.minuteOfDay = min(max(hour, 0), 23) * 60 + min(max(minute, 0), 59)
  }

  public var hour: Int { minuteOfDay / 60 }
  public var minute: Int { minuteOfDay % 60 }

  public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
    (a.date, a.minuteOfDay) < (b.date, b.minuteOfDay)
  }

  /// `2026-11-23 14:05`.
  public var description: String {
    let h = hour < 10 ? "0\(hour)" : "\(hour)"
    let m = minute < 10 ? "0\(minute)" : "\(minute)"
    return "\(date) \(h):\(m)"
  }

  /// Parses `2026-11-23 14:05`, `2026-11-23T14:05`, `2026/11/23 9:05` or a bare date (midnight).
  public init(parsing text: String) throws(DateParseError) {
    let trimmed = text.trimmingSpaces
    let separator = trimmed.firstIndex { $0 == "T" || $0 == " " }
    let datePart = separator.map { String(trimmed[..<$0]) } ?? trimmed
    let date = try LocalDate(lenient: datePart)
    guard let separator else {
      self.init(date: date)
      return
    }
    let timePart = String(trimmed[trimmed.index(after: separator)...]).trimmingSpaces
    let pieces = timePart.split(separator: ":", omittingEmptySubsequences: false)
    guard pieces.count == 2 || pieces.count == 3, let h = Int(pieces[0]), let m = Int(pieces[1]),
      (0...23).contains(h), (0...59).contains(m), pieces[1].count == 2
    else {
      throw DateParseError(
        input: text,
        reason: LocalizedText(en: "expected a time like 2026-11-23 14:05", zh: "应为 2026-11-23 14:05 这样的时间"))
    }
    self.init(date: date, hour: h, minute: m)
  }
}

extension LocalDateTime: Codable {
  public init(from decoder: any Decoder) throws {
    let c = try decoder.singleValueContainer()
    let text = try c.decode(String.self)
    do {
      self = try LocalDateTime(parsing: text)
    } catch {
      throw DecodingError.invalid(error.text, in: c)
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.singleValueContainer()
    try c.encode(description)
  }
}
