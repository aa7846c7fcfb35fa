#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Replaces a file so that, whatever happens (a kill, a power cut, a full disk), it holds either
/// the old bytes or the new ones, never a mix and never nothing.
///
/// The protocol: create a temp file in the same directory (0600, `O_EXCL`), write every byte
/// (looping on short writes), fsync it, close it, rename it over the target, fsync the directory.
/// Any failure before the rename removes the temp file and throws; the old file is untouched. A
/// failed fsync is never retried and called success: the kernel may already have dropped the dirty
/// pages. Once the rename is done the file holds the new bytes, so a failed directory fsync after
/// it throws `.unconfirmed` ("saved, but not confirmed"), never "nothing was changed".
public enum AtomicFile {
  /// The marker in temp file names, so leftovers can be found and removed at start-up.
  public static let tempMarker = ".tmp."

  public static func write(_ bytes: [UInt8], to path: String, fileSystem fs: FileSystem = .posix)
    throws(StoreError)
  {
    let directory = AtomicFile.directory(of: path)
    try checkReplaceable(path)
    let base = String(path.split(separator: "/").last ?? "file")
    let temp = "\(directory)/.\(base)\(tempMarker)\(getpid()).\(UInt32.random(in: 0...UInt32.max))"
    let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw StoreError.io(file: path, operation: "create temp file", errno: errno) }

    func abandon(_ operation: String, _ code: Int32, closed: Bool = false) -> StoreError {
      if !closed { close(fd) }
      unlink(temp)
      return StoreError.io(file: path, operation: operation, errno: code)
    }

    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { buffer in
        guard let base = buffer.baseAddress else { return 0 }
        return fs.write(fd, base + offset, buffer.count - offset)
      }
      if n == -Int(EINTR) { continue }
      if n < 0 { throw abandon("write", Int32(-n)) }
      if n == 0 { throw abandon("write", ENOSPC) }
      offset += n
    }
    let syncError = fs.fsync(fd)
    if syncError != 0 { throw abandon("fsync", syncError) }
    if close(fd) != 0 { throw abandon("close", errno, closed: true) }
    let renameError = fs.rename(temp, path)
    if renameError != 0 {
      unlink(temp)
      throw StoreError.io(file: path, operation: "rename", errno: renameError)
    }
    do {
      try syncDirectory(directory, fileSystem: fs, file: path)
    } catch {
      if case .io(_, let operation, let code) = error {
        throw StoreError.unconfirmed(file: path, operation: operation, errno: code)
      }
      throw error
    }
  }

  /// Refuses to replace anything but a regular file (or nothing): a rename over a symbolic link
  /// would turn the link into a file while its target keeps the old data, and one over a device
  /// (`--out /dev/stdout` as root) or a FIFO would replace the node itself.
  public static func checkReplaceable(_ path: String) throws(StoreError) {
    var existing = stat()
    guard lstat(path, &existing) == 0 else { return }
    if existing.st_mode & S_IFMT == S_IFLNK {
      throw StoreError.wontReplace(file: path, kind: "a symbolic link")
    }
    if let kind = POSIX.kindIfNotRegular(existing.st_mode) {
      throw StoreError.wontReplace(file: path, kind: kind)
    }
  }

  /// Makes a rename or link in `directory` durable.
  static func syncDirectory(_ directory: String, fileSystem fs: FileSystem, file: String) throws(StoreError) {
    let dfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard dfd >= 0 else { throw StoreError.io(file: file, operation: "open directory", errno: errno) }
    defer { close(dfd) }
    let code = fs.fsync(dfd)
    if code != 0 { throw StoreError.io(file: file, operation: "fsync directory", errno: code) }
  }

  /// Removes temp files left by a save that was killed. A temp file of a process that is still
  /// running is left alone.
  public static func removeLeftovers(in directory: String) {
    for name in POSIX.list(directory) where name.hasPrefix(".") && name.contains(tempMarker) {
      let parts = name.split(separator: tempMarker)
      if let tail = parts.last, let pidText = tail.split(separator: ".").first, let pid = Int32(pidText),
        pid != getpid(), kill(pid, 0) == 0
      {
        continue
      }
      unlink(directory + "/" + name)
    }
  }

  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    let d = String(path[..<slash])
    return d.isEmpty ? "/" : d
  }
}
