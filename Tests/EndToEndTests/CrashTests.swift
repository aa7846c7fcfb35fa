import Foundation
import Testing

/// Crash consistency, as SQLite's crash tests do it: kill a save at every system call of the save
/// protocol (via the DEBTDECK_CRASH_AT fault-injection point) and at random moments, and check
/// that the data is always exactly the old or the new version, and that no temp file survives the
/// next run.
@Suite("Crash consistency", .serialized)
struct CrashTests {
  static let fm = FileManager.default

  func bytes(_ dir: String) -> Data? { CrashTests.fm.contents(atPath: dir + "/portfolio.json") }

  func tempFiles(_ dir: String) -> [String] {
    ((try? CrashTests.fm.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.contains(".tmp.") }
  }

  func copy(_ from: String, _ to: String) throws {
    try? CrashTests.fm.removeItem(atPath: to)
    try CrashTests.fm.copyItem(atPath: from, toPath: to)
  }

  /// For one command: its result without a crash, then a kill before each of its system calls.
  /// Returns how many kills were survived.
  func killAtEverySyscall(_ cli: CLIRunner, _ args: [String], stdin: String? = nil) throws -> Int {
    let pristine = cli.dataDir + "/pristine"
    let work = cli.dataDir + "/data"
    try copy(work, pristine)
    let old = bytes(pristine)
    let done = try cli.run(args, stdin: stdin)
    #expect(done.status == 0, "\(args): \(done.stderr)")
    let new = bytes(work)
    #expect(new != old, "\(args) changed nothing")
    var kills = 0
    for n in 1...60 {
      try copy(pristine, work)
      var crashing = cli
      crashing.extraEnvironment = ["DEBTDECK_CRASH_AT": "\(n)"]
      let r = try crashing.run(args, stdin: stdin)
      let now = bytes(work)
      #expect(now == old || now == new, "\(args) killed at call \(n): the file is neither version")
      #expect(try cli.run(["list"]).status == 0, "\(args) killed at call \(n): the data does not load")
      if r.status == 0 {
        #expect(now == new)
        break
      }
      #expect(r.status == 128 + 9 || r.status == 9 || r.status == -9, "\(args) at \(n): status \(r.status)")
      kills += 1
      // The next writer removes what the killed one left behind.
      #expect(try cli.run(["pay", "d2", "1", "--yes"]).status == 0)
      #expect(tempFiles(work).isEmpty, "\(args) at \(n): temp files left: \(tempFiles(work))")
    }
    try copy(pristine, work)
    return kills
  }

  @Test("SIGKILL before every write, fsync, rename and link of a save, a replace and a restore")
  func everySyscall() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    #expect(try cli.run(["pay", "d1", "10", "--yes"]).status == 0)  // so that a backup exists
    var kills = try killAtEverySyscall(cli, ["pay", "d1", "100", "--yes", "--note", "崩溃测试"])
    kills += try killAtEverySyscall(cli, ["demo", "--force", "--data-dir", cli.dataDir + "/data"])
    let backup = try #require(
      try cli.run(["doctor", "--backups"]).stdout.split(separator: "\n").last.map(String.init))
    kills += try killAtEverySyscall(cli, ["doctor", "--restore", backup], stdin: "y\n")
    #expect(kills >= 15)
    print("crash harness: \(kills) kills at system calls survived")
  }

  @Test("SIGKILL at every system call of an import and of a migration")
  func importAndMigration() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = cli.dataDir + "/data"
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    let exported = cli.dataDir + "/backup.json"
    #expect(try cli.run(["export", "--format", "json", "--out", exported]).status == 0)
    #expect(try cli.run(["pay", "d1", "10", "--yes"]).status == 0)
    var kills = try killAtEverySyscall(cli, ["import", "--format", "json", exported, "--replace"])
    // A schema-1 file: the next save upgrades it (keeping the original) — killed at every step.
    let v1 = String(decoding: try #require(bytes(data)), as: UTF8.self)
      .replacingOccurrences(of: "\"schemaVersion\" : 4", with: "\"schemaVersion\" : 1")
    #expect(v1.contains("\"schemaVersion\" : 1"))
    try Data(v1.utf8).write(to: URL(fileURLWithPath: data + "/portfolio.json"))
    kills += try killAtEverySyscall(cli, ["pay", "d2", "5", "--yes"])
    #expect(kills >= 8)
    print("crash harness: \(kills) kills during an import and a migration survived")
  }

  @Test("SIGKILL at 200 random moments during saves: always a whole file, old or new")
  func randomKills() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    var rng = SystemRandomNumberGenerator()
    var payments = try paymentCount(cli)
    var killedMidway = 0
    var savedBeforeKill = 0
    for i in 0..<200 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: CLIRunner.binary)
      process.arguments = [
        "pay", "d2", "1", "--yes", "--note", "kill \(i)", "--data-dir", cli.dataDir + "/data",
      ]
      process.environment = [
        "LANG": "C.UTF-8", "DEBTDECK_TODAY": cli.today, "HOME": cli.dataDir + "/home",
        "XDG_CONFIG_HOME": cli.dataDir + "/config",
      ]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      usleep(UInt32.random(in: 0...60_000, using: &rng))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = try paymentCount(cli)
      #expect(now == payments || now == payments + 1, "kill \(i): \(payments) → \(now)")
      if process.terminationReason == .uncaughtSignal {
        killedMidway += 1
        if now == payments + 1 { savedBeforeKill += 1 }
      }
      payments = now
    }
    #expect(try cli.run(["pay", "d2", "1", "--yes"]).status == 0)
    #expect(tempFiles(cli.dataDir + "/data").isEmpty)
    print(
      "crash harness: \(killedMidway) of 200 random kills landed while the command ran "
        + "(\(savedBeforeKill) after the rename, \(killedMidway - savedBeforeKill) before it)")
  }

  func paymentCount(_ cli: CLIRunner) throws -> Int {
    let r = try cli.run(["show", "d2", "--json"])
    #expect(r.status == 0, "the data does not load: \(r.stderr)")
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    return (object?["payments"] as? [Any])?.count ?? -1
  }
}
