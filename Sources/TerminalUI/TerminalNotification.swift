/// Desktop notifications through the terminal itself: the escape sequences terminals accept to
/// raise a notification, built so that text from data can never end the sequence early or
/// start another one.
///
/// - OSC 9 (iTerm2, Windows Terminal, WezTerm, ghostty, foot): `ESC ] 9 ; text BEL`.
/// - OSC 777 (urxvt, foot, ghostty, VTE terminals): `ESC ] 777 ; notify ; title ; body BEL`.
/// - OSC 99 (kitty): a title chunk and a body chunk of one notification, ended by `ESC \`.
/// Inside tmux the sequence is wrapped in a DCS passthrough (`ESC P tmux; … ESC \`, every ESC
/// doubled); tmux passes it on only with `set -g allow-passthrough on`.
public enum TerminalNotification {
  public enum Kind: String, Sendable, CaseIterable {
    case osc9, osc777, kitty
  }

  /// The kind the terminal most likely understands, from its environment.
  public static func kind(environment env: [String: String]) -> Kind {
    let term = env["TERM"] ?? ""
    let program = (env["TERM_PROGRAM"] ?? "").lowercased()
    if env["KITTY_WINDOW_ID"] != nil || term == "xterm-kitty" { return .kitty }
    if env["VTE_VERSION"] != nil || term.hasPrefix("rxvt") || term.hasPrefix("foot") || program == "ghostty" {
      return .osc777
    }
    return .osc9
  }

  /// The escape sequence for a notification with `title` and `body`.
  public static func sequence(kind: Kind, title: String, body: String, inTmux: Bool) -> String {
    let t = NotificationText.oneLine(title)
    let b = NotificationText.oneLine(body)
    let raw: String
    switch kind {
    case .osc9:
      // ConEmu reads "9;<digit>" as a command of its own: the text starts with a letter.
      raw = "\u{1B}]9;" + t + ": " + b + "\u{07}"
    case .osc777:
      // Fields are separated by ';': one inside the text would shift them.
      let tt = t.replacingOccurrences(of: ";", with: ",")
      let bb = b.replacingOccurrences(of: ";", with: ",")
      raw = "\u{1B}]777;notify;" + tt + ";" + bb + "\u{07}"
    case .kitty:
      raw =
        "\u{1B}]99;i=debtdeck:d=0:p=title;" + t + "\u{1B}\\" + "\u{1B}]99;i=debtdeck:d=1:p=body;" + b
        + "\u{1B}\\"
    }
    guard inTmux else { return raw }
    return "\u{1B}Ptmux;" + raw.replacingOccurrences(of: "\u{1B}", with: "\u{1B}\u{1B}") + "\u{1B}\\"
  }
}

/// Text from data made fit for one notification channel.
public enum NotificationText {
  /// One line with no control character left: line breaks and tabs become spaces, any other
  /// control (ESC, BEL, C1, DEL) and the bidi overrides become visible escapes (`^[`, `\u{202E}`).
  /// Nothing in the result can end an escape sequence or move the cursor.
  public static func oneLine(_ text: String) -> String {
    var spaced = ""
    for scalar in text.unicodeScalars {
      switch scalar.value {
      case 0x0A, 0x0D, 0x09, 0x0B, 0x0C, 0x85, 0x2028, 0x2029: spaced.unicodeScalars.append(" ")
      default: spaced.unicodeScalars.append(scalar)
      }
    }
    return SafeText.escape(spaced)
  }

  /// The body argument of `notify-send`: markup-escaped lines, and every backslash doubled,
  /// because notify-send reads C escapes in the body (`\033` would become ESC, `\n` a line
  /// break). The line breaks between lines are ours.
  public static func notifySendBody(_ lines: [String]) -> String {
    lines.map { markup($0).replacingOccurrences(of: "\\", with: "\\\\") }.joined(separator: "\n")
  }

  /// For a notification body, which desktop servers may read as markup: one safe line with
  /// `&`, `<` and `>` written as entities.
  public static func markup(_ text: String) -> String {
    oneLine(text).replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
      .replacingOccurrences(of: ">", with: "&gt;")
  }
}
