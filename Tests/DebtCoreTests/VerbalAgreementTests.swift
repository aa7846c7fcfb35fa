import Foundation
import Testing

@testable import DebtCore

/// A verbal agreement stays in the brief until it is confirmed in writing or dropped; a call's
/// duration is kept; files written before either existed still load.
@Suite("Verbal agreements and call duration")
struct VerbalAgreementTests {
  static let today = day("2026-11-23")

  static func portfolio() -> Portfolio {
    var p = DemoPortfolio.make(today: today)
    var entry = ContactEntry(
      at: LocalDateTime(date: today, hour: 14, minute: 5), direction: .outbound, channel: .call,
      summary: "协商", person: "王", staffID: "A1024", agreed: "每月还 900，分 22 期")
    entry.durationSeconds = 425
    entry.verbalAgreement = true
    p.appendContact(entry, to: "d1")
    return p
  }

  static func verbalNotices(_ p: Portfolio, on day: LocalDate = today) -> [Reminder] {
    DailyBrief(portfolio: p, today: day).notices.filter { $0.kind == .verbalAgreement }
  }

  @Test("an open verbal agreement is a notice of the brief, in both languages, every day until resolved")
  func shown() throws {
    let p = VerbalAgreementTests.portfolio()
    let notice = try #require(VerbalAgreementTests.verbalNotices(p).first)
    #expect(notice.id == "verbal:d1:c1")
    #expect(notice.message.en.contains("verbal agreement — ask for it in writing"))
    #expect(notice.message.zh.contains("口头约定——请对方书面确认"))
    #expect(notice.message.zh.contains("每月还 900"))
    // A week later it is still there.
    #expect(VerbalAgreementTests.verbalNotices(p, on: day("2026-11-30")).count == 1)
  }

  @Test("confirmed, dropped, corrected or followed by an agreement in writing: it leaves the brief")
  func resolved() {
    let base = VerbalAgreementTests.portfolio()
    var confirmed = base
    confirmed.cases["d1"]?.resolveVerbal("c1", VerbalResolution(.confirmed, on: day("2026-11-24")))
    #expect(VerbalAgreementTests.verbalNotices(confirmed).isEmpty)
    var dropped = base
    dropped.cases["d1"]?.resolveVerbal("c1", VerbalResolution(.dropped, on: day("2026-11-24")))
    #expect(VerbalAgreementTests.verbalNotices(dropped).isEmpty)
    var written = base
    written.appendAgreement(
      Agreement(madeOn: day("2026-11-25"), kind: .installments, confirmed: .writing), to: "d1")
    #expect(VerbalAgreementTests.verbalNotices(written, on: day("2026-11-25")).isEmpty)
    // An oral agreement recorded later does not count as written.
    var oral = base
    oral.appendAgreement(
      Agreement(madeOn: day("2026-11-25"), kind: .installments, confirmed: .oral), to: "d1")
    #expect(VerbalAgreementTests.verbalNotices(oral, on: day("2026-11-25")).count == 1)
    var corrected = base
    corrected.appendContact(
      ContactEntry(
        at: LocalDateTime(date: VerbalAgreementTests.today, hour: 15), direction: .outbound, channel: .call,
        summary: "更正：未达成约定", corrects: "c1"), to: "d1")
    #expect(VerbalAgreementTests.verbalNotices(corrected).isEmpty)
  }

  @Test("the brief cache carries an open verbal agreement: the brief from it says the same")
  func cache() throws {
    let p = VerbalAgreementTests.portfolio()
    let snapshot = try BriefSnapshot(lines: Substring(BriefSnapshot(p).lines()))
    let fromCache = VerbalAgreementTests.verbalNotices(snapshot.portfolio)
    let full = VerbalAgreementTests.verbalNotices(p)
    #expect(fromCache.map(\.id) == full.map(\.id))
    #expect(fromCache.map(\.message.zh) == full.map(\.message.zh))
    var dropped = p
    dropped.cases["d1"]?.resolveVerbal("c1", VerbalResolution(.dropped, on: VerbalAgreementTests.today))
    let again = try BriefSnapshot(lines: Substring(BriefSnapshot(dropped).lines()))
    #expect(VerbalAgreementTests.verbalNotices(again.portfolio).isEmpty)
  }

  @Test("duration and the verbal mark survive JSON; an entry written before them still loads")
  func json() throws {
    let p = VerbalAgreementTests.portfolio()
    let entry = try #require(p.cases["d1"]?.contacts.first)
    let data = try JSONEncoder().encode(entry)
    let back = try JSONDecoder().decode(ContactEntry.self, from: data)
    #expect(back == entry)
    #expect(back.durationSeconds == 425 && back.verbalAgreement)
    let old = #"{"id":"c1","at":"2026-11-23 14:05","direction":"me","channel":"call","summary":"x"}"#
    let legacy = try JSONDecoder().decode(ContactEntry.self, from: Data(old.utf8))
    #expect(legacy.durationSeconds == nil && !legacy.verbalAgreement)
    // An entry without them is written without them (old readers see what they always saw).
    let plain = String(decoding: try JSONEncoder().encode(legacy), as: UTF8.self)
    #expect(!plain.contains("durationSeconds") && !plain.contains("verbal"))
    let negative =
      #"{"id":"c1","at":"2026-11-23 14:05","direction":"me","channel":"call","durationSeconds":-5}"#
    #expect(throws: DecodingError.self) {
      try JSONDecoder().decode(ContactEntry.self, from: Data(negative.utf8))
    }
    var file = try #require(p.cases["d1"])
    file.resolveVerbal("c1", VerbalResolution(.confirmed, on: VerbalAgreementTests.today, by: "c2"))
    let decoded = try JSONDecoder().decode(CaseFile.self, from: JSONEncoder().encode(file))
    #expect(decoded.verbalResolutions == file.verbalResolutions)
  }

  @Test(
    "durations are read as people write them",
    arguments: [
      ("12m", 720), ("90s", 90), ("1h05m", 3900), ("12:30", 750), ("1:02:03", 3723), ("7", 420),
      ("4m5s", 245),
    ])
  func parse(_ c: (String, Int)) { #expect(CallDuration.parse(c.0) == c.1) }

  @Test("nonsense durations are refused", arguments: ["", "3x", "m", "12:75", "-5", "25h", "5m5m", "１２m"])
  func refuse(_ text: String) { #expect(CallDuration.parse(text) == nil) }

  @Test("a duration is said in minutes and seconds, and the timer counts like a clock")
  func say() {
    #expect(CallDuration.text(425).en == "7 min 05 s")
    #expect(CallDuration.text(425).zh == "7 分 05 秒")
    #expect(CallDuration.text(3723).en == "1 h 02 min")
    #expect(CallDuration.clock(65) == "01:05")
    #expect(CallDuration.clock(3723) == "1:02:03")
  }
}
