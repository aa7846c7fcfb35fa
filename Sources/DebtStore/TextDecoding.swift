import DebtCore
import Foundation

/// Reads a text file whatever encoding a spreadsheet or a Chinese bank saved it in: UTF-8 with or
/// without a byte order mark, UTF-16 with one, or GB18030 (which includes GBK and GB2312).
public enum TextDecoding {
  public enum Encoding: String, CaseIterable, Sendable {
    case auto, utf8 = "utf-8", utf16 = "utf-16", gb18030, gbk
  }

  public struct Failure: Error, CustomStringConvertible {
    public let text: LocalizedText
    init(en: String, zh: String) { text = LocalizedText(en: en, zh: zh) }
    public var message: String { text.en }
    public var description: String { text.en }
  }

  static let gb18030 = String.Encoding(rawValue: 0x8000_0632)

  /// The text and the encoding it was read as.
  public static func decode(_ bytes: [UInt8], as encoding: Encoding = .auto) throws(Failure) -> (
    String, Encoding
  ) {
    switch encoding {
    case .utf8:
      let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
      guard let s = String(validating: body, as: UTF8.self) else {
        throw Failure(
          en: "the file is not valid UTF-8 at byte \(firstInvalidUTF8(body)); try --encoding gb18030",
          zh: "文件在第 \(firstInvalidUTF8(body)) 字节处不是有效的 UTF-8；可试试 --encoding gb18030")
      }
      return (s, .utf8)
    case .utf16:
      guard let s = utf16(bytes) else {
        throw Failure(en: "the file is not valid UTF-16", zh: "文件不是有效的 UTF-16")
      }
      return (s, .utf16)
    case .gb18030, .gbk:
      guard let s = String(data: Data(bytes), encoding: gb18030) else {
        throw Failure(en: "the file is not valid GB18030/GBK text", zh: "文件不是有效的 GB18030/GBK 文本")
      }
      return (s, encoding)
    case .auto:
      if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
        return try decode(bytes, as: .utf16)
      }
      if let s = try? decode(bytes, as: .utf8) { return s }
      if let s = try? decode(bytes, as: .gb18030) { return (s.0, .gb18030) }
      throw Failure(
        en:
          "the file is neither UTF-8 nor GB18030 (invalid byte at \(firstInvalidUTF8(bytes))); choose one with --encoding",
        zh: "文件既不是 UTF-8 也不是 GB18030（第 \(firstInvalidUTF8(bytes)) 字节无效）；请用 --encoding 指定编码")
    }
  }

  /// UTF-16 in the byte order its mark says; without a mark, the order its zero bytes show
  /// (Latin letters, digits and commas have their zero byte second in little-endian, the
  /// order Windows' "Unicode" text uses, and first in big-endian), little-endian when undecided.
  static func utf16(_ bytes: [UInt8]) -> String? {
    guard bytes.count % 2 == 0 else { return nil }
    var body = bytes[...]
    let littleEndian: Bool
    if body.starts(with: [0xFF, 0xFE]) {
      littleEndian = true
      body = body.dropFirst(2)
    } else if body.starts(with: [0xFE, 0xFF]) {
      littleEndian = false
      body = body.dropFirst(2)
    } else {
      var zeroFirst = 0
      var zeroSecond = 0
      for (k, b) in body.enumerated() where b == 0 {
        if k % 2 == 0 { zeroFirst += 1 } else { zeroSecond += 1 }
      }
      littleEndian = zeroSecond >= zeroFirst
    }
    let units = stride(from: body.startIndex, to: body.endIndex, by: 2).map { i -> UInt16 in
      let (a, b) = (UInt16(body[i]), UInt16(body[i + 1]))
      return littleEndian ? a | b << 8 : a << 8 | b
    }
    return String(validating: units, as: UTF16.self)
  }

  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count {
      let b = bytes[i]
      let n = b < 0x80 ? 1 : b >> 5 == 0b110 ? 2 : b >> 4 == 0b1110 ? 3 : b >> 3 == 0b11110 ? 4 : 0
      guard n > 0, i + n <= bytes.count, bytes[(i + 1)..<(i + n)].allSatisfy({ $0 >> 6 == 0b10 }) else {
        return i
      }
      i += n
    }
    return i
  }
}
