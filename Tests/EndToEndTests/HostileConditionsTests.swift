import Foundation
import Testing

extension CLIRunner {
  /// Runs `script` with /bin/sh, the binary as `$DEBTDECK` and the same pinned environment as
  /// `run`, for redirections such as `2>/dev/full`.
  func shell(_ script: String) throws -> Result {
    var copy = self
    copy.extraEnvironment["DEBTDECK"] = CLIRunner.binary
    return try copy.run(executable: "/bin/sh", ["-c", script])
  }
}

/// What a hostile environment does to the command line (issue 18): a disk that cannot confirm a
/// save, output that cannot be written.
@Suite("Hostile conditions: output and saves", .serialized)
struct HostileConditionsTests {
  static let hasStrace = FileManager.default.isExecutableFile(atPath: "/usr/bin/strace")

  @Test(
    "a directory fsync failing after the rename: the payment is saved once and the command says so",
    .enabled(if: hasStrace, "needs strace (scripts/lib/install-deps.sh installs it)"))
  func unconfirmedSave() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    // The 1st fsync is the backup directory's, the 2nd the temp file's, the 3rd the data directory's.
    let r = try cli.shell(
      "strace -f -o /dev/null -e trace=fsync -e inject=fsync:error=EIO:when=3 \"$DEBTDECK\" pay d2 100 --note retry-me"
    )
    #expect(r.stderr.contains("saved, but the disk could not confirm it"), "\(r.stderr)")
    #expect(r.stderr.contains("do not repeat it"), "\(r.stderr)")
    #expect(!r.stderr.contains("Nothing was changed"), "\(r.stderr)")
    #expect(r.status == 0, "\(r.stderr)")
    let file = try String(contentsOfFile: cli.dataDir + "/data/portfolio.json", encoding: .utf8)
    #expect(file.components(separatedBy: "retry-me").count == 2)
  }

  @Test("a message that cannot be written to stderr does not trap: the usage error keeps exit 64")
  func stderrFull() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let r = try cli.shell("\"$DEBTDECK\" pay nosuchdebt 1 2>/dev/full; echo \"status=$?\"")
    #expect(r.stdout.contains("status=64"), "\(r.stdout)")
    let log = try cli.shell(
      "\"$DEBTDECK\" log d1 --channel call --summary full-stderr 2>/dev/full >/dev/null; echo \"status=$?\"")
    #expect(log.stdout.contains("status=0"), "\(log.stdout)")
    let file = try String(contentsOfFile: cli.dataDir + "/data/portfolio.json", encoding: .utf8)
    #expect(file.components(separatedBy: "full-stderr").count == 2)
  }

  @Test(
    "output that cannot be written is exit 74 with a message, never a trap or a silent 0",
    arguments: [["list"], ["export", "--format", "json"], ["export", "--format", "csv"], ["today"]])
  func stdoutFull(_ command: [String]) throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let args = command.map { "'\($0)'" }.joined(separator: " ")
    let r = try cli.shell("\"$DEBTDECK\" \(args) >/dev/full")
    #expect(r.status == 74, "\(r.stderr)")
    #expect(r.stderr.contains("standard output: write failed: the disk is full (ENOSPC)"), "\(r.stderr)")
    #expect(!r.stderr.contains("Fatal error"))
  }
}
