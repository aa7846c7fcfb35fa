/// Makes text from data or a file safe to show in a terminal: control characters can never move
/// the cursor or talk to the terminal.
///
/// C0 controls and DEL become caret notation (`^[`, `^M`, `^?`); C1 controls (U+009B is a CSI
/// on many terminals), the line and paragraph separators (U+2028, U+2029) and the bidi marks,
/// overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) become `\u{…}`.
/// This is the one escaping rule for every plain-text channel: the UI, the command line's output
/// and messages, and (as `\uXXXX`) JSON output.
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

  public static func needsEscape(_ s: Unicode.Scalar) -> Bool {
    let v = s.value
    return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
      || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029 || v == 0x200E || v == 0x200F
      || v == 0x061C
  }

  /// Text of several lines, each escaped; the line breaks stay (for a report or a letter).
  public static func escapeLines(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { needsEscape($0) && $0 != "\n" }) else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) }.joined(
      separator: "\n")
  }

  /// JSON text (as an encoder wrote it) with every character `needsEscape` names written as
  /// `\uXXXX`. JSONEncoder escapes C0 controls itself but passes DEL, C1 controls, bidi overrides
  /// and U+2028 raw; outside strings JSON has only ASCII structure and whitespace, which stay.
  public static func escapeJSON(_ json: String) -> String {
    guard json.unicodeScalars.contains(where: { needsEscape($0) && $0.value >= 0x20 }) else { return json }
    var out = String.UnicodeScalarView()
    for scalar in json.unicodeScalars {
      if scalar.value >= 0x20 && needsEscape(scalar) {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        for u in ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars { out.append(u) }
      } else {
        out.append(scalar)
      }
    }
    return String(out)
  }
}

extension String {
  /// The text with control characters escaped (see `SafeText`).
  public var terminalSafe: String { SafeText.escape(self) }
}
