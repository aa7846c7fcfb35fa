import Foundation
import Testing

@testable import DebtCore

@Suite("Notify: what one run sends")
struct NotifyPlannerTests {
  func at(_ date: String, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
    LocalDateTime(date: day(date), hour: hour, minute: minute)
  }

  func reminder(
    _ id: String, kind: ReminderKind = .due, date: String, event: String? = nil,
    severity: Reminder.Severity = .info
  ) -> Reminder {
    Reminder(
      id: id, kind: kind, date: day(date), eventDate: day(event ?? date), debtID: "d1", severity: severity,
      amount: 100, message: LocalizedText(en: "msg \(id)", zh: "消息 \(id)"))
  }

  /// Runs the planner as `debtdeck notify` would and keeps the state it asks to record.
  func run(_ reminders: [Reminder], _ state: inout NotifySentState, _ now: LocalDateTime) -> [Notice] {
    switch NotifyPlanner.plan(reminders: reminders, sent: state, now: now, settings: .standard) {
    case .send(let notices, let next):
      state = next
      return notices
    default: return []
    }
  }

  /// One bullet installment of 1,010.00 due 2026-03-01, never paid.
  var loan: Portfolio {
    var p = Portfolio()
    p.add(
      makeDebt(
        principal: 100_000, basis: .apr, percent: "12", method: .bullet, term: 1, start: "2026-02-01",
        dueDay: 1))
    return p
  }

  @Test("day by day: each lead time once, then the overdue debt once a day; a second run sends nothing")
  func oncePerDay() {
    // Written from the settings, not from the engine: lead days 7, 3, 1, 0 before 03-01.
    let announce: Set<String> = ["2026-02-22", "2026-02-26", "2026-02-28", "2026-03-01"]
    var state = NotifySentState()
    var date = day("2026-02-18")
    while date <= day("2026-03-08") {
      let reminders = ReminderEngine.reminders(portfolio: loan, settings: Settings(), today: date)
      let morning = run(reminders, &state, LocalDateTime(date: date, hour: 10))
      let afternoon = run(reminders, &state, LocalDateTime(date: date, hour: 15))
      let overdue = date > day("2026-03-01")
      let expected = announce.contains(date.description) || overdue ? 1 : 0
      #expect(morning.count == expected, "\(date): \(morning.map(\.reminders))")
      #expect(afternoon.isEmpty, "\(date): a second run sent \(afternoon.map(\.reminders))")
      if overdue { #expect(morning.first?.single?.kind == .overdue, "\(date)") }
      date = date.adding(days: 1)
    }
  }

  @Test("the same stable id for an overdue debt is sent again on each new day, a due one never again")
  func stableIDs() {
    var state = NotifySentState()
    let late = reminder(
      "late:d1:1", kind: .overdue, date: "2026-03-02", event: "2026-03-01", severity: .danger)
    let due = reminder("due:d2:1", date: "2026-03-02")
    #expect(run([late, due], &state, at("2026-03-02", 9)).count == 2)
    #expect(run([late, due], &state, at("2026-03-02", 18)).isEmpty)
    let next = run([late, due], &state, at("2026-03-03", 9))
    #expect(next.map { $0.single?.id } == ["late:d1:1"])
  }

  @Test("after days without a run: one summary of everything, not a flood")
  func catchUp() {
    var state = NotifySentState(sent: [:], lastNotice: at("2026-03-01", 9), lastChannel: "desktop")
    let missed = [
      reminder("a", kind: .overdue, date: "2026-03-06", event: "2026-03-01", severity: .danger),
      reminder("b", date: "2026-03-03", event: "2026-03-10", severity: .warning),
      reminder("c", kind: .followUp, date: "2026-03-04"),
    ]
    let notices = run(missed, &state, at("2026-03-06", 9))
    #expect(notices.count == 1)
    let summary = notices[0]
    #expect(summary.isSummary)
    #expect(summary.severity == .danger)
    #expect(Set(summary.reminders.map(\.id)) == ["a", "b", "c"])
    #expect(summary.lines.map(\.en) == ["msg a", "msg b", "msg c"])
    #expect(summary.title.en == "DebtDeck — 3 reminders, 1 overdue, since 2026-03-03")
    #expect(summary.title.zh == "DebtDeck — 3 条提醒，逾期 1 条，自 2026-03-03 起")
    #expect(run(missed, &state, at("2026-03-06", 12)).isEmpty)
    #expect(state.sent.count == 3)
  }

  @Test("a single missed reminder goes alone; more than three at once make a summary")
  func separateOrSummary() {
    var state = NotifySentState()
    #expect(run([reminder("x", date: "2026-03-01")], &state, at("2026-03-05", 9)).map(\.isSummary) == [false])
    let today = (1...3).map { reminder("t\($0)", date: "2026-03-05") }
    var s1 = NotifySentState()
    #expect(run(today, &s1, at("2026-03-05", 9)).map(\.isSummary) == [false, false, false])
    let many = (1...8).map { reminder("m\($0)", date: "2026-03-05") }
    var s2 = NotifySentState()
    let notices = run(many, &s2, at("2026-03-05", 9))
    #expect(notices.count == 1)
    #expect(notices[0].lines.count == Notice.summaryLines + 1)
    #expect(notices[0].lines.last?.en == "… and 2 more: run debtdeck today")
  }

  @Test(
    "quiet hours: nothing sent and nothing recorded; the first run after them sends",
    arguments: [
      // (quiet from, until, now, quiet?)
      (22 * 60, 8 * 60, 22 * 60, true), (22 * 60, 8 * 60, 23 * 60 + 59, true), (22 * 60, 8 * 60, 0, true),
      (22 * 60, 8 * 60, 7 * 60 + 59, true), (22 * 60, 8 * 60, 8 * 60, false),
      (22 * 60, 8 * 60, 21 * 60 + 59, false),
      (13 * 60, 14 * 60, 13 * 60 + 30, true), (13 * 60, 14 * 60, 14 * 60, false),
      (13 * 60, 14 * 60, 12 * 60, false),
      (0, 0, 3 * 60, false),
    ])
  func quietHours(from: Int, until: Int, now: Int, quiet: Bool) {
    let settings = NotifySettings(time: 0, quietStart: from, quietEnd: until)
    let r = [reminder("q", date: "2026-03-05")]
    let plan = NotifyPlanner.plan(
      reminders: r, sent: NotifySentState(),
      now: LocalDateTime(date: day("2026-03-05"), hour: now / 60, minute: now % 60),
      settings: settings)
    if quiet {
      #expect(plan == .quiet(until: until))
    } else {
      guard case .send(let notices, let state) = plan else {
        Issue.record("\(now): \(plan)")
        return
      }
      #expect(notices.count == 1)
      #expect(state.sent["q"] == day("2026-03-05"))
    }
  }

  @Test("before the notify time nothing goes out; from it on, it does")
  func notifyTime() {
    let r = [reminder("n", date: "2026-03-05")]
    let settings = NotifySettings(time: 9 * 60 + 30)
    #expect(
      NotifyPlanner.plan(
        reminders: r, sent: NotifySentState(), now: at("2026-03-05", 9, 29), settings: settings)
        == .notYet(from: 570))
    guard
      case .send = NotifyPlanner.plan(
        reminders: r, sent: NotifySentState(), now: at("2026-03-05", 9, 30), settings: settings)
    else {
      Issue.record("not sent at 09:30")
      return
    }
  }

