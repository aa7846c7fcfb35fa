import DebtCore

/// What went wrong reading or writing the user's files. Each message names the file and says
/// what to do; nothing in the file has been changed when one of these is thrown.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The file is not valid JSON (line and column where known) or not DebtDeck's format.
  case unreadable(file: String, line: Int?, column: Int?, reason: LocalizedText, backup: String?)
  /// The file parses but its content is inconsistent.
  case invalid(file: String, problems: [DataProblem], backup: String?)
  /// Written by a newer DebtDeck.
  case newerVersion(file: String, found: Int, supported: Int)
  /// The operating system refused a read or a write.
  case io(file: String, operation: String, errno: Int32)
  /// The new file is in place (renamed over the old one) but the disk did not confirm that the
  /// rename is durable. The change *is* made: repeating it would record it twice.
  case unconfirmed(file: String, operation: String, errno: Int32)
  /// The path is a FIFO, a device, a socket or a directory: DebtDeck reads only regular files.
  case notRegularFile(file: String, kind: String)
  /// The path to be replaced is a symbolic link, a device or another non-regular file: a save
  /// renames a new file over its target, which would replace the link itself (or a device node).
  case wontReplace(file: String, kind: String)
  /// The file is larger than DebtDeck reads whole.
  case tooLarge(file: String, bytes: Int64, limit: Int64)
  /// Another DebtDeck process held the lock too long.
  case locked(file: String)
  /// A change would make the data invalid; it was not saved.
  case rejected(problems: [DataProblem])

  /// The English message (`text` has every language).
  public var description: String { text.en }

  var englishText: String {
    switch self {
    case .unreadable(let file, let line, let column, let reason, let backup):
      var where_ = file
      if let line { where_ += ":\(line)" }
      if let column { where_ += ":\(column)" }
      return "\(where_): cannot read the data: \(reason.en). The file was left untouched."
        + StoreError.backupHint(backup)
    case .invalid(let file, let problems, let backup):
      let list = problems.prefix(5).map { "  \($0.path): \($0.message)" }.joined(separator: "\n")
      let more = problems.count > 5 ? "\n  … and \(problems.count - 5) more" : ""
      return "\(file): the data is inconsistent; the file was left untouched:\n\(list)\(more)"
        + StoreError.backupHint(backup)
    case .newerVersion(let file, let found, let supported):
      return "\(file): written by a newer DebtDeck (schema \(found); this one knows up to \(supported)). "
        + "Update DebtDeck; the file was left untouched."
    case .io(let file, let operation, let errno):
      return "\(file): \(operation) failed: \(StoreError.explain(errno)). Nothing was changed."
    case .unconfirmed(let file, let operation, let errno):
      return "\(file): saved, but the disk could not confirm it (\(operation) failed: "
        + "\(StoreError.explain(errno))). The change is in the file; do not repeat it. "
        + "Check with `debtdeck doctor`."
    case .notRegularFile(let file, let kind):
      return
        "\(file): is \(kind), not a regular file; DebtDeck reads only regular files. Nothing was changed."
    case .wontReplace(let file, let kind):
      return "\(file): is \(kind); DebtDeck saves only onto regular files (a save would replace the "
        + "\(kind == "a symbolic link" ? "link" : "file") itself). Point DebtDeck at the real file or remove it. Nothing was changed."
    case .tooLarge(let file, let bytes, let limit):
      return
        "\(file): is \(bytes) bytes, more than the \(limit / (1 << 20)) MiB DebtDeck reads. Nothing was changed."
    case .locked(let file):
      return "\(file): another DebtDeck process is saving; try again in a moment."
    case .rejected(let problems):
      return "not saved: " + problems.map(\.description).joined(separator: "; ")
    }
  }

  /// The exit status a command should end with: 65 for bad data, 74 for I/O, 75 when locked.
  public var exitCode: Int32 {
    switch self {
    case .unreadable, .invalid, .newerVersion, .rejected: return 65
    case .io, .unconfirmed, .notRegularFile, .tooLarge, .wontReplace: return 74
    case .locked: return 75
    }
  }

  static func backupHint(_ backup: String?) -> String {
    guard let backup else { return "" }
    return "\nThe newest good backup is \(backup); `debtdeck doctor --restore \(backup)` brings it back."
  }

  static func explain(_ code: Int32) -> String { SystemError.describe(code) }
}
