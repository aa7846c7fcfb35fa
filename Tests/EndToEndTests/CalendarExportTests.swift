import Foundation
import Testing

@Suite("Calendar export")
struct CalendarExportTests {
  @Test("the ICS loads in a real parser (Python icalendar): events, alarms, stable UIDs")
  func realParser() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let first = cli.dataDir + "/first.ics"
    let second = cli.dataDir + "/second.ics"
    #expect(try cli.run(["export", "--format", "ics", "--out", first]).status == 0)
    #expect(try cli.run(["pay", "微粒贷", "1068.13"]).status == 0)
    #expect(try cli.run(["export", "--format", "ics", "--out", second, "--lang", "zh-Hans"]).status == 0)
    let script = """
      import sys, icalendar, datetime
      def load(path):
          cal = icalendar.Calendar.from_ical(open(path, 'rb').read())
          events = list(cal.walk('VEVENT'))
          for e in events:
              assert isinstance(e['DTSTART'].dt, datetime.date) and not isinstance(e['DTSTART'].dt, datetime.datetime)
              assert len([a for a in e.walk('VALARM')]) == 4, e['UID']
              assert str(e['SUMMARY'])
          return {str(e['UID']): e for e in events}
      a, b = load(sys.argv[1]), load(sys.argv[2])
      assert len(a) == len(set(a)), 'duplicate UIDs'
      # Paying 微粒贷's next installment removes exactly that event; every other UID is unchanged.
      removed = set(a) - set(b)
      assert removed == {'debtdeck-d2-4@debtdeck.invalid'}, removed
      assert set(b) <= set(a)
      assert '借呗' in str(b['debtdeck-d1-4@debtdeck.invalid']['SUMMARY'])
      print(len(a), 'events')
      """
    let scriptFile = cli.dataDir + "/check.py"
    try Data(script.utf8).write(to: URL(fileURLWithPath: scriptFile))
    let (status, output) = spawn(["python3", scriptFile, first, second], capture: true)
    #expect(status == 0, "the parser refused the calendar: \(output)")
    #expect(output.contains("events"))
  }
}
