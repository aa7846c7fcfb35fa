import Foundation
import Testing

@Suite("$EDITOR for a field, in a real terminal (tmux)", .serialized)
struct EditorInTerminalTests {
  /// A stand-in editor: it notes the file's and its folder's modes and path, then edits the file
  /// as a user would (a word replaced, a Chinese line added) — or fails when told to.
  static func writeEditor(in dir: String) throws -> String {
    let path = dir + "/fake-editor.sh"
    let script = """
      #!/bin/sh
      stat -c %a "$1" > "\(dir)/modes"
      stat -c %a "$(dirname "$1")" >> "\(dir)/modes"
      printf '%s' "$1" > "\(dir)/path"
      if [ -e "\(dir)/fail" ]; then exit 3; fi
      sed -i 's/旧的/新的/' "$1"
      printf '第二行：对方同意分期\\n' >> "$1"
      """
    try script.write(toFile: path, atomically: true, encoding: .utf8)
    chmod(path, 0o755)
    return path
  }

  @Test("Ctrl-O in “What was said” at 80×24: the editor's lines come back; a failing editor keeps the text")
  func editorRoundTrip() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    let editor = try EditorInTerminalTests.writeEditor(in: cli.dataDir)
    // A command with a space goes through the shell, as git runs "code --wait".
    cli.extraEnvironment = ["EDITOR": "/bin/sh \(editor)", "VISUAL": "", "TMPDIR": cli.dataDir]
    let tmux = try TmuxSession(
      cli: cli, width: 80, height: 24, command: [CLIRunner.binary, "--lang", "zh-Hans"])
    #expect(tmux.waitFor("逾期 1 笔") != nil, "\(tmux.screen())")
    try tmux.keys("c")
    #expect(tmux.waitFor("应对档案：借呗 应急") != nil, "\(tmux.screen())")
    try tmux.keys("l")
    #expect(tmux.waitFor("记录联系 — 借呗 应急") != nil, "\(tmux.screen())")
    for _ in 0..<7 { try tmux.keys("Down") }
    #expect(tmux.waitFor("Enter：换行") != nil, "\(tmux.screen())")
    try tmux.type("旧的说法")
    #expect(tmux.waitFor("旧的说法") != nil, "\(tmux.screen())")
    try tmux.keys("C-o")
    #expect(tmux.waitFor("第二行：对方同意分期") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("新的说法"))
    #expect(tmux.screen().contains("已载入编辑器中的文字"))
    let modes = try String(contentsOfFile: cli.dataDir + "/modes", encoding: .utf8)
    #expect(modes == "600\n700\n")
    let file = try String(contentsOfFile: cli.dataDir + "/path", encoding: .utf8)
    #expect(file.hasPrefix(cli.dataDir + "/debtdeck-edit-"))
    #expect(!FileManager.default.fileExists(atPath: file))
    #expect(!FileManager.default.fileExists(atPath: (file as NSString).deletingLastPathComponent))

    // An editor that fails: the text stays as it was, and the app says so.
    #expect(FileManager.default.createFile(atPath: cli.dataDir + "/fail", contents: Data()))
    try tmux.keys("C-o")
    #expect(tmux.waitFor("以状态 3 结束") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("新的说法") && tmux.screen().contains("第二行：对方同意分期"))
    try tmux.keys("C-s")
    #expect(tmux.waitFor("已记录") != nil, "\(tmux.screen())")
    try tmux.keys("Escape", "q")
    #expect(tmux.waitUntilExited())
    let log = try cli.run(["log", "d1", "--lang", "en"]).stdout
    #expect(log.contains("\n    新的说法\n    第二行：对方同意分期\n"), "\(log)")
  }

  @Test("an editor that cannot start: the form says so and keeps what was typed")
  func missingEditor() throws {
    var cli = CLIRunner()
    defer { cli.cleanUp() }
    #expect(try cli.run(["demo", "--data-dir", cli.dataDir + "/data"]).status == 0)
    cli.extraEnvironment = ["EDITOR": "/nonexistent/editor", "VISUAL": "", "TMPDIR": cli.dataDir]
    let tmux = try TmuxSession(cli: cli, width: 80, height: 24)
    #expect(tmux.waitFor("1 overdue") != nil, "\(tmux.screen())")
    try tmux.keys("3", "a")
    #expect(tmux.waitFor("Add a debt") != nil, "\(tmux.screen())")
    try tmux.type("借呗 周转")
    try tmux.keys("C-o")
    #expect(tmux.waitFor("could not run “/nonexistent/editor”") != nil, "\(tmux.screen())")
    #expect(tmux.screen().contains("Name            借呗 周转"), "\(tmux.screen())")
    try tmux.keys("Escape", "y", "q")
    #expect(tmux.waitUntilExited())
  }
}
