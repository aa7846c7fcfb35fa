import Foundation
import Testing

/// FINDINGS: `run.sh`'s `demo --open` left its throwaway debtdeck-demo-* folder in $TMPDIR.
@Suite("demo --open leaves nothing behind")
struct DemoThrowawayTests {
  @Test("the throwaway directory is gone when the app ends (here: it cannot start without a terminal)")
  func removed() throws {
    var cli = CLIRunner()
    let tmp = cli.dataDir + "/tmp"
    try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
    cli.extraEnvironment["TMPDIR"] = tmp
    let r = try cli.run(["demo", "--open"])
    #expect(r.status != 0, "\(r.stdout)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp) == [])
    // Without --open the directory is the point: it stays and is printed.
    let kept = try cli.run(["demo"])
    #expect(kept.status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: tmp).count == 1)
  }
}
