import DebtCore
import Foundation

/// `brief-cache.json`: the `BriefSnapshot` of the data file, stamped with the file's identity
/// (device, inode, size, modification and change times to the nanosecond). Every save rewrites
/// it; `debtdeck today` uses it only when the stamp still matches the data file — any other
/// change (another program, a restore, a hand edit) makes it stale, and today reads the data
/// file instead. Losing it loses nothing.
public enum BriefCache {
  struct File: Codable {
    let stamp: [Int64]
    let snapshot: BriefSnapshot
  }

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
    guard let stamp = stamp(location.portfolioFile),
      let data = try? JSONEncoder().encode(File(stamp: stamp, snapshot: BriefSnapshot(portfolio)))
    else { return }
    try? AtomicFile.write([UInt8](data), to: location.briefCacheFile, fileSystem: fileSystem)
  }

  /// The snapshot, when the cache exists, parses, is of this version and matches the data file.
  public static func read(_ location: DataLocation) -> BriefSnapshot? {
    guard let current = stamp(location.portfolioFile),
      let bytes = try? POSIX.readAll(location.briefCacheFile),
      let file = try? JSONDecoder().decode(File.self, from: Data(bytes)),
      file.stamp == current, file.snapshot.version == BriefSnapshot.currentVersion
    else { return nil }
    return file.snapshot
  }
}
