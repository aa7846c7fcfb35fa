#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Rotating copies of the data file, taken before every save.
///
/// A backup is a hard link to the file about to be replaced: it costs no copy, and the old inode
/// stays whole because saves never write into a file, they rename a new one over it.
public struct Backups: Sendable {
  public let directory: String
  public let keep: Int

  public init(directory: String, keep: Int = 20) {
    self.directory = directory
    self.keep = keep
  }

  /// Backups, newest first.
  public func list() -> [String] {
    POSIX.list(directory)
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .sorted(by: >)
      .map { directory + "/" + $0 }
  }

  /// Keeps the current version of `file` (if any) as a new backup, then drops the oldest
  /// rotating ones beyond `keep`. Returns the backup's path.
  @discardableResult
  func take(of file: String, prefix: String = "portfolio", fileSystem fs: FileSystem) throws(StoreError)
    -> String?
  {
    guard POSIX.exists(file) else { return nil }
    // The rotation deletes old `portfolio-*.json` files: never in a directory reached through a
    // link, which may be somewhere else entirely.
    var st = stat()
    if lstat(directory, &st) == 0, st.st_mode & S_IFMT != S_IFDIR {
      throw StoreError.wontReplace(
        file: directory, kind: st.st_mode & S_IFMT == S_IFLNK ? "a symbolic link" : "not a directory")
    }
    try POSIX.makeDirectory(directory)
    let stamp = Backups.timestamp()
    var n = 0
    var path = ""
    while true {
      path = "\(directory)/\(prefix)-\(stamp)-\(n < 10 ? "0" : "")\(n).json"
      let code = fs.link(file, path)
      if code == 0 { break }
      if code == EEXIST && n < 99 {
        n += 1
        continue
      }
      throw StoreError.io(file: path, operation: "keep a backup", errno: code)
    }
    try AtomicFile.syncDirectory(directory, fileSystem: fs, file: path)
    rotate()
    return path
  }

  private func rotate() {
    let rotating = list().filter { ($0.split(separator: "/").last ?? "").hasPrefix("portfolio-") }
    for old in rotating.dropFirst(keep) { unlink(old) }
  }

  /// `20261123T081500.123456789Z`, from the real clock: backups are named for when they were taken.
  static func timestamp() -> String {
    var now = timespec()
    clock_gettime(CLOCK_REALTIME, &now)
    var t = now.tv_sec
    var parts = tm()
    gmtime_r(&t, &parts)
    func pad(_ v: Int, _ width: Int) -> String {
      let s = String(v)
      return String(repeating: "0", count: max(0, width - s.count)) + s
    }
    // Nanoseconds keep names unique and in order when several saves fall in one second.
    return "\(parts.tm_year + 1900)\(pad(Int(parts.tm_mon) + 1, 2))\(pad(Int(parts.tm_mday), 2))T"
      + "\(pad(Int(parts.tm_hour), 2))\(pad(Int(parts.tm_min), 2))\(pad(Int(parts.tm_sec), 2))."
      + "\(pad(Int(now.tv_nsec), 9))Z"
  }
}
