#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An exclusive advisory lock (flock) held by writers for the short time of a read-modify-save.
/// Readers never take it: a rename is atomic, so they always see a whole file.
public final class FileLock {
  private let fd: Int32

  /// Waits up to `timeout` seconds for the lock.
  public init(path: String, timeout: Double = 10) throws(StoreError) {
    let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    guard fd >= 0 else { throw StoreError.io(file: path, operation: "open lock", errno: errno) }
    var waited = 0.0
    while flock(fd, LOCK_EX | LOCK_NB) != 0 {
      guard errno == EWOULDBLOCK || errno == EINTR else {
        let code = errno
        close(fd)
        throw StoreError.io(file: path, operation: "lock", errno: code)
      }
      if waited >= timeout {
        close(fd)
        throw StoreError.locked(file: path)
      }
      usleep(2_000)
      waited += 0.002
    }
    self.fd = fd
  }

  deinit {
    flock(fd, LOCK_UN)
    close(fd)
  }
}
