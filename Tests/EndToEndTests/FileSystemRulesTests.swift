import Foundation
import Testing

/// Issue 18, item 11: DebtDeck follows no path the user did not name, changes no directory it did
/// not create, and never renames over a link or a device.
@Suite("File system rules", .serialized)
struct FileSystemRulesTests {
  static func demo(_ cli: CLIRunner) throws {
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
  }

  static func mode(_ path: String) -> mode_t {
    var st = stat()
    lstat(path, &st)
    return st.st_mode & 0o777
  }

  @Test("an existing data directory keeps its mode; one DebtDeck creates is 0700")
  func directoryMode() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let shared = cli.dataDir + "/shared"
    mkdir(shared, 0o755)
    chmod(shared, 0o755)
    cli.extraEnvironment["DEBTDECK_HOME"] = shared
    #expect(try cli.run(["demo", "--data-dir", shared]).status == 0)
    #expect(try cli.run(["pay", "d1", "1"]).status == 0)
    #expect(FileSystemRulesTests.mode(shared) == 0o755)
    cli.extraEnvironment["DEBTDECK_HOME"] = cli.dataDir + "/fresh"
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/fresh"]).status == 0)
    #expect(FileSystemRulesTests.mode(cli.dataDir + "/fresh") == 0o700)
  }

  @Test("backups/ as a link to another directory: the save is refused and that directory's files stay")
  func backupsLink() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try FileSystemRulesTests.demo(cli)
    let elsewhere = cli.dataDir + "/elsewhere"
    mkdir(elsewhere, 0o700)
    for i in 0..<25 {
      try Data("{}".utf8).write(
        to: URL(
          fileURLWithPath: elsewhere + "/portfolio-20200101T000000.0000000\(i < 10 ? "0" : "")\(i)Z-00.json"))
    }
    try? FileManager.default.removeItem(atPath: cli.dataDir + "/data/backups")
    #expect(symlink(elsewhere, cli.dataDir + "/data/backups") == 0)
    let r = try cli.run(["pay", "d1", "1"])
    #expect(r.status == 74, "\(r.stderr)")
    #expect(r.stderr.contains("symbolic link"), "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).count == 25)
  }

  @Test("portfolio.json as a link: a save is refused and both the link and its target stay as they were")
  func dataFileLink() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try FileSystemRulesTests.demo(cli)
    let file = cli.dataDir + "/data/portfolio.json"
    let target = cli.dataDir + "/synced.json"
    #expect(rename(file, target) == 0)
    #expect(symlink(target, file) == 0)
    let before = try Data(contentsOf: URL(fileURLWithPath: target))
    #expect(try cli.run(["list"]).status == 0)
    let r = try cli.run(["pay", "d1", "1"])
    #expect(r.status == 74, "\(r.stderr)")
    #expect(r.stderr.contains("is a symbolic link"), "\(r.stderr)")
    var st = stat()
    lstat(file, &st)
    #expect(st.st_mode & S_IFMT == S_IFLNK)
    #expect(try Data(contentsOf: URL(fileURLWithPath: target)) == before)
  }

  @Test("a dangling portfolio.json link is refused, never read as no data and never replaced")
  func danglingLink() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    mkdir(cli.dataDir + "/data", 0o700)
    #expect(symlink(cli.dataDir + "/gone.json", cli.dataDir + "/data/portfolio.json") == 0)
    let list = try cli.run(["list"])
    #expect(list.status == 74 && list.stderr.contains("symbolic link"), "\(list.stdout) \(list.stderr)")
    let add = try cli.run([
      "add", "--name", "x", "--principal", "100", "--rate", "0.05", "--start", "2026-11-01",
    ])
    #expect(add.status == 74, "\(add.stderr)")
    var st = stat()
    lstat(cli.dataDir + "/data/portfolio.json", &st)
    #expect(st.st_mode & S_IFMT == S_IFLNK)
  }

  @Test("export --out onto a link or a device is refused; the link stays")
  func exportOntoLink() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    try FileSystemRulesTests.demo(cli)
    let link = cli.dataDir + "/out.json"
    #expect(symlink(cli.dataDir + "/target.json", link) == 0)
    let r = try cli.run(["export", "--format", "json", "--out", link])
    #expect(r.status == 74 && r.stderr.contains("symbolic link"), "\(r.stderr)")
    var st = stat()
    lstat(link, &st)
    #expect(st.st_mode & S_IFMT == S_IFLNK)
    let device = try cli.run(["export", "--format", "json", "--out", "/dev/null"])
    #expect(device.status == 74 && device.stderr.contains("a device"), "\(device.stderr)")
    lstat("/dev/null", &st)
    #expect(st.st_mode & S_IFMT == S_IFCHR)
  }

  @Test("a data directory name that is not valid UTF-8 is refused")
  func invalidUTF8() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let r = try cli.shell(
      "\"$DEBTDECK\" add --name x --principal 100 --rate 0.05 --start 2026-11-01 --data-dir \"$(printf '\(cli.dataDir)/d\\377')\""
    )
    #expect(r.status == 64, "\(r.stderr)")
    #expect(r.stderr.contains("not valid UTF-8"), "\(r.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: cli.dataDir).isEmpty)
  }
}
