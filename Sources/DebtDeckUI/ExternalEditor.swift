/// Which editor edits a field's text and how it is started, as git does: `$VISUAL`, else
/// `$EDITOR`, else `vi`. A command with no shell metacharacters is run as it is; anything else
/// ("code --wait", a quoted path) is handed to `/bin/sh`, which splits it, with the file as `$1`.
public enum ExternalEditor {
  /// The editor command from the environment.
  public static func command(environment: [String: String]) -> String {
    // A dumb terminal cannot run a visual editor (git skips $VISUAL there too).
    let dumb = environment["TERM"] == "dumb"
    for name in dumb ? ["EDITOR"] : ["VISUAL", "EDITOR"] {
      if let value = environment[name], !value.allSatisfy(\.isWhitespace) { return value }
    }
    return "vi"
  }

  /// The characters that make git hand an editor command to the shell.
  static let shellCharacters: Set<Character> = [
    "|", "&", ";", "<", ">", "(", ")", "$", "`", "\\", "\"", "'", " ", "\t", "\n", "*", "?", "[", "#", "~",
    "=", "%",
  ]

  /// The program and its arguments that edit `file` with `command`.
  public static func arguments(command: String, file: String) -> [String] {
    if !command.contains(where: shellCharacters.contains) { return [command, file] }
    return ["/bin/sh", "-c", command + " \"$@\"", command, file]
  }

  /// The file's text for a field's text: it ends with a line break, as a text file does
  /// (`fieldText` takes it off again).
  public static func fileText(_ text: String) -> String { text.isEmpty ? text : text + "\n" }

  /// The field's text from the file: the line break an editor leaves at the end is removed
  /// (one, so the blank lines a user typed at the end stay).
  public static func fieldText(_ file: String) -> String {
    if file.hasSuffix("\r\n") { return String(file.dropLast()) }  // "\r\n" is one Character
    if file.hasSuffix("\n") { return String(file.dropLast()) }
    return file
  }
}
