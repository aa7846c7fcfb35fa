import Testing

@testable import TerminalUI

@Suite("Terminal notifications")
struct TerminalNotificationTests {
  /// Escape sequences, newlines, quotes, command substitution, C1, bidi, separators.
  static let hostile = [
    "evil\u{1B}]0;pwned\u{07}", "line\nbreak\r\nand\ttab", "quote \" ' `x`", "$(touch /tmp/pwned)",
    "c1\u{9B}31m\u{9D}0;x\u{9C}", "bidi\u{202E}txt", "semi;colon;s", "st\u{1B}\\end", "sep\u{2028}\u{85}x",
    "<b>&amp;</b>",
  ]

  /// The sequence with the hostile text replaced by harmless text has the same control bytes:
  /// nothing in the text added, removed or ended a sequence.
  func controls(_ s: String) -> [UInt32] {
    s.unicodeScalars.filter { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }.map(\.value)
  }

  @Test(
    "hostile text never adds a control character to any kind of sequence",
    arguments: TerminalNotification.Kind.allCases)
  func hostileText(kind: TerminalNotification.Kind) {
    for text in TerminalNotificationTests.hostile {
      for tmux in [false, true] {
        let evil = TerminalNotification.sequence(
          kind: kind, title: "DebtDeck " + text, body: text, inTmux: tmux)
        let plain = TerminalNotification.sequence(kind: kind, title: "DebtDeck", body: "x", inTmux: tmux)
        #expect(controls(evil) == controls(plain), "\(kind) \(text.debugDescription) tmux \(tmux)")
        #expect(!evil.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x2028 })
      }
    }
  }

  @Test("the shapes terminals expect")
  func shapes() {
    #expect(
      TerminalNotification.sequence(kind: .osc9, title: "T", body: "b", inTmux: false)
        == "\u{1B}]9;T: b\u{07}")
    #expect(
      TerminalNotification.sequence(kind: .osc777, title: "T;x", body: "b;y", inTmux: false)
        == "\u{1B}]777;notify;T,x;b,y\u{07}")
    #expect(
      TerminalNotification.sequence(kind: .kitty, title: "T", body: "b", inTmux: false)
        == "\u{1B}]99;i=debtdeck:d=0:p=title;T\u{1B}\\\u{1B}]99;i=debtdeck:d=1:p=body;b\u{1B}\\")
    // tmux: DCS passthrough with every ESC of the inner sequence doubled.
    #expect(
      TerminalNotification.sequence(kind: .osc9, title: "T", body: "b", inTmux: true)
        == "\u{1B}Ptmux;\u{1B}\u{1B}]9;T: b\u{07}\u{1B}\\")
  }

  @Test("the kind follows the terminal")
  func kinds() {
    #expect(TerminalNotification.kind(environment: ["TERM": "xterm-kitty"]) == .kitty)
    #expect(
      TerminalNotification.kind(environment: ["KITTY_WINDOW_ID": "1", "TERM": "xterm-256color"]) == .kitty)
    #expect(TerminalNotification.kind(environment: ["VTE_VERSION": "7600"]) == .osc777)
    #expect(TerminalNotification.kind(environment: ["TERM": "rxvt-unicode-256color"]) == .osc777)
    #expect(TerminalNotification.kind(environment: ["TERM": "xterm-256color"]) == .osc9)
  }

  @Test("text for a desktop body: one line, markup written as entities")
  func markup() {
    #expect(NotificationText.markup("<b>A & B</b>\nnext") == "&lt;b&gt;A &amp; B&lt;/b&gt; next")
    #expect(NotificationText.oneLine("a\u{1B}[31mb\u{07}") == "a^[[31mb^G")
    // notify-send turns \033 into ESC and \n into a line break in the body: backslashes doubled.
    #expect(NotificationText.notifySendBody(["a\\033[31m\\n", "b"]) == "a\\\\033[31m\\\\n\nb")
  }
}
