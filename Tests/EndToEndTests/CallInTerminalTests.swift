import Foundation
import Testing

@Suite("Before, during and after a call in a real terminal (tmux)", .serialized)
struct CallInTerminalTests {
  @Test(
    "M2 借呗 at 80×24 in Chinese: rehearse, live-call card, collector's name, staff number and agreement typed in Chinese, recorded with its duration; the confirmation letter; today keeps the verbal agreement"
  )
  func journey() throws {
    let cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let tmux = try TmuxSession(
      cli: cli, width: 80, height: 24, command: [CLIRunner.binary, "--lang", "zh-Hans"])
    #expect(tmux.waitFor("逾期 1 笔") != nil, "\(tmux.screen())")
    // The overdue 借呗 (M2) is under the cursor on Today: its case, then the rehearsal.
    try tmux.keys("c")
    #expect(tmux.waitFor("应对档案：借呗 应急 — 逾期M2") != nil, "\(tmux.screen())")
    try tmux.keys("r")
    #expect(tmux.waitFor("■ 打给谁") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("逾期金额 ¥3,671.96"))
    try tmux.keys("G")
    #expect(tmux.waitFor("一般性信息，不构成法律意见") != nil, "\(tmux.screen())")
    // The live-call card, with its timer running.
    try tmux.keys("L")
    #expect(tmux.waitFor("实时通话 — 借呗 应急") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("逾期 ¥3,671.96（45 天）"))
    #expect(tmux.waitFor("● 00:02", seconds: 6) != nil, "the timer runs: \(tmux.screen())")
    try tmux.keys("Tab", "Tab")
    try tmux.type("王经理")
    try tmux.keys("Tab")
    try tmux.type("A1024")
    try tmux.keys("Tab", "Tab")
    try tmux.type("催收员同意分期")
    try tmux.keys("Tab")
    try tmux.type("每月还九百，分二十二期")
    #expect(tmux.waitFor("每月还九百，分二十二期") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("王经理") && tmux.screen().contains("A1024"))
    try tmux.keys("Enter")
    // Recorded; the next steps start with the written confirmation.
    #expect(tmux.waitFor("下一步 — 借呗 应急") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("已记录 c1：与 借呗 应急 通话"))
    #expect(tmux.screen().contains("1. 请对方书面确认：起草确认函"))
    try tmux.keys("Enter")
    #expect(tmux.waitFor("口头约定书面确认函 (6/6)") != nil, "\(tmux.screen())")
    #expect(tmux.waitFor("王经理（工号 A1024）") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "Escape", "q")
    #expect(tmux.waitUntilExited())

    // The log holds the call with its duration.
    let log = try cli.run(["log", "d1", "--json"]).stdout
    let entries = try JSONSerialization.jsonObject(with: Data(log.utf8)) as? [[String: Any]] ?? []
    let entry = try #require(entries.first)
    #expect(entry["person"] as? String == "王经理" && entry["staffID"] as? String == "A1024")
    #expect(entry["agreed"] as? String == "每月还九百，分二十二期")
    #expect(entry["channel"] as? String == "call" && entry["verbal"] as? Bool == true)
    let seconds = try #require(entry["durationSeconds"] as? Int)
    #expect(seconds >= 2 && seconds < 600, "\(seconds)")
    // `today` keeps the verbal agreement until it is confirmed.
    #expect(
      try cli.run(["today", "--lang", "en"]).stdout.contains("verbal agreement — ask for it in writing"))
    #expect(try cli.run(["today", "--lang", "zh-Hans"]).stdout.contains("口头约定——请对方书面确认"))
  }
}
