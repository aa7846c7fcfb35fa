/// Identifies the exact bytes of a file as read, to tell whether another process has saved since.
public struct Fingerprint: Hashable, Sendable {
  public let size: Int
  public let hash: UInt64

  /// nil bytes: the file did not exist.
  public init(_ bytes: [UInt8]?) {
    guard let bytes else {
      size = -1
      hash = 0
      return
    }
    var h: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a
    bytes.withUnsafeBufferPointer { buffer in
      for b in buffer {
        h ^= UInt64(b)
        h &*= 0x100_0000_01b3
      }
    }
    size = bytes.count
    hash = h
  }
}