  @Test("reminders whose day has not come are not sent; old ids are dropped from the state")
  func futureAndPruning() {
    var state = NotifySentState(sent: ["old": day("2025-10-01"), "recent": day("2026-02-01")])
    #expect(run([reminder("later", date: "2026-03-09")], &state, at("2026-03-05", 9)).isEmpty)
    _ = run([reminder("now", date: "2026-03-05")], &state, at("2026-03-05", 9))
    #expect(state.sent == ["recent": day("2026-02-01"), "now": day("2026-03-05")])
    #expect(state.lastNotice == at("2026-03-05", 9))
  }

  @Test("settings: an old file without notify gets the defaults; times are checked")
  func settings() throws {
    let old = try JSONDecoder().decode(
      Settings.self, from: Data(#"{"schemaVersion": 1, "theme": "light"}"#.utf8))
    #expect(old.notify == NotifySettings(time: 540, quietStart: 1320, quietEnd: 480))
    #expect(old.notify.channels == [.desktop, .terminal, .stdout])
    let custom = try JSONDecoder().decode(
      Settings.self,
      from: Data(
        #"{"notify": {"at": "07:45", "quietFrom": "23:30", "quietUntil": "06:00", "channels": ["stdout"], "command": ["/usr/bin/logger", "{text}"]}}"#
          .utf8))
    #expect(
      custom.notify
        == NotifySettings(
          time: 465, quietStart: 1410, quietEnd: 360, channels: [.stdout],
          command: ["/usr/bin/logger", "{text}"]))
    let back = try JSONDecoder().decode(Settings.self, from: JSONEncoder().encode(custom))
    #expect(back == custom)
    for bad in ["24:00", "9:5", "07:60", "-1:00", "x", "０９:００"] {
      #expect(throws: DecodingError.self, "\(bad)") {
        try JSONDecoder().decode(Settings.self, from: Data(#"{"notify": {"quietFrom": "\#(bad)"}}"#.utf8))
      }
    }
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(Settings.self, from: Data(#"{"notify": {"channels": ["pager"]}}"#.utf8))
    }
    var s = Settings()
    s.notify.quietEnd = 1440
    s.notify.command = [""]
    #expect(s.problems().map(\.path) == ["notify.quietUntil", "notify.command[0]"])
  }

  @Test("the last notice line in both languages")
  func lastNoticeLine() {
    #expect(NotifySentState().lastNoticeLine == nil)
    let s = NotifySentState(sent: [:], lastNotice: at("2026-03-05", 9, 5), lastChannel: "desktop")
    #expect(s.lastNoticeLine?.en == "Last notice: 2026-03-05 09:05 (desktop)")
    #expect(s.lastNoticeLine?.zh == "上次通知：2026-03-05 09:05（桌面）")
  }
}
