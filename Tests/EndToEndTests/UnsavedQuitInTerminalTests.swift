import Foundation
import Testing

/// Issue 18, items 8 and 9 in a real terminal: the data directory turns read-only while the app
/// runs; a payment is kept in memory (NOT SAVED). `q` asks; `e` writes everything to a file in
/// the home folder, which imports back. A hang-up after a change leaves the data whole with the
/// change in it, and the terminal restored.
@Suite("Unsaved changes when quitting or hung up, in a terminal", .serialized)
struct UnsavedQuitInTerminalTests {
  /// The app under a shell that notes its exit status and stderr, in a tmux pane.
  func start(_ cli: CLIRunner, width: Int = 80, height: Int = 24) throws -> (TmuxSession, String) {
    var cli = cli
    cli.extraEnvironment["DEBTDECK_BIN"] = CLIRunner.binary
    let out = cli.dataDir + "/app"
    let tmux = try TmuxSession(
      cli: cli, width: width, height: height,
      command: ["sh", "-c", "\"$DEBTDECK_BIN\" 2>'\(out).err'; echo $? > '\(out).rc'; sleep 60"])
    return (tmux, out)
  }

  func waitForFile(_ path: String, seconds: Double = 10) -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if let text = try? String(contentsOfFile: path, encoding: .utf8), !text.isEmpty { return text }
      usleep(50_000)
    }
    return nil
  }

  func paymentCount(_ cli: CLIRunner, _ debt: String) throws -> Int {
    let show = try cli.run(["show", debt, "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
    return (object?["payments"] as? [Any])?.count ?? -1
  }

  @Test("read-only data directory: q asks, e exports to the home folder, the export imports back")
  func readOnlyExport() throws {
    let disk = try FullDiskTests.SmallDisk()
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = disk.path + "/data"
    cli.extraEnvironment = ["DEBTDECK_HOME": data]
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    let home = cli.dataDir + "/home"
    mkdir(home, 0o700)
    let before = try paymentCount(cli, "d1")
    let file = data + "/portfolio.json"
    let original = try #require(FileManager.default.contents(atPath: file))

    let (tmux, out) = try start(cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    // The data directory's file system becomes read-only under the running app.
    #expect(spawn(["mount", "-o", "remount,ro", disk.path], capture: false).0 == 0)
    defer { _ = spawn(["mount", "-o", "remount,rw", disk.path], capture: false) }
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("NOT SAVED") != nil, "\(tmux.screen())")
    try tmux.keys("q")
    let question = try #require(tmux.waitFor("Quit without saving?"), "\(tmux.screen())")
    #expect(question.contains("read-only"), "\(question)")
    #expect(question.contains("e  export everything to ~/debtdeck-unsaved-DATE-TIME.json"), "\(question)")
    // Esc stays; the app is still there.
    try tmux.keys("Escape")
    usleep(300_000)
    #expect(!tmux.screen().contains("Quit without saving?") && tmux.screen().contains("NOT SAVED"))
    try tmux.keys("q")
    #expect(tmux.waitFor("Quit without saving?") != nil)
    try tmux.keys("e")
    let rc = try #require(waitForFile(out + ".rc"), "\(tmux.screen())")
    #expect(rc.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    let note = try String(contentsOfFile: out + ".err", encoding: .utf8)
    let exports = try FileManager.default.contentsOfDirectory(atPath: home).filter {
      $0.hasPrefix("debtdeck-unsaved-") && $0.hasSuffix(".json")
    }
    let export = home + "/" + (try #require(exports.first, "no export in \(home); stderr: \(note)"))
    #expect(note.contains(export) && note.contains("--replace"), "\(note)")
    var st = stat()
    stat(export, &st)
    #expect(st.st_mode & 0o777 == 0o600)
    // The data file is as it was; with the disk writable again the export brings the payment back.
    #expect(FileManager.default.contents(atPath: file) == original)
    #expect(spawn(["mount", "-o", "remount,rw", disk.path], capture: false).0 == 0)
    let imported = try cli.run(["import", "--format", "json", export, "--replace"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try paymentCount(cli, "d1") == before + 1)
  }

  @Test("Q quits and says the change is lost; the data file is untouched")
  func quitLosing() throws {
    let disk = try FullDiskTests.SmallDisk()
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = disk.path + "/data"
    cli.extraEnvironment = ["DEBTDECK_HOME": data]
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    let original = try #require(FileManager.default.contents(atPath: data + "/portfolio.json"))
    let (tmux, out) = try start(cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try disk.fill(leaving: 512)
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("NOT SAVED") != nil, "\(tmux.screen())")
    try tmux.keys("C-c")
    #expect(tmux.waitFor("Quit without saving?") != nil, "Ctrl-C asks too: \(tmux.screen())")
    try tmux.keys("Q")
    #expect(waitForFile(out + ".rc") != nil, "\(tmux.screen())")
    let note = try String(contentsOfFile: out + ".err", encoding: .utf8)
    #expect(note.contains("lost"), "\(note)")
    #expect(FileManager.default.contents(atPath: data + "/portfolio.json") == original)
  }

  @Test("SIGHUP after a change: the data file reads, holds the change, and the terminal is restored")
  func hangUpAfterChange() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let before = try paymentCount(cli, "d1")
    let (tmux, out) = try start(cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Recorded") != nil, "\(tmux.screen())")
    let shell = SignalRestoreTests.show(tmux, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
    let (_, pids) = spawn(["pgrep", "-P", shell], capture: true)
    let pid = try #require(Int32(pids.trimmingCharacters(in: .whitespacesAndNewlines)), "no app: \(pids)")
    kill(pid, SIGHUP)
    let rc = try #require(waitForFile(out + ".rc"), "\(tmux.screen())")
    // Ended of the hang-up (128 + 1), no backtrace or message of its own (the shell says
    // "Hangup").
    #expect(rc.trimmingCharacters(in: .whitespacesAndNewlines) == "129")
    let err = try String(contentsOfFile: out + ".err", encoding: .utf8)
    #expect(!err.contains("debtdeck") && !err.contains("Fatal") && !err.contains("Backtrace"), "\(err)")
    #expect(SignalRestoreTests.show(tmux, "#{alternate_on}").contains("0"))
    let doctor = try cli.run(["doctor"])
    #expect(doctor.status == 0, "\(doctor.stdout)\(doctor.stderr)")
    #expect(try paymentCount(cli, "d1") == before + 1)
  }

  @Test("SIGTERM on a full disk after a change: the change goes to an export, the note says where")
  func terminatedUnsaved() throws {
    let disk = try FullDiskTests.SmallDisk()
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = disk.path + "/data"
    cli.extraEnvironment = ["DEBTDECK_HOME": data]
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    let home = cli.dataDir + "/home"
    mkdir(home, 0o700)
    let (tmux, out) = try start(cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try disk.fill(leaving: 512)
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("NOT SAVED") != nil, "\(tmux.screen())")
    let shell = SignalRestoreTests.show(tmux, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
    let (_, pids) = spawn(["pgrep", "-P", shell], capture: true)
    let pid = try #require(Int32(pids.trimmingCharacters(in: .whitespacesAndNewlines)), "no app: \(pids)")
    kill(pid, SIGTERM)
    let rc = try #require(waitForFile(out + ".rc"), "\(tmux.screen())")
    #expect(rc.trimmingCharacters(in: .whitespacesAndNewlines) == "143")
    let note = try String(contentsOfFile: out + ".err", encoding: .utf8)
    let exports = try FileManager.default.contentsOfDirectory(atPath: home).filter {
      $0.hasPrefix("debtdeck-unsaved-")
    }
    #expect(exports.count == 1, "\(note)")
    #expect(note.contains(home + "/debtdeck-unsaved-"), "\(note)")
  }

  @Test(
    "SIGTERM in the middle of a save: the save runs to its end, then the app ends",
    .enabled(if: HostileConditionsTests.hasStrace, "needs strace"))
  func termDuringSave() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let before = try paymentCount(cli, "d1")
    cli.extraEnvironment["DEBTDECK_BIN"] = CLIRunner.binary
    let out = cli.dataDir + "/app"
    // Every fsync takes a second longer: a save takes seconds, and the signal comes inside it.
    let tmux = try TmuxSession(
      cli: cli, width: 80, height: 24,
      command: [
        "sh", "-c",
        "strace -f -o '\(out).trace' -e trace=openat,fsync,rename -e inject=fsync:delay_exit=1000000 "
          + "\"$DEBTDECK_BIN\" 2>'\(out).err'; echo $? > '\(out).rc'; sleep 60",
      ])
    #expect(tmux.waitFor("due in the next", seconds: 20) != nil, "\(tmux.screen())")
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    // The temp file of the save is open: the save has begun.
    let deadline = Date().addingTimeInterval(10)
    while Date() < deadline,
      !((try? String(contentsOfFile: out + ".trace", encoding: .utf8))?.contains(".portfolio.json.tmp")
        ?? false)
    {
      usleep(20_000)
    }
    let shell = SignalRestoreTests.show(tmux, "#{pane_pid}").trimmingCharacters(in: .whitespacesAndNewlines)
    let strace = spawn(["pgrep", "-P", shell], capture: true).1.trimmingCharacters(
      in: .whitespacesAndNewlines)
    let (_, pids) = spawn(["pgrep", "-P", strace], capture: true)
    let pid = try #require(Int32(pids.trimmingCharacters(in: .whitespacesAndNewlines)), "no app: \(pids)")
    kill(pid, SIGTERM)
    let rc = try #require(waitForFile(out + ".rc", seconds: 20), "\(tmux.screen())")
    #expect(rc.trimmingCharacters(in: .whitespacesAndNewlines) == "143")
    let trace = try String(contentsOfFile: out + ".trace", encoding: .utf8)
    let signal = try #require(trace.range(of: "SIGTERM"), "\(trace)")
    let renamed = try #require(trace.range(of: "data/portfolio.json\") = 0"), "\(trace)")
    #expect(signal.lowerBound < renamed.lowerBound, "the signal came after the save: \(trace)")
    #expect(try paymentCount(cli, "d1") == before + 1)
  }
}
