#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// An errno in words, with its symbolic name: "the disk is full (ENOSPC)".
///
/// Every errno a file operation can plausibly return has a sentence a person can act on; any
/// other one gets the C library's text and its name or number, never a bare "error 21".
public enum SystemError {
  public static func describe(_ code: Int32) -> String {
    if let known = explained[code] { return "\(known.1) (\(known.0))" }
    let text = String(cString: strerror(code))
    return "\(text.prefix(1).lowercased() + text.dropFirst()) (errno \(code))"
  }

  /// The symbolic name, such as "ENOSPC" (nil for an errno this table does not know).
  public static func name(_ code: Int32) -> String? { explained[code]?.0 }

  private static let explained: [Int32: (String, String)] = [
    EPERM: ("EPERM", "the operation is not permitted"),
    ENOENT: ("ENOENT", "no such file or directory"),
    EINTR: ("EINTR", "interrupted by a signal"),
    EIO: ("EIO", "input/output error: the disk or the file system reported a failure"),
    ENXIO: ("ENXIO", "no such device or address (a FIFO with no writer, or a missing device)"),
    EBADF: ("EBADF", "the file descriptor is not open"),
    EAGAIN: ("EAGAIN", "the file is not ready to be read without waiting"),
    ENOMEM: ("ENOMEM", "out of memory"),
    EACCES: ("EACCES", "permission denied"),
    EBUSY: ("EBUSY", "the device or file is busy"),
    EEXIST: ("EEXIST", "a file with that name already exists"),
    EXDEV: ("EXDEV", "the paths are on different file systems"),
    ENODEV: ("ENODEV", "no such device"),
    ENOTDIR: ("ENOTDIR", "a part of the path is a file, not a directory"),
    EISDIR: ("EISDIR", "it is a directory, not a file"),
    EINVAL: ("EINVAL", "the operation is not valid for this file"),
    ENFILE: ("ENFILE", "the system has too many open files"),
    EMFILE: ("EMFILE", "this process has too many open files"),
    ETXTBSY: ("ETXTBSY", "the file is busy"),
    EFBIG: ("EFBIG", "the file is too large"),
    ENOSPC: ("ENOSPC", "the disk is full"),
    ESPIPE: ("ESPIPE", "the file is a pipe, not a regular file"),
    EROFS: ("EROFS", "the file system is read-only"),
    EMLINK: ("EMLINK", "too many links to the file"),
    EPIPE: ("EPIPE", "the reader of the pipe has gone away"),
    ENAMETOOLONG: ("ENAMETOOLONG", "the file name is too long"),
    ENOLCK: ("ENOLCK", "no locks available"),
    ENOSYS: ("ENOSYS", "the file system does not support this operation"),
    ENOTEMPTY: ("ENOTEMPTY", "the directory is not empty"),
    ELOOP: ("ELOOP", "too many symbolic links, or a symbolic link where none is allowed"),
    EOVERFLOW: ("EOVERFLOW", "the file is too large for this operation"),
    EOPNOTSUPP: ("EOPNOTSUPP", "the file system does not support this operation"),
    ETIMEDOUT: ("ETIMEDOUT", "the operation timed out (a network file system?)"),
    ESTALE: ("ESTALE", "the file handle is stale (a network file system changed underneath)"),
    EDQUOT: ("EDQUOT", "disk quota exceeded"),
  ]
}
