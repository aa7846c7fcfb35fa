import Foundation
import Testing

@Suite("Privacy and restore", .serialized)
struct PrivacyTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  @Test("no network access anywhere in the code, and none linked into the binary")
  func noNetwork() throws {
    let sources = PrivacyTests.root.appendingPathComponent("Sources")
    let forbidden = [
      "URLSession", "FoundationNetworking", "URLRequest", "socket(", "connect(", "getaddrinfo",
      "NWConnection",
      "http://", "https://", "import Network",
    ]
    var files = 0
    let enumerator = FileManager.default.enumerator(atPath: sources.path)
    while let path = enumerator?.nextObject() as? String {
      guard path.hasSuffix(".swift") || path.hasSuffix(".h") else { continue }
      files += 1
      let text = try String(contentsOf: sources.appendingPathComponent(path), encoding: .utf8)
      for word in forbidden { #expect(!text.contains(word), "\(path) mentions \(word)") }
    }
    #expect(files > 20)
    let (_, linked) = spawn(["ldd", CLIRunner.binary], capture: true)
    #expect(linked.contains("libncursesw"), "ldd did not run: \(linked)")
    for library in ["libcurl", "libssl", "libcrypto", "FoundationNetworking"] {
      #expect(!linked.contains(library), "the binary links \(library)")
    }
  }

  @Test("nothing is written outside the data and config directories; files 0600, directories 0700")
  func onlyOwnDirectories() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let home = cli.dataDir + "/home"
    // Default locations under HOME, and a private TMPDIR to catch stray temp files.
    try FileManager.default.createDirectory(atPath: home, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: cli.dataDir + "/tmp", withIntermediateDirectories: true)
    cli.extraEnvironment = ["DEBTDECK_HOME": "", "XDG_CONFIG_HOME": "", "TMPDIR": cli.dataDir + "/tmp"]
    for args in [
      ["add", "--name", "借呗", "--kind", "jiebei", "--principal", "5000", "--rate", "0.05"],
      ["pay", "借呗", "100"],
      ["pay", "借呗", "100", "--yes"], ["list"], ["show", "d1"], ["today"], ["doctor"],
      ["plan", "--budget", "3000"],
      ["apr", "--principal", "100", "--payment", "10", "--count", "12"], ["export", "--format", "csv"],
    ] {
      let r = try cli.run(args)
      #expect(r.status == 0, "\(args): \(r.stderr)")
    }
    var written: [String] = []
    let enumerator = FileManager.default.enumerator(atPath: cli.dataDir)
    while let path = enumerator?.nextObject() as? String { written.append(path) }
    let data = "home/.local/share/debtdeck"
    let allowed = ["home", "home/.local", "home/.local/share", data, "tmp"]
    for path in written where !allowed.contains(path) {
      #expect(path.hasPrefix(data + "/"), "written outside the data directory: \(path)")
    }
    func mode(_ p: String) -> Int {
      ((try? FileManager.default.attributesOfItem(atPath: cli.dataDir + "/" + p))?[.posixPermissions] as? Int)
        ?? -1
    }
    #expect(mode(data) == 0o700)
    #expect(mode(data + "/portfolio.json") == 0o600)
    #expect(mode(data + "/backups") == 0o700)
    for path in written where path.hasPrefix(data + "/backups/") { #expect(mode(path) == 0o600, "\(path)") }
  }

  @Test("doctor --restore asks first; yes brings the backup back and keeps the current file as a backup")
  func restore() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["add", "--name", "one", "--principal", "100", "--rate", "1"]).status == 0)
    #expect(try cli.run(["add", "--name", "two", "--principal", "100", "--rate", "1"]).status == 0)
    let backups = try cli.run(["doctor", "--backups"]).stdout.split(separator: "\n").map(String.init)
    #expect(backups.count == 1)
    let no = try cli.run(["doctor", "--restore", backups[0]], stdin: "n\n")
    #expect(no.stdout.contains("Nothing changed"))
    #expect(try cli.run(["list", "--json"]).stdout.contains("\"two\""))
    let yes = try cli.run(["doctor", "--restore", backups[0]], stdin: "y\n")
    #expect(yes.status == 0, "\(yes.stderr)")
    #expect(!(try cli.run(["list", "--json"]).stdout.contains("\"two\"")))
    let after = try cli.run(["doctor", "--backups"]).stdout.split(separator: "\n")
    #expect(after.count == 2)
    // The version with "two" is among the backups and can be brought back in turn.
    #expect(try cli.run(["doctor", "--restore", String(after[0]), "--yes"]).status == 0)
    #expect(try cli.run(["list", "--json"]).stdout.contains("\"two\""))
    // A damaged backup is refused with its name.
    try Data("{".utf8).write(to: URL(fileURLWithPath: String(after[1])))
    let bad = try cli.run(["doctor", "--restore", String(after[1]), "--yes"])
    #expect(bad.status == 65)
    #expect(bad.stderr.contains(String(after[1].split(separator: "/").last ?? "")))
  }
}
