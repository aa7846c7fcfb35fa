import Foundation
import Testing

/// A real full disk: a 256 KiB tmpfs (this suite runs as root, as CI does).
@Suite("Full disk", .serialized)
struct FullDiskTests {
  final class SmallDisk {
    let path: String
    init() throws {
      var template = Array("/tmp/debtdeck-disk-XXXXXX".utf8CString)
      path = mkdtemp(&template).map { String(cString: $0) } ?? "/tmp/debtdeck-disk"
      let (status, _) = spawn(
        ["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", path], capture: false)
      if status != 0 { throw MountError() }
    }
    deinit {
      _ = spawn(["umount", path], capture: false)
      rmdir(path)
    }
    struct MountError: Error, CustomStringConvertible {
      var description: String { "cannot mount a tmpfs (this test needs root, as in CI)" }
    }

    /// Fills the disk, leaving about `free` bytes.
    func fill(leaving free: Int) throws {
      var st = statvfs()
      statvfs(path, &st)
      let available = Int(st.f_bavail) * Int(st.f_frsize)
      let size = max(0, available - free)
      _ = FileManager.default.createFile(atPath: path + "/filler", contents: Data(count: size))
    }

    func free() { try? FileManager.default.removeItem(atPath: path + "/filler") }
  }

  @Test(
    "saving onto a full disk fails with a clear message, keeps the old file; the app shows NOT SAVED and saves later"
  )
  func fullDisk() throws {
    let disk = try SmallDisk()
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    let data = disk.path + "/data"
    cli.extraEnvironment = ["DEBTDECK_HOME": data]
    #expect(try cli.run(["demo", "--data-dir", data]).status == 0)
    let file = data + "/portfolio.json"
    let before = try #require(FileManager.default.contents(atPath: file))
    try disk.fill(leaving: 1024)

    let r = try cli.run(["pay", "d1", "100"])
    #expect(r.status == 74, "\(r.stderr)")
    #expect(r.stderr.contains("disk is full"), "\(r.stderr)")
    #expect(r.stderr.contains("portfolio.json"))
    #expect(FileManager.default.contents(atPath: file) == before)
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: data).filter { $0.contains(".tmp.") }
    #expect(leftovers.isEmpty)

    // The app on the full disk: the change is kept in memory and the top bar says so.
    let tmux = try TmuxSession(cli: cli)
    #expect(tmux.waitFor("due in the next") != nil, "\(tmux.screen())")
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("NOT SAVED") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("disk is full"))
    #expect(FileManager.default.contents(atPath: file) == before)
    // Space again: the next change saves both.
    disk.free()
    try tmux.keys("p")
    #expect(tmux.waitFor("Record a payment") != nil)
    try tmux.keys("Enter")
    #expect(tmux.waitFor("Recorded") != nil)
    #expect(!tmux.screen().contains("NOT SAVED"), "\(tmux.screen())")
    try tmux.keys("q")
    #expect(tmux.waitUntilExited())
    let show = try cli.run(["show", "d1", "--json"])
    let object = try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any]
    #expect((object?["payments"] as? [Any])?.count == 3)  // the demo's one and the two from the app
  }
}
