import DebtCore
import Foundation

/// `brief-cache`: the `BriefSnapshot` of the data file in its own line format, stamped with the
/// data file's identity
/// (device, inode, size, modification and change times to the nanosecond). Every save rewrites
/// it; `debtdeck today` uses it only when the stamp still matches the data file — any other
/// change (another program, a restore, a hand edit) makes it stale, and today reads the data
/// file instead. Losing it loses nothing.
public enum BriefCache {
  /// The identity of the file at `path` now (nil when it does not exist).
  static func stamp(_ path: String) -> [Int64]? {
    var st = stat()
    guard stat(path, &st) == 0 else { return nil }
    return [
      Int64(st.st_dev), Int64(bitPattern: UInt64(st.st_ino)), Int64(st.st_size),
      Int64(st.st_mtim.tv_sec), Int64(st.st_mtim.tv_nsec), Int64(st.st_ctim.tv_sec),
      Int64(st.st_ctim.tv_nsec),
    ]
  }

  /// Writes the cache for the data file as it is now. Failures are ignored: a missing or stale
  /// cache only makes `today` read the whole file.
  static func write(_ portfolio: Portfolio, location: DataLocation, fileSystem: FileSystem) {
    guard let stamp = stamp(location.portfolioFile) else { return }
    let text = stamp.map(String.init).joined(separator: " ") + "\n" + BriefSnapshot(portfolio).lines()
    try? AtomicFile.write(Array(text.utf8), to: location.briefCacheFile, fileSystem: fileSystem)
  }

  /// The snapshot, when the cache exists, parses, is of this version and matches the data file.
  public static func read(_ location: DataLocation) -> BriefSnapshot? {
    guard let current = stamp(location.portfolioFile),
      let bytes = try? POSIX.readAll(location.briefCacheFile),
      let text = String(validating: bytes, as: UTF8.self),
      let newline = text.firstIndex(of: "\n"),
      text[..<newline].split(separator: " ").map({ Int64($0) ?? -1 }) == current
    else { return nil }
    return try? BriefSnapshot(lines: text[text.index(after: newline)...])
  }
}
