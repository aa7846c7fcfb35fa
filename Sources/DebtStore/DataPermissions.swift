import DebtCore

#if canImport(Glibc)
  import Glibc
#endif

/// A file or directory of the user's debt data that others on the machine can read or write
/// (group or other bits set), with the command that closes it.
public struct OpenPermission: Equatable, Sendable {
  public let path: String
  /// The permission bits (e.g. 0o755).
  public let mode: UInt32
  public let isDirectory: Bool
  /// A directory shared by design (world-writable with the sticky bit, like /tmp, or not the
  /// user's own): closing it is not the user's to do; the data belongs elsewhere.
  public let isShared: Bool

  /// The mode as `ls` users know it: 0755.
  public var octal: String {
    let digits = String(mode & 0o7777, radix: 8)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }

  /// The command that fixes it: `chmod 700 DIR` or `chmod 600 FILE`.
  public var fix: String { "chmod \(isDirectory ? "700" : "600") \(DataPermissions.shellQuoted(path))" }

  /// One line for `doctor`: what is open and the fix.
  public var warning: LocalizedText {
    if isShared {
      return LocalizedText(
        en:
          "\(path) is a shared directory (mode \(octal)): others on this computer can see and replace your data files. "
          + "Keep the data in a directory of your own (--data-dir, DEBTDECK_HOME).",
        zh: "\(path) 是共享目录（权限 \(octal)）：本机其他用户能看到并替换你的数据文件。请把数据放在只属于你的目录（--data-dir、DEBTDECK_HOME）。")
    }
    let what = isDirectory ? LocalizedText(en: "directory", zh: "目录") : LocalizedText(en: "file", zh: "文件")
    return LocalizedText(
      en: "\(what.en) \(path) is open to others on this computer (mode \(octal)). Fix: \(fix)",
      zh: "\(what.zh) \(path) 对本机其他用户开放（权限 \(octal)）。修复：\(fix)")
  }
}

/// Which parts of the data are open to others: the data and settings directories, the files in
/// them, and the backups and letters folders with their files.
public enum DataPermissions {
  public static func check(_ location: DataLocation) -> [OpenPermission] {
    var found: [OpenPermission] = []
    for directory in [location.dataDirectory, location.configDirectory] {
      guard let open = inspect(directory, directory: true) else { continue }
      if let problem = open.problem { found.append(problem) }
      // In a shared directory every file is exposed anyway; one warning says it.
      if open.problem?.isShared == true { continue }
      for name in list(directory).sorted() {
        let path = directory + "/" + name
        guard let entry = inspect(path, directory: nil) else { continue }
        if let problem = entry.problem { found.append(problem) }
        if entry.isDirectory && (name == "backups" || name == "letters") {
          for inner in list(path).sorted() {
            if let problem = inspect(path + "/" + inner, directory: false)?.problem { found.append(problem) }
          }
        }
      }
    }
    return found
  }

  /// The one warning `today` (and, `short`, the app's message line at 80 columns) shows: the
  /// first problem, how many more, and the fix for all of them at once.
  public static func summary(_ problems: [OpenPermission], _ location: DataLocation, short: Bool = false)
    -> LocalizedText?
  {
    guard let first = problems.first else { return nil }
    let roots = [location.dataDirectory, location.configDirectory].filter { root in
      problems.contains { $0.path == root || $0.path.hasPrefix(root + "/") }
    }
    let fix = roots.map { "chmod -R go-rwx \(shellQuoted($0))" }.joined(separator: "; ")
    let more = problems.count - 1
    if let shared = problems.first(where: \.isShared) {
      return short
        ? LocalizedText(
          en: "Data in a shared directory (\(shared.octal)): use --data-dir of your own",
          zh: "数据在共享目录中（\(shared.octal)）：请用只属于你的 --data-dir")
        : shared.warning
    }
    if short {
      return LocalizedText(
        en: "Data open to others (\(first.octal)): run \(fix)", zh: "数据对他人开放（\(first.octal)）：请运行 \(fix)")
    }
    return LocalizedText(
      en: "\(first.path) is open to others on this computer (mode \(first.octal))"
        + (more > 0 ? " and \(more) more" : "") + ". Fix: \(fix) (debtdeck doctor lists them)",
      zh: "\(first.path) 对本机其他用户开放（权限 \(first.octal)）" + (more > 0 ? "，另有 \(more) 处" : "")
        + "。修复：\(fix)（debtdeck doctor 会逐一列出）")
  }

  /// A path as a shell word: bare when it is plain, else in single quotes.
  static func shellQuoted(_ path: String) -> String {
    let plain = path.unicodeScalars.allSatisfy {
      ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0)
        || "/._-+,:@%".unicodeScalars
          .contains($0)
    }
    if plain && !path.isEmpty { return path }
    var quoted = "'"
    for character in path { quoted += character == "'" ? "'\\''" : String(character) }
    return quoted + "'"
  }

  private struct Entry {
    let isDirectory: Bool
    let problem: OpenPermission?
  }

  /// `lstat`: a symbolic link is not followed (its own mode means nothing); nil when missing.
  /// `directory`: what the entry must be to count (nil: either).
  private static func inspect(_ path: String, directory: Bool?) -> Entry? {
    var st = stat()
    let followed = directory == true
    guard (followed ? stat(path, &st) : lstat(path, &st)) == 0 else { return nil }
    let type = st.st_mode & S_IFMT
    guard type == S_IFDIR || type == S_IFREG else { return nil }
    let isDirectory = type == S_IFDIR
    if let directory, directory != isDirectory { return nil }
    let mode = UInt32(st.st_mode) & 0o7777
    guard mode & 0o077 != 0 else { return Entry(isDirectory: isDirectory, problem: nil) }
    let shared = isDirectory && (mode & UInt32(S_ISVTX) != 0 || st.st_uid != getuid())
    return Entry(
      isDirectory: isDirectory,
      problem: OpenPermission(path: path, mode: mode, isDirectory: isDirectory, isShared: shared))
  }

  private static func list(_ directory: String) -> [String] { POSIX.list(directory) }
}
