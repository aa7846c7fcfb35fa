import Foundation
import Testing

/// `debtdeck notify` as the timer runs it: what reaches each channel, once, and what it records.
@Suite("Notify end to end", .serialized)
struct NotifyTests {
  static let fm = FileManager.default

  /// A debt whose name holds escape sequences, a newline, quotes, markup and a command substitution.
  static let evilName =
    #"evil\u001b]0;pwned\u0007\n\"q' <b>&amp;</b> $(touch MARKER) `id` \\033[31m \\n\u202e"#

  func writeEvil(_ cli: CLIRunner) throws {
    try NotifyTests.fm.createDirectory(atPath: cli.dataDir + "/data", withIntermediateDirectories: true)
    let name = NotifyTests.evilName.replacingOccurrences(of: "MARKER", with: cli.dataDir + "/pwned")
    let evil = """
      {"schemaVersion": 1, "nextDebtNumber": 2, "nextPaymentNumber": 1, "payments": [],
       "debts": [{"id": "d1", "name": "\(name)", "lender": "x", "kind": "other",
        "principal": 10000, "rate": {"basis": "apr", "percent": "10"}, "method": "bullet", "termMonths": 1,
        "startDate": "2026-10-01", "dueDay": 25}]}
      """
    try Data(evil.utf8).write(to: URL(fileURLWithPath: cli.dataDir + "/data/portfolio.json"))
  }

  func writeSettings(_ cli: CLIRunner, _ notify: String) throws {
    try NotifyTests.fm.createDirectory(
      atPath: cli.dataDir + "/config/debtdeck", withIntermediateDirectories: true)
    try Data(#"{"schemaVersion": 1, "notify": \#(notify)}"#.utf8).write(
      to: URL(fileURLWithPath: cli.dataDir + "/config/debtdeck/settings.json"))
  }

  func state(_ cli: CLIRunner) -> Data? {
    NotifyTests.fm.contents(atPath: cli.dataDir + "/data/notify-state.json")
  }

