/// How a court period is counted (Civil Code arts. 201, 203; Civil Procedure Law art. 85): the day
/// of receipt is not counted, and a period whose last day is a rest day (a weekend or a public
/// holiday) ends on the next working day. `.china` reads the State Council's holiday data in
/// `ChinaCalendar`, where a make-up working weekend day (调休上班) is a working day; a year without
/// published data counts weekends only, and the app says the date may move.
public struct CourtCalendar: Sendable {
  /// Whether a day is a public holiday (not a weekend).
  public var isPublicHoliday: @Sendable (LocalDate) -> Bool
  /// Whether a weekend day is a working day all the same (调休上班).
  public var isMakeUpWorkday: @Sendable (LocalDate) -> Bool = { _ in false }

  public init(isPublicHoliday: @escaping @Sendable (LocalDate) -> Bool) {
    self.isPublicHoliday = isPublicHoliday
  }

  /// Weekends only: no holiday table.
  public static let weekendsOnly = CourtCalendar { _ in false }

  /// Mainland China's calendar: weekends, the public holidays and the make-up working days.
  public static let china: CourtCalendar = {
    var c = CourtCalendar { ChinaCalendar.holiday(containing: $0) != nil }
    c.isMakeUpWorkday = { $0.isWeekend && ChinaCalendar.isWorkingDay($0) }
    return c
  }()

  public func isRestDay(_ day: LocalDate) -> Bool {
    if isMakeUpWorkday(day) { return false }
    return day.isWeekend || isPublicHoliday(day)
  }

  /// The last day of a period of `days` calendar days that starts the day after `received`.
  public func lastDay(received: LocalDate, days: Int) -> LocalDate {
    var end = received.adding(days: days)
    while isRestDay(end) { end = end.adding(days: 1) }
    return end
  }

  /// Whether the holidays of the year a period ends in are known; without them only weekends
  /// move a deadline, and the date may still move.
  public static func holidaysKnown(for day: LocalDate) -> Bool { ChinaCalendar.hasData(for: day.year) }
}
