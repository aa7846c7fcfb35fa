/// Working days on mainland China's calendar: Monday to Friday, less the public holidays, plus
/// the weekend days the State Council makes working days (调休). Years without published data
/// count Monday to Friday, and say that a date may move.
public enum ChinaCalendar {
  /// A run of days off for one holiday.
  public struct HolidayBlock: Hashable, Sendable {
    public let name: LocalizedText
    public let first: LocalDate
    public let last: LocalDate
  }

  struct YearData {
    let source: String
    let blocks: [HolidayBlock]
    let holidays: Set<LocalDate>
    let workdays: Set<LocalDate>
  }

  static let data: [Int: YearData] = {
    var out: [Int: YearData] = [:]
    for year in ChinaHolidays.years {
      var blocks: [HolidayBlock] = []
      var holidays: Set<LocalDate> = []
      for b in year.blocks {
        guard let first = try? LocalDate(iso: b.from), let last = try? LocalDate(iso: b.to) else { continue }
        blocks.append(HolidayBlock(name: b.name, first: first, last: last))
        var d = first
        while d <= last {
          holidays.insert(d)
          d = d.adding(days: 1)
        }
      }
      let workdays = Set(year.workdays.compactMap { try? LocalDate(iso: $0) })
      out[year.year] = YearData(source: year.source, blocks: blocks, holidays: holidays, workdays: workdays)
    }
    return out
  }()

  /// Whether the year's holidays are known (its State Council notice is in the data).
  public static func hasData(for year: Int) -> Bool { data[year] != nil }

  /// The notice the year's data comes from, if any.
  public static func source(for year: Int) -> String? { data[year]?.source }

  /// Whether banks and courts work on `date`.
  public static func isWorkingDay(_ date: LocalDate) -> Bool {
    if let year = data[date.year] {
      if year.workdays.contains(date) { return true }
      if year.holidays.contains(date) { return false }
    }
    return date.weekday <= 5
  }

  /// The holiday block `date` falls in, if any.
  public static func holiday(containing date: LocalDate) -> HolidayBlock? {
    data[date.year]?.blocks.first { $0.first <= date && date <= $0.last }
  }

  /// The first working day on or after `date`: where a deadline that ends on a day off moves to
  /// (民法典 art. 203).
  public static func nextWorkingDay(onOrAfter date: LocalDate) -> LocalDate {
    var d = date
    while !isWorkingDay(d) { d = d.adding(days: 1) }
    return d
  }

  /// The day `n` working days after `date` (the day itself not counted).
  public static func adding(workingDays n: Int, to date: LocalDate) -> LocalDate {
    var d = date
    var left = n
    while left > 0 {
      d = d.adding(days: 1)
      if isWorkingDay(d) { left -= 1 }
    }
    return d
  }

  /// A warning for a due date inside a holiday block: a transfer made then may not post until
  /// the next working day, so pay on the working day before. For a year without data, a note
  /// that the holidays are not known yet. Nil otherwise.
  public static func dueDateWarning(_ date: LocalDate) -> LocalizedText? {
    if let block = holiday(containing: date) {
      let before = lastWorkingDay(before: block.first)
      return LocalizedText(
        en:
          "\(date) falls in the \(block.name.en) holiday (\(block.first)–\(block.last)): a transfer may not post until \(nextWorkingDay(onOrAfter: block.last)); pay by \(before) to be safe, or check how your lender treats holidays",
        zh:
          "\(date) 在\(block.name.zh)假期内（\(block.first) 至 \(block.last)）：转账可能到 \(nextWorkingDay(onOrAfter: block.last)) 才入账；稳妥起见请在 \(before) 前还款，或向机构确认节假日规则"
      )
    }
    if !hasData(for: date.year) {
      return LocalizedText(
        en:
          "the \(date.year) public holidays are not published yet: working days are counted Monday–Friday and the date may move",
        zh: "\(date.year) 年节假日安排尚未公布：按周一至周五计算工作日，日期可能变动")
    }
    return nil
  }

  /// The short warning beside a payment due inside a holiday block — in the brief, the detail
  /// screen, `show` and the lead-time notices `debtdeck notify` sends: one wording everywhere.
  public static func holidayPaymentWarning(_ date: LocalDate) -> LocalizedText? {
    guard let block = holiday(containing: date) else { return nil }
    let before = lastWorkingDay(before: block.first)
    return LocalizedText(
      en: "in the \(block.name.en) holiday, transfers may not post: pay by \(before)",
      zh: "到期日在\(block.name.zh)假期内，转账可能延迟入账：请在 \(before) 前还款")
  }

  /// The last working day before `date`.
  public static func lastWorkingDay(before date: LocalDate) -> LocalDate {
    var d = date.adding(days: -1)
    while !isWorkingDay(d) { d = d.adding(days: -1) }
    return d
  }
}