  /// Control characters other than the line breaks between lines.
  func rawControls(_ s: String) -> [UInt32] {
    s.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
    }.map(\.value)
  }

  @Test("plain text and the user's command: hostile text arrives escaped, nothing runs, once a day")
  func stdoutAndCommand() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    try writeEvil(cli)
    let out = cli.dataDir + "/command-out"
    // The user's command reads the notice from its arguments and environment, never as code.
    let script =
      #"printf '%s\n' "$1" "$DEBTDECK_NOTICE_TEXT" "$DEBTDECK_NOTICE_DEBT" "$DEBTDECK_NOTICE_DUE" >> "$2""#
    try writeSettings(
      cli,
      #"{"channels": ["stdout"], "command": ["/bin/sh", "-c", \#(jsonString(script)), "sh", "{text}", \#(jsonString(out))]}"#
    )
    cli.extraEnvironment = ["DEBTDECK_TIME": "12:00"]
    let first = try cli.run(["notify"])
    #expect(first.status == 0, "\(first.stderr)")
    #expect(rawControls(first.stdout).isEmpty, "leaked \(rawControls(first.stdout))")
    #expect(first.stdout.contains(#"evil^[]0;pwned^G "q' <b>&amp;</b> $(touch"#), "\(first.stdout)")
    let received = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    #expect(rawControls(received).isEmpty, "command got \(rawControls(received))")
    #expect(received.contains("$(touch \(cli.dataDir)/pwned) `id`"), "\(received)")
    #expect(
      received.components(separatedBy: "\n").filter { $0.hasPrefix("evil^[]0;pwned^G") }.count == 3,
      "\(received)")
    #expect(!NotifyTests.fm.fileExists(atPath: cli.dataDir + "/pwned"), "the command substitution ran")
    #expect(!first.stdout.contains("\u{1B}"))
    // A second run the same day sends nothing new; the portfolio is untouched.
    let before = NotifyTests.fm.contents(atPath: cli.dataDir + "/data/portfolio.json")
    let second = try cli.run(["notify"])
    #expect(second.stdout == "Nothing new to send.\n")
    #expect(NotifyTests.fm.contents(atPath: cli.dataDir + "/data/portfolio.json") == before)
    #expect(((try? String(contentsOfFile: out, encoding: .utf8)) ?? "") == received)
  }

  @Test("quiet hours and the notify time: nothing is sent and nothing recorded")
  func quiet() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    cli.extraEnvironment = ["DEBTDECK_TIME": "12:00"]
    let empty = try cli.run(["notify"])
    #expect(empty.status == 0)
    #expect(empty.stdout.hasPrefix("No data yet in "), "\(empty.stdout)")
    #expect(!NotifyTests.fm.fileExists(atPath: cli.dataDir + "/data"), "notify created the data directory")
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    for (time, text) in [
      ("23:10", "Quiet hours until 08:00"), ("07:59", "Quiet hours until 08:00"),
      ("08:30", "Notices go out from 09:00"),
    ] {
      cli.extraEnvironment = ["DEBTDECK_TIME": time]
      let r = try cli.run(["notify"])
      #expect(r.status == 0)
      #expect(r.stdout.hasPrefix(text), "\(time): \(r.stdout)")
      #expect(state(cli) == nil)
    }
    cli.extraEnvironment = ["DEBTDECK_TIME": "09:00"]
    let r = try cli.run(["notify", "--lang", "zh-Hans"])
    #expect(r.stdout.contains("借呗 应急：已逾期 45 天"), "\(r.stdout)")
    #expect(state(cli) != nil)
  }

  @Test("the sent-state file survives a kill at every system call of its save")
  func crash() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    // Day 1 sent; day 2 is the save that gets killed: old state (day 1) or new (day 2), never torn.
    cli.extraEnvironment = ["DEBTDECK_TIME": "10:00"]
    #expect(try cli.run(["notify"]).status == 0)
    let old = state(cli)
    let saved = cli.dataDir + "/state-day1"
    try old?.write(to: URL(fileURLWithPath: saved))
    cli.today = "2026-11-24"
    #expect(try cli.run(["notify"]).status == 0)
    let new = state(cli)
    #expect(old != nil && new != nil && old != new)
    var kills = 0
    for n in 1...20 {
      try NotifyTests.fm.removeItem(atPath: cli.dataDir + "/data/notify-state.json")
      try NotifyTests.fm.copyItem(atPath: saved, toPath: cli.dataDir + "/data/notify-state.json")
      var crashing = cli
      crashing.extraEnvironment["DEBTDECK_CRASH_AT"] = "\(n)"
      let r = try crashing.run(["notify"])
      let now = state(cli)
      #expect(now == old || now == new, "killed at call \(n): the state is neither version")
      if r.status == 0 {
        #expect(now == new)
        break
      }
      kills += 1
      // The state still loads; the next run sends what the killed one did not record.
      let next = try cli.run(["notify"])
      #expect(next.status == 0, "after a kill at \(n): \(next.stderr)")
      if now == old {
        #expect(next.stdout.contains("46 days overdue"), "after a kill at \(n): \(next.stdout)")
      } else {
        #expect(next.stdout == "Nothing new to send.\n", "after a kill at \(n): \(next.stdout)")
      }
      let temps = ((try? NotifyTests.fm.contentsOfDirectory(atPath: cli.dataDir + "/data")) ?? []).filter {
        $0.contains(".tmp.")
      }
      #expect(temps.isEmpty, "temp files left: \(temps)")
    }
    #expect(kills >= 3)
    print("notify state: \(kills) kills survived")
  }

  @Test("a damaged state file is set aside with a message, and the run goes on")
  func damaged() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    try Data("{\"sent\": {".utf8).write(to: URL(fileURLWithPath: cli.dataDir + "/data/notify-state.json"))
    cli.extraEnvironment = ["DEBTDECK_TIME": "10:00"]
    let r = try cli.run(["notify"])
    #expect(r.status == 0)
    #expect(r.stderr.contains("notify-state.json:1:"), "\(r.stderr)")
    #expect(r.stderr.contains("starting afresh"))
    #expect(NotifyTests.fm.fileExists(atPath: cli.dataDir + "/data/notify-state.json.damaged"))
    #expect(r.stdout.contains("45 days overdue"))
  }

  @Test("--install writes a timer and service that systemd-analyze accepts; cron lines; --uninstall")
  func install() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let r = try cli.run(["notify", "--install", "--scheduler", "systemd", "--no-enable", "--at", "07:30"])
    #expect(r.status == 0, "\(r.stderr)")
    let dir = cli.dataDir + "/config/systemd/user"
    let timer = (try? String(contentsOfFile: dir + "/debtdeck-notify.timer", encoding: .utf8)) ?? ""
    let service = (try? String(contentsOfFile: dir + "/debtdeck-notify.service", encoding: .utf8)) ?? ""
    #expect(timer.contains("OnCalendar=*-*-* 07:30:00\n"))
    #expect(timer.contains("Persistent=true\n"))
    #expect(timer.contains("OnStartupSec="))
    #expect(service.contains("ExecStart=\"/"))
    #expect(service.contains("\"notify\" \"--data-dir\" \"\(cli.dataDir)/data\""), "\(service)")
    #expect(r.stdout.contains("systemctl --user enable --now debtdeck-notify.timer"))
    let settings =
      (try? String(contentsOfFile: cli.dataDir + "/config/debtdeck/settings.json", encoding: .utf8)) ?? ""
    #expect(settings.contains(#""at" : "07:30""#))
    if let analyze = ["/usr/bin/systemd-analyze", "/bin/systemd-analyze"].first(
      where: NotifyTests.fm.isExecutableFile)
    {
      let check = try run(
        analyze, ["verify", "--man=no", dir + "/debtdeck-notify.timer", dir + "/debtdeck-notify.service"])
      #expect(check.status == 0, "\(check.output)")
      // It reports a bad value as a warning and still exits 0: any output is a failure.
      #expect(check.output.isEmpty, "\(check.output)")
    } else {
      print("systemd-analyze is not installed: the unit files were not verified (apt-get install systemd)")
    }
    let cron = try cli.run(["notify", "--install", "--scheduler", "cron"])
    let lines = cron.stdout.split(separator: "\n")
    #expect(
      lines.contains {
        $0.hasPrefix("30 * * * * DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/")
          && $0.hasSuffix("'notify' '--data-dir' '\(cli.dataDir)/data'")
      }, "\(cron.stdout)")
    #expect(lines.contains { $0.hasPrefix("@reboot ") })
    let gone = try cli.run(["notify", "--uninstall", "--scheduler", "systemd", "--no-enable"])
    #expect(gone.status == 0)
    #expect(!NotifyTests.fm.fileExists(atPath: dir + "/debtdeck-notify.timer"))
    #expect(!NotifyTests.fm.fileExists(atPath: dir + "/debtdeck-notify.service"))
    let bad = try cli.run(["notify", "--install", "--at", "25:00"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("--at: “25:00” is not a time like 09:00"))
  }

  @Test("a real notification server on a private session bus receives what notify-send delivered")
  func desktop() throws {
    guard NotifyTests.fm.isExecutableFile(atPath: "/usr/bin/notify-send"),
      NotifyTests.fm.isExecutableFile(atPath: "/usr/bin/dbus-run-session")
    else {
      Issue.record("notify-send or dbus-run-session is missing: run scripts/lib/install-deps.sh")
      return
    }
    let probe = try run("/usr/bin/env", ["python3", "-c", "import dbus_next"])
    guard probe.status == 0 else {
      Issue.record("Python's dbus-next is missing: run scripts/lib/install-deps.sh (\(probe.output))")
      return
    }
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let script = cli.dataDir + "/server.py"
    let received = cli.dataDir + "/received.jsonl"
    try Data(NotifyTests.server.utf8).write(to: URL(fileURLWithPath: script))
    let server = Process()
    server.executableURL = URL(fileURLWithPath: "/usr/bin/dbus-run-session")
    server.arguments = ["--", "/usr/bin/env", "python3", script, received]
    // Its dbus-daemon must not hold the test's output open, and may ignore SIGTERM (inherited).
    server.standardOutput = FileHandle.nullDevice
    server.standardError = FileHandle.nullDevice
    try server.run()
    defer {
      let pids = ((try? String(contentsOfFile: received + ".pid", encoding: .utf8)) ?? "").split(
        separator: " ")
      for pid in pids.compactMap({ Int32($0) }) { kill(pid, SIGKILL) }
      server.waitUntilExit()
    }
    let deadline = Date().addingTimeInterval(15)
    while !NotifyTests.fm.fileExists(atPath: received + ".pid") && Date() < deadline && server.isRunning {
      usleep(20_000)
    }
    let address = try #require(try? String(contentsOfFile: received + ".address", encoding: .utf8))

    // The demo: the overdue 借呗 (critical) and the 微粒贷 due in 3 days.
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    cli.extraEnvironment = ["DEBTDECK_TIME": "09:15", "DBUS_SESSION_BUS_ADDRESS": address]
    let r = try cli.run(["notify"])
    #expect(r.status == 0, "\(r.stderr)")
    #expect(r.stdout == "Sent 2 notices via desktop.\n", "\(r.stdout)")
    var got = try notices(received)
    #expect(got.count == 2)
    #expect(got.first?["app"] as? String == "DebtDeck")
    #expect(got.first?["summary"] as? String == "DebtDeck — overdue")
    #expect(got.first?["urgency"] as? Int == 2)
    #expect((got.first?["body"] as? String)?.hasPrefix("借呗 应急: 45 days overdue, ¥3,671.96 overdue") == true)
    #expect(got.last?["urgency"] as? Int == 0)
    #expect(got.last?["body"] as? String == "微粒贷: ¥1,068.13 due in 3 days (2026-11-26)")
    #expect(try cli.run(["notify"]).stdout == "Nothing new to send.\n")
    #expect(try notices(received).count == 2)

    // Hostile text reaches the server escaped: no control character, markup as entities.
    try NotifyTests.fm.removeItem(atPath: cli.dataDir + "/data")
    try writeEvil(cli)
    #expect(try cli.run(["notify"]).status == 0)
    got = try notices(received)
    #expect(got.count == 3)
    let body = got.last?["body"] as? String ?? ""
    #expect(rawControls(body).isEmpty, "\(rawControls(body))")
    #expect(body.contains(#"evil^[]0;pwned^G "q' &lt;b&gt;&amp;amp;&lt;/b&gt; $(touch"#), "\(body)")
    #expect(body.contains(#"`id` \033[31m \n\u{202E}"#), "\(body)")
    #expect(!NotifyTests.fm.fileExists(atPath: cli.dataDir + "/pwned"))
    print("desktop: \(got.count) notifications received on a private bus")

    // --test sends a sample to the same server.
    let t = try cli.run(["notify", "--test", "--lang", "zh-Hans"])
    #expect(t.status == 0)
    #expect(try notices(received).last?["body"] as? String == "DebtDeck 测试：你的提醒会这样显示。")
  }

  func notices(_ path: String) throws -> [[String: Any]] {
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return try text.split(separator: "\n").map {
      try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
    }
  }

  func jsonString(_ s: String) -> String {
    String(decoding: (try? JSONSerialization.data(withJSONObject: [s])) ?? Data(), as: UTF8.self)
      .dropFirst().dropLast().description
  }

  func run(_ program: String, _ args: [String]) throws -> (status: Int32, output: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: program)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: data, as: UTF8.self))
  }

  /// A minimal org.freedesktop.Notifications server (dbus-next) that records every notification
  /// as a JSON line.
  static let server = #"""
    import asyncio, json, os, sys
    from dbus_next import Message
    from dbus_next.aio import MessageBus
    from dbus_next.service import ServiceInterface, method

    out = sys.argv[1]

    class Notifications(ServiceInterface):
        def __init__(self):
            super().__init__('org.freedesktop.Notifications')
            self.count = 0

        @method()
        def Notify(self, app_name: 's', replaces_id: 'u', app_icon: 's', summary: 's', body: 's',
                   actions: 'as', hints: 'a{sv}', expire_timeout: 'i') -> 'u':
            urgency = hints['urgency'].value if 'urgency' in hints else None
            with open(out, 'a') as f:
                f.write(json.dumps({'app': app_name, 'summary': summary, 'body': body,
                                    'urgency': urgency}, ensure_ascii=False) + '\n')
            self.count += 1
            return self.count

        @method()
        def GetCapabilities(self) -> 'as':
            return ['body']

        @method()
        def GetServerInformation(self) -> 'ssss':
            return ['debtdeck-test', 'debtdeck', '1', '1.2']

        @method()
        def CloseNotification(self, id: 'u'):
            pass

    async def main():
        bus = await MessageBus().connect()
        bus.export('/org/freedesktop/Notifications', Notifications())
        await bus.request_name('org.freedesktop.Notifications')
        with open(out + '.address', 'w') as f:
            f.write(os.environ['DBUS_SESSION_BUS_ADDRESS'])
        reply = await bus.call(Message(
            destination='org.freedesktop.DBus', path='/org/freedesktop/DBus',
            interface='org.freedesktop.DBus', member='GetConnectionUnixProcessID', signature='s',
            body=['org.freedesktop.DBus']))
        with open(out + '.pid', 'w') as f:
            f.write('%d %d' % (os.getpid(), reply.body[0]))
        await asyncio.sleep(120)

    asyncio.run(main())
    """#

  @Test("a payment due in the National Day holiday: the notice sent as text carries the warning")
  func holidayWarning() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    cli.today = "2026-09-05"
    #expect(
      try cli.run([
        "add", "--name", "借呗", "--kind", "jiebei", "--principal", "10000", "--rate", "0.05", "--rate-basis",
        "daily", "--method", "bullet", "--term", "1", "--start", "2026-09-03", "--due-day", "3",
      ]).status == 0)
    try writeSettings(cli, #"{"channels": ["stdout"]}"#)
    cli.today = "2026-09-26"
    cli.extraEnvironment = ["DEBTDECK_TIME": "12:00"]
    let sent = try cli.run(["notify", "--lang", "zh-Hans"])
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect(sent.stdout.contains("2026-10-03"), "\(sent.stdout)")
    #expect(sent.stdout.contains("到期日在国庆节假期内，转账可能延迟入账：请在 2026-09-30 前还款"), "\(sent.stdout)")
  }
}
