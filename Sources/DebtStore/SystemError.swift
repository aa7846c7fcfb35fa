import DebtCore

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

  /// The same in every language; an errno without a sentence keeps the C library's (English)
  /// text beside its number in both.
  public static func text(_ code: Int32) -> LocalizedText {
    let en = describe(code)
    guard let name = explained[code]?.0, let zh = chinese[code] else {
      return LocalizedText(en: en, zh: "系统错误 \(code)（\(en)）")
    }
    return LocalizedText(en: en, zh: "\(zh)（\(name)）")
  }

  private static let chinese: [Int32: String] = [
    EPERM: "不允许此操作",
    ENOENT: "没有这个文件或目录",
    EINTR: "被信号中断",
    EIO: "输入/输出错误：磁盘或文件系统报告了故障",
    ENXIO: "没有这个设备或地址（没有写入方的 FIFO，或设备不存在）",
    EBADF: "文件描述符未打开",
    EAGAIN: "文件暂时无法不等待地读取",
    ENOMEM: "内存不足",
    EACCES: "权限不足",
    EBUSY: "设备或文件正忙",
    EEXIST: "同名文件已存在",
    EXDEV: "路径位于不同的文件系统",
    ENODEV: "没有这个设备",
    ENOTDIR: "路径中的某一部分是文件而不是目录",
    EISDIR: "这是目录，不是文件",
    EINVAL: "此操作对该文件无效",
    ENFILE: "系统打开的文件过多",
    EMFILE: "本进程打开的文件过多",
    ETXTBSY: "文件正忙",
    EFBIG: "文件太大",
    ENOSPC: "磁盘已满",
    ESPIPE: "这是管道，不是普通文件",
    EROFS: "文件系统是只读的",
    EMLINK: "文件的链接过多",
    EPIPE: "管道的读取方已经退出",
    ENAMETOOLONG: "文件名太长",
    ENOLCK: "没有可用的锁",
    ENOSYS: "文件系统不支持此操作",
    ENOTEMPTY: "目录不是空的",
    ELOOP: "符号链接过多，或在不允许的地方出现了符号链接",
    EOVERFLOW: "文件太大，无法进行此操作",
    EOPNOTSUPP: "文件系统不支持此操作",
    ETIMEDOUT: "操作超时（网络文件系统？）",
    ESTALE: "文件句柄已失效（网络文件系统在底层发生了变化）",
    EDQUOT: "超出磁盘配额",
  ]

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
