#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The few system calls the save protocol depends on, so tests can make any of them fail
/// (a full disk, a failed fsync) and check that the old file survives.
public struct FileSystem: Sendable {
  /// Writes up to `count` bytes; returns the count written or `-errno`.
  public var write: @Sendable (_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int
  /// Returns 0 or an errno.
  public var fsync: @Sendable (_ fd: Int32) -> Int32
  /// Returns 0 or an errno.
  public var rename: @Sendable (_ from: String, _ to: String) -> Int32
  /// A hard link (for backups). Returns 0 or an errno.
  public var link: @Sendable (_ existing: String, _ new: String) -> Int32

  public init(
    write: @escaping @Sendable (Int32, UnsafeRawPointer, Int) -> Int,
    fsync: @escaping @Sendable (Int32) -> Int32,
    rename: @escaping @Sendable (String, String) -> Int32,
    link: @escaping @Sendable (String, String) -> Int32 = { Glibc.link($0, $1) == 0 ? 0 : errno }
  ) {
    self.write = write
    self.fsync = fsync
    self.rename = rename
    self.link = link
  }

  /// The real calls, or — when `DEBTDECK_CRASH_AT=N` is set — the real calls with the process
  /// killed by SIGKILL just before the N-th write, fsync, rename or link. This is the fault
  /// injection point of the crash-consistency harness (Tests/EndToEndTests/CrashTests.swift),
  /// in the spirit of SQLite's crash tests; it has no other effect.
  public static func fromEnvironment(_ environment: [String: String]) -> FileSystem {
    guard let text = environment["DEBTDECK_CRASH_AT"], let n = Int(text), n > 0 else { return .posix }
    let counter = CallCounter(limit: n)
    let posix = FileSystem.posix
    return FileSystem(
      write: { fd, bytes, count in
        counter.tick()
        return posix.write(fd, bytes, count)
      },
      fsync: { fd in
        counter.tick()
        return posix.fsync(fd)
      },
      rename: { from, to in
        counter.tick()
        return posix.rename(from, to)
      },
      link: { existing, new in
        counter.tick()
        return posix.link(existing, new)
      })
  }

  public static let posix = FileSystem(
    write: { fd, bytes, count in
      let n = Glibc.write(fd, bytes, count)
      return n < 0 ? -Int(errno) : n
    },
    fsync: { fd in Glibc.fsync(fd) == 0 ? 0 : errno },
    rename: { from, to in Glibc.rename(from, to) == 0 ? 0 : errno }
  )
}

/// Counts system calls and kills the process at the chosen one (single-threaded by design: the
/// command line saves from one thread).
final class CallCounter: @unchecked Sendable {
  private var count = 0
  private let limit: Int

  init(limit: Int) { self.limit = limit }

  func tick() {
    count += 1
    if count == limit { kill(getpid(), SIGKILL) }
  }
}

/// Reads files the user names (imports, keys.json) with the same rules as the data files:
/// regular files only, never blocking on a FIFO, at most 1 GiB.
public enum RegularFile {
  /// The file's bytes; nil when it does not exist.
  public static func read(_ path: String, limit: Int = POSIX.readLimit) throws(StoreError) -> [UInt8]? {
    try POSIX.readAll(path, limit: limit)
  }
}

/// Small POSIX helpers with errors that say which file.
public enum POSIX {
  /// The largest file DebtDeck reads whole (data, settings, backups, imports): 1 GiB.
  public static let readLimit = 1 << 30

  /// Reads a whole regular file; nil when it does not exist.
  ///
  /// Opened with `O_NONBLOCK` so a FIFO never blocks, then refused unless `fstat` says it is a
  /// regular file: a device (/dev/zero), a FIFO, a socket or a directory gets a clear message, and
  /// a file above `limit` is refused before it can eat the memory.
  static func readAll(_ path: String, limit: Int = readLimit) throws(StoreError) -> [UInt8]? {
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    if fd < 0 {
      if errno == ENOENT { return nil }
      throw StoreError.io(file: path, operation: "open", errno: errno)
    }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw StoreError.io(file: path, operation: "stat", errno: errno) }
    if let kind = POSIX.kindIfNotRegular(st.st_mode) {
      throw StoreError.notRegularFile(file: path, kind: kind)
    }
    if st.st_size > limit {
      throw StoreError.tooLarge(file: path, bytes: Int64(st.st_size), limit: Int64(limit))
    }
    var bytes = [UInt8](repeating: 0, count: max(Int(st.st_size), 0))
    var total = 0
    while true {
      if total == bytes.count {
        // The file grew since fstat: read on, but never past the limit.
        guard total < limit + 1 else {
          throw StoreError.tooLarge(file: path, bytes: Int64(total), limit: Int64(limit))
        }
        bytes.append(contentsOf: [UInt8](repeating: 0, count: min(65_536, limit + 1 - total)))
      }
      let n = bytes.withUnsafeMutableBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return read(fd, base + total, buffer.count - total)
      }
      if n < 0 {
        if errno == EINTR { continue }
        throw StoreError.io(file: path, operation: "read", errno: errno)
      }
      if n == 0 { break }
      total += n
    }
    if total > limit { throw StoreError.tooLarge(file: path, bytes: Int64(total), limit: Int64(limit)) }
    bytes.removeSubrange(total...)
    return bytes
  }

  /// "a FIFO (named pipe)", "a device", … for anything but a regular file.
  static func kindIfNotRegular(_ mode: mode_t) -> String? {
    switch mode & S_IFMT {
    case S_IFREG: return nil
    case S_IFDIR: return "a directory"
    case S_IFIFO: return "a FIFO (named pipe)"
    case S_IFCHR, S_IFBLK: return "a device"
    case S_IFSOCK: return "a socket"
    default: return "not a regular file"
    }
  }

  /// Creates `path` (and its parents) with mode 0700. An existing directory is left as it is:
  /// DebtDeck never changes the mode of a directory it did not create (`--data-dir /tmp`).
  static func makeDirectory(_ path: String) throws(StoreError) {
    var st = stat()
    if stat(path, &st) == 0 { return }
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    if !parent.isEmpty, stat(parent, &st) != 0 {
      // Parents we create for the user (e.g. ~/.local/share) get the usual 0755.
      try makeParents(parent)
    }
    if mkdir(path, 0o700) != 0 && errno != EEXIST {
      throw StoreError.io(file: path, operation: "create directory", errno: errno)
    }
    _ = chmod(path, 0o700)
  }

  private static func makeParents(_ path: String) throws(StoreError) {
    var st = stat()
    if path.isEmpty || stat(path, &st) == 0 { return }
    let parent = path.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(
      separator: "/")
    try makeParents(parent)
    if mkdir(path, 0o755) != 0 && errno != EEXIST {
      throw StoreError.io(file: path, operation: "create directory", errno: errno)
    }
  }

  static func exists(_ path: String) -> Bool {
    var st = stat()
    return stat(path, &st) == 0
  }

  static func list(_ directory: String) -> [String] {
    guard let dir = opendir(directory) else { return [] }
    defer { closedir(dir) }
    var names: [String] = []
    while let entry = readdir(dir) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name != "." && name != ".." { names.append(name) }
    }
    return names
  }
}
