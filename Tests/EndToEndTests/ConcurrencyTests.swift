import Foundation
import Testing

@Suite("Two processes at once", .serialized)
struct ConcurrencyTests {
  @Test("two loops of 100 `debtdeck pay` at once, with the app open: all 200 kept, none twice, shown live")
  func twoWriters() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let before = try payments(cli)
    let tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil)

    func loop(_ tag: String) -> Process {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: "/bin/sh")
      p.arguments = [
        "-c", "for i in $(seq 1 100); do \"$0\" pay 微粒贷 1 --yes --note \(tag)-$i || exit 1; done",
        CLIRunner.binary,
      ]
      p.environment = [
        "LANG": "C.UTF-8", "DEBTDECK_TODAY": cli.today, "DEBTDECK_HOME": cli.dataDir + "/data",
        "XDG_CONFIG_HOME": cli.dataDir + "/config", "HOME": cli.dataDir + "/home",
      ]
      p.standardOutput = FileHandle.nullDevice
      p.standardError = FileHandle.nullDevice
      return p
    }
    let a = loop("A")
    let b = loop("B")
    try a.run()
    try b.run()
    a.waitUntilExit()
    b.waitUntilExit()
    #expect(a.terminationStatus == 0 && b.terminationStatus == 0)

    let after = try payments(cli)
    let new = after.filter { p in !before.contains { $0["id"] as? String == p["id"] as? String } }
    #expect(new.count == 200)
    let notes = Set(new.compactMap { $0["note"] as? String })
    #expect(notes.count == 200, "a payment was lost or kept twice")
    #expect(notes == Set((1...100).map { "A-\($0)" } + (1...100).map { "B-\($0)" }))
    #expect(Set(after.compactMap { $0["id"] as? String }).count == after.count)

    // The open app shows them without a restart.
    try tmux.keys("3", "/")
    try tmux.type("微粒贷")
    try tmux.keys("Enter", "Enter")
    #expect(tmux.waitFor("To settle today") != nil, "\(tmux.screen())")
    // The app looks for outside changes every second: the last ones may arrive after End.
    var found = false
    // The last payment recorded by either loop is the last row; which loop finished last varies.
    let last = new.last?["note"] as? String ?? "B-100"
    for _ in 0..<10 where !found {
      try tmux.keys("End")
      found = tmux.waitFor(last, seconds: 1) != nil
    }
    #expect(found, "\(tmux.screen())")
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())
    #expect(try self.payments(cli).count == after.count)
  }

  func payments(_ cli: CLIRunner) throws -> [[String: Any]] {
    let r = try cli.run(["show", "微粒贷", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
    return object?["payments"] as? [[String: Any]] ?? []
  }
}
