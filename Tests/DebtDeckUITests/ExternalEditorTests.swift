import Testing

@testable import DebtDeckUI

@Suite("$EDITOR: which one, how it starts, the text there and back")
struct ExternalEditorTests {
  @Test("$VISUAL, then $EDITOR, then vi; an empty one does not count; a dumb terminal skips $VISUAL")
  func choice() {
    #expect(ExternalEditor.command(environment: ["VISUAL": "nano", "EDITOR": "vim"]) == "nano")
    #expect(ExternalEditor.command(environment: ["VISUAL": " ", "EDITOR": "vim"]) == "vim")
    #expect(ExternalEditor.command(environment: [:]) == "vi")
    #expect(ExternalEditor.command(environment: ["VISUAL": "nano", "EDITOR": "ed", "TERM": "dumb"]) == "ed")
  }

  @Test(
    "a plain name or path runs as it is; anything with a space or quote goes to the shell with the file as $1",
    arguments: [
      ("vi", ["vi", "/t/f"]),
      ("/usr/bin/nano", ["/usr/bin/nano", "/t/f"]),
      ("code --wait", ["/bin/sh", "-c", "code --wait \"$@\"", "code --wait", "/t/f"]),
      (
        "'/opt/my editor/ed'", ["/bin/sh", "-c", "'/opt/my editor/ed' \"$@\"", "'/opt/my editor/ed'", "/t/f"]
      ),
      ("emacs -nw", ["/bin/sh", "-c", "emacs -nw \"$@\"", "emacs -nw", "/t/f"]),
    ])
  func arguments(command: String, expected: [String]) {
    #expect(ExternalEditor.arguments(command: command, file: "/t/f") == expected)
  }

  @Test("the text goes out with a final line break and comes back without it, blank lines kept")
  func roundTrip() {
    for text in ["", "一行", "第一行\n第二行", "末尾有空行\n\n", "\n开头空行", "a\r\nb"] {
      #expect(ExternalEditor.fieldText(ExternalEditor.fileText(text)) == text)
    }
    #expect(ExternalEditor.fileText("一行") == "一行\n")
    // Only one line break is taken off what the editor saved, CR LF included.
    #expect(ExternalEditor.fieldText("一行\n\n") == "一行\n")
    #expect(ExternalEditor.fieldText("一行\r\n") == "一行")
    #expect(ExternalEditor.fieldText("没有换行") == "没有换行")
  }
}
