/// Makes text from data or a file safe to show in a terminal: control characters can never move
/// the cursor or talk to the terminal.
///
/// C0 controls and DEL become caret notation (`^[`, `^M`, `^?`); C1 controls and the bidi
/// overrides and isolates (U+202A–U+202E, U+2066–U+2069) become `\u{…}`.
public enum SafeText {
  public static func escape(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsEscape) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      let v = scalar.value
      if v < 0x20 {
        out += "^" + String(UnicodeScalar(UInt8(v + 0x40)))
      } else if v == 0x7F {
        out += "^?"
      } else if needsEscape(scalar) {
        out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v)
  }
}

extension String {
  /// The text with control characters escaped (see `SafeText`).
  public var terminalSafe: String { SafeText.escape(self) }
}
