import DebtCore
import Foundation

/// Evidence files: hashed when a contact is recorded, re-checked by `doctor`.
public enum EvidenceFile {
  public enum Check: Hashable, Sendable {
    case intact
    case missing
    /// The file's bytes differ from when it was recorded.
    case changed(sha256: String)
  }

  /// Reads the file and returns its evidence record (absolute path, SHA-256, size).
  public static func record(path: String) throws(StoreError) -> Evidence {
    let absolute = absolutePath(path)
    let (hash, bytes) = try hash(absolute)
    return Evidence(path: absolute, sha256: hash, bytes: bytes)
  }

  public static func check(_ evidence: Evidence) -> Check {
    guard let (hash, _) = try? hash(evidence.path) else { return .missing }
    return hash == evidence.sha256 ? .intact : .changed(sha256: hash)
  }

  static func absolutePath(_ path: String) -> String {
    if path.hasPrefix("/") { return path }
    let cwd = FileManager.default.currentDirectoryPath
    return URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: cwd, isDirectory: true)).standardized
      .path
  }

  static func hash(_ path: String) throws(StoreError) -> (String, Int64) {
    // O_NONBLOCK: a FIFO named as evidence must not hang the command (or the app's key loop).
    let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY)
    guard fd >= 0 else { throw StoreError.io(file: path, operation: "open", errno: errno) }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw StoreError.io(file: path, operation: "stat", errno: errno) }
    if let kind = POSIX.kindIfNotRegular(st.st_mode) {
      throw StoreError.notRegularFile(file: path, kind: kind)
    }
    var hasher = SHA256()
    var total: Int64 = 0
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw StoreError.io(file: path, operation: "read", errno: errno)
      }
      if n == 0 { break }
      hasher.update(buffer[0..<n])
      total += Int64(n)
    }
    return (hasher.finalizeHex(), total)
  }
}
