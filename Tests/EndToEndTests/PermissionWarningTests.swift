import Foundation
import Testing

/// Issue 18, item 11: data open to others on the machine (group or other bits) is reported by
/// `doctor` with the fix, and `today` and the app warn once; what DebtDeck creates is 0700/0600
/// whatever the umask.
@Suite("Data open to others", .serialized)
struct PermissionWarningTests {
  func mode(_ path: String) -> mode_t {
    var st = stat()
    lstat(path, &st)
    return st.st_mode & 0o7777
  }

  /// Every directory and file under `root`, with its mode.
  func tree(_ root: String) -> [(String, mode_t)] {
    var out = [(root, mode(root))]
    for name in (try? FileManager.default.subpathsOfDirectory(atPath: root)) ?? [] {
      out.append((root + "/" + name, mode(root + "/" + name)))
    }
    return out
  }

  @Test("with umask 000, everything DebtDeck creates is 0700 or 0600, and nothing warns")
  func createdPrivate() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = cli.dataDir + "/fresh/data"
    // demo and two payments: the data file, the lock, the brief cache, backups.
    let r = try cli.shell(
      "umask 000; \"$DEBTDECK\" demo --data-dir '\(data)' >/dev/null 2>&1 && "
        + "\"$DEBTDECK\" pay d1 100 --data-dir '\(data)' && \"$DEBTDECK\" pay d1 200 --data-dir '\(data)'")
    #expect(r.status == 0, "\(r.stderr)")
    let entries = tree(data)
    #expect(entries.count >= 4, "\(entries)")
    for (path, m) in entries { #expect(m & 0o077 == 0, "\(path): \(String(m, radix: 8))") }
    #expect(mode(data) == 0o700)
    #expect(mode(data + "/portfolio.json") == 0o600)
    let doctor = try cli.run(["doctor", "--data-dir", data])
    #expect(!doctor.stdout.contains("warning"), "\(doctor.stdout)")
    let today = try cli.run(["today", "--data-dir", data])
    #expect(today.stderr.isEmpty, "\(today.stderr)")
  }

  @Test("an open directory and file: doctor names each with its fix; today warns once, in both languages")
  func openReported() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = cli.dataDir + "/data"
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    chmod(data, 0o755)
    chmod(data + "/portfolio.json", 0o644)
    let doctor = try cli.run(["doctor", "--data-dir", data])
    #expect(doctor.status == 0, "a warning, not a data problem: \(doctor.stdout)\(doctor.stderr)")
    let warnings = doctor.stdout.split(separator: "\n").filter { $0.hasPrefix("warning:") }
    #expect(warnings.count == 2, "\(doctor.stdout)")
    #expect(
      warnings.contains { $0.contains("\(data) is open to others") && $0.hasSuffix("Fix: chmod 700 \(data)") }
    )
    #expect(
      warnings.contains {
        $0.contains("(mode 0644)") && $0.hasSuffix("Fix: chmod 600 \(data)/portfolio.json")
      })

    for (language, expected) in [
      (
        "en",
        "debtdeck: warning: \(data) is open to others on this computer (mode 0755) and 1 more. Fix: chmod -R go-rwx \(data)"
      ),
      ("zh-Hans", "debtdeck: 警告：\(data) 对本机其他用户开放（权限 0755），另有 1 处。修复：chmod -R go-rwx \(data)"),
    ] {
      let today = try cli.run(["today", "--data-dir", data, "--lang", language])
      let lines = today.stderr.split(separator: "\n")
      #expect(lines.count == 1 && lines[0].hasPrefix(expected), "\(today.stderr)")
      #expect(today.stdout.contains("Overdue") || today.stdout.contains("逾期"))
    }
    // JSON on stdout stays JSON.
    let json = try cli.run(["today", "--json", "--data-dir", data])
    #expect((try? JSONSerialization.jsonObject(with: Data(json.stdout.utf8))) != nil)
    #expect(json.stderr.contains("chmod -R go-rwx"))
    // The fix as given silences both.
    #expect(spawn(["chmod", "-R", "go-rwx", data], capture: false).0 == 0)
    #expect(!(try cli.run(["doctor", "--data-dir", data])).stdout.contains("warning"))
    #expect((try cli.run(["today", "--data-dir", data])).stderr.isEmpty)
  }

  @Test("a shared directory (sticky, like /tmp) is not chmodded, and the advice is to move the data")
  func sharedDirectory() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    let shared = cli.dataDir + "/shared"
    mkdir(shared, 0o700)
    chmod(shared, 0o1777)
    #expect(try cli.run(["demo", "--data-dir", shared]).status == 0)
    #expect(mode(shared) == 0o1777, "a directory DebtDeck did not create keeps its mode")
    let doctor = try cli.run(["doctor", "--data-dir", shared])
    #expect(doctor.stdout.contains("\(shared) is a shared directory (mode 1777)"), "\(doctor.stdout)")
    #expect(!doctor.stdout.contains("chmod"), "\(doctor.stdout)")
    let today = try cli.run(["today", "--data-dir", shared])
    #expect(today.stderr.contains("a directory of your own"), "\(today.stderr)")
  }

  @Test("the app says it once on its message line, within 80 columns")
  func appWarns() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = cli.dataDir + "/data"
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    chmod(data, 0o750)
    cli.extraEnvironment["DEBTDECK_HOME"] = data
    let tmux = try TmuxSession(cli: cli, width: 80, height: 24)
    let screen = try #require(
      tmux.waitFor("Data open to others (0750): run chmod -R go-rwx \(data)"), "\(tmux.screen())")
    #expect(screen.components(separatedBy: "open to others").count == 2)
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())
  }
}
