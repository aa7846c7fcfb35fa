import Testing

@testable import DebtCore

/// Issue 13: a payment due inside a public-holiday block carries the warning in the lead-time
/// notices' own text — so `debtdeck notify` sends it — with the same wording as the brief.
@Suite("Holiday warning in the lead-time notices")
struct HolidayNoticeTests {
  /// ¥1,000 bullet due 2026-10-03, inside National Day (2026-10-01 … 10-08; the last working day
  /// before it is Wednesday 2026-09-30).
  var loan: Portfolio {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-09-03",
        dueDay: 3))
    return p
  }

  @Test(
    "each lead's notice says it, in English and Chinese, and the notice sent is that text",
    arguments: [7, 3, 1, 0])
  func leads(_ lead: Int) throws {
    let today = day("2026-10-03").adding(days: -lead)
    let notices = ReminderEngine.reminders(portfolio: loan, settings: Settings(), today: today).filter {
      $0.kind == .due
    }
    let notice = try #require(notices.first, "no lead-time notice on \(today)")
    #expect(
      notice.message.en.hasSuffix(" — in the National Day holiday, transfers may not post: pay by 2026-09-30")
    )
    #expect(notice.message.zh.hasSuffix(" — 到期日在国庆节假期内，转账可能延迟入账：请在 2026-09-30 前还款"))
    let sent = Notice.single(notice)
    #expect(sent.lines.map(\.en) == [notice.message.en])
    // The brief's item shows the same words (one function for them).
    let item = try #require(DailyBrief(portfolio: loan, today: today).upcoming.first)
    #expect(item.holidayWarning == ChinaCalendar.holidayPaymentWarning(day("2026-10-03")))
    #expect(notice.message.en.contains(try #require(item.holidayWarning).en))
  }

  @Test("a payment due outside a holiday block gets no warning")
  func plainDay() throws {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-10-15",
        dueDay: 15))
    let notice = try #require(
      ReminderEngine.reminders(portfolio: p, settings: Settings(), today: day("2026-11-12")).first {
        $0.kind == .due
      })
    #expect(!notice.message.en.contains("holiday") && !notice.message.zh.contains("假期"))
    #expect(ChinaCalendar.holidayPaymentWarning(day("2026-11-15")) == nil)
  }
}
