/// How a court period is counted (Civil Code arts. 201, 203; Civil Procedure Law art. 85): the day
/// of receipt is not counted, and a period whose last day is a rest day ends on the next working
/// day. Weekends are rest days here; public holidays come from `isPublicHoliday`, the hook a
/// holiday table fills (none is shipped yet, so the user must check holidays — the app says so).
public struct CourtCalendar: Sendable {
  /// Whether a day is a public holiday (not a weekend).
  public var isPublicHoliday: @Sendable (LocalDate) -> Bool

  public init(isPublicHoliday: @escaping @Sendable (LocalDate) -> Bool) {
    self.isPublicHoliday = isPublicHoliday
  }

  /// Weekends only: no holiday table yet.
  public static let weekendsOnly = CourtCalendar { _ in false }

  public func isRestDay(_ day: LocalDate) -> Bool { day.isWeekend || isPublicHoliday(day) }

  /// The last day of a period of `days` calendar days that starts the day after `received`.
  public func lastDay(received: LocalDate, days: Int) -> LocalDate {
    var end = received.adding(days: days)
    while isRestDay(end) { end = end.adding(days: 1) }
    return end
  }
}
