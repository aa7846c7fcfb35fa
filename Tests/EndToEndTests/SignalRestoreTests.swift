import Foundation
import Testing

/// Issue 18, item 8: whatever signal ends the app, the terminal is given back as it was: cooked
/// mode with echo, the normal screen, the cursor shown.
@Suite("The terminal after a terminating signal", .serialized)
struct SignalRestoreTests {
  /// A tmux format (`#{alternate_on}`) for the session's pane.
  static func show(_ tmux: TmuxSession, _ format: String) -> String {
    spawn(["tmux", "-L", tmux.server, "-f", "/dev/null", "display", "-p", format], capture: true).1
  }

  @Test(
    "SIGHUP, SIGQUIT, SIGTERM and SIGINT all restore the terminal", arguments: ["HUP", "QUIT", "TERM", "INT"])
  func restored(_ signal: String) throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    cli.extraEnvironment["DEBTDECK_BIN"] = CLIRunner.binary
    let report = cli.dataDir + "/stty.txt"
    // The app runs under a shell that reports the terminal's state once the app has ended.
    let tmux = try TmuxSession(
      cli: cli,
      command: [
        "sh", "-c",
        "\"$DEBTDECK_BIN\"; stty -a > '\(report)'; echo done > '\(report).done'; sleep 60",
      ])
    #expect(tmux.waitFor("coming up") != nil || tmux.waitFor("Coming up") != nil, "\(tmux.screen())")
    #expect(SignalRestoreTests.show(tmux, "#{alternate_on}").contains("1"))
    // The app is the child of the pane's shell.
    let shell = SignalRestoreTests.show(tmux, "#{pane_pid}").trimmingCharacters(
      in: .whitespacesAndNewlines)
    let (_, pids) = spawn(["pgrep", "-P", shell], capture: true)
    let pid = try #require(
      Int32(pids.trimmingCharacters(in: .whitespacesAndNewlines)), "no app process: \(pids)")
    let number: Int32 = ["HUP": SIGHUP, "QUIT": SIGQUIT, "TERM": SIGTERM, "INT": SIGINT][signal] ?? SIGTERM
    kill(pid, number)
    let deadline = Date().addingTimeInterval(10)
    while !FileManager.default.fileExists(atPath: report + ".done") && Date() < deadline { usleep(50_000) }
    let stty = try String(contentsOfFile: report, encoding: .utf8)
    let flags = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    #expect(flags.contains("echo") && flags.contains("icanon"), "\(stty)")
    #expect(SignalRestoreTests.show(tmux, "#{alternate_on}").contains("0"))
    #expect(SignalRestoreTests.show(tmux, "#{cursor_flag}").contains("1"))
  }
}
