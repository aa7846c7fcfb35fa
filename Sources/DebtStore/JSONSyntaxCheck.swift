import DebtCore

/// Finds where a JSON text first goes wrong, with its line and column.
///
/// Foundation's decoder on Linux says only "not valid JSON"; a person repairing a file needs to
/// know where. It also finds what RFC 8259 allows but no writer of DebtDeck's files produces: a
/// key twice in one object. Decoders keep one of the two values and silently drop the other (two
/// top-level `payments` keys lost every payment of one of them), so every load runs this check.
struct JSONSyntaxCheck {
  struct Failure: Equatable, Error {
    let line: Int
    let column: Int
    let text: LocalizedText
    var message: String { text.en }
  }

  private let bytes: [UInt8]
  private var i = 0
  private var depth = 0
  static let maximumDepth = 512

  static func firstError(in bytes: [UInt8]) -> Failure? {
    var check = JSONSyntaxCheck(bytes: bytes)
    do throws(Failure) {
      if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { check.i = 3 }
      check.skipSpace()
      try check.value()
      check.skipSpace()
      if check.i < bytes.count {
        throw check.fail("unexpected text after the end of the data", "数据结束后还有多余的内容")
      }
      return nil
    } catch {
      return error
    }
  }

  private init(bytes: [UInt8]) { self.bytes = bytes }

  private func fail(_ en: String, _ zh: String) -> Failure {
    var line = 1
    var column = 1
    var k = 0
    while k < min(i, bytes.count) {
      if bytes[k] == 0x0A {
        line += 1
        column = 1
      } else if bytes[k] & 0xC0 != 0x80 {
        column += 1
      }
      k += 1
    }
    return Failure(line: line, column: column, text: LocalizedText(en: en, zh: zh))
  }

  private mutating func skipSpace() {
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
  }

  private mutating func value() throws(Failure) {
    guard i < bytes.count else { throw fail("the file ends too early (truncated?)", "文件提前结束（可能被截断）") }
    switch bytes[i] {
    case UInt8(ascii: "{"): try object()
    case UInt8(ascii: "["): try array()
    case UInt8(ascii: "\""): try string()
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): try number()
    default: throw fail("unexpected character where a value should be", "此处应为一个值，却是意外的字符")
    }
  }

  private mutating func enter() throws(Failure) {
    depth += 1
    if depth > JSONSyntaxCheck.maximumDepth { throw fail("nested too deeply", "嵌套层数过多") }
  }

  private mutating func object() throws(Failure) {
    try enter()
    i += 1
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
      i += 1
      depth -= 1
      return
    }
    var keys: [ArraySlice<UInt8>] = []
    var keySet: Set<[UInt8]> = []
    while true {
      skipSpace()
      guard i < bytes.count else {
        throw fail("the file ends inside an object (truncated?)", "文件在对象内部结束（可能被截断）")
      }
      guard bytes[i] == UInt8(ascii: "\"") else { throw fail("expected a quoted key", "此处应为带引号的键名") }
      let keyStart = i
      try string()
      let key = JSONSyntaxCheck.unescaped(bytes[(keyStart + 1)..<(i - 1)])
      // Small objects (most of them) compare in place; large ones use a set.
      let seen: Bool
      if keys.count < 16 {
        seen = keys.contains(key)
        keys.append(key)
        if keys.count == 16 { keySet = Set(keys.map(Array.init)) }
      } else {
        seen = !keySet.insert(Array(key)).inserted
      }
      if seen {
        i = keyStart
        throw fail(
          "the key \"\(String(decoding: key, as: UTF8.self))\" appears twice in one object",
          "键 \"\(String(decoding: key, as: UTF8.self))\" 在同一对象中出现了两次")
      }
      skipSpace()
      guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
        throw fail("expected ':' after a key", "键名后应为 ':'")
      }
      i += 1
      skipSpace()
      try value()
      skipSpace()
      guard i < bytes.count else {
        throw fail("the file ends inside an object (truncated?)", "文件在对象内部结束（可能被截断）")
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "}") {
        i += 1
        depth -= 1
        return
      }
      throw fail("expected ',' or '}'", "此处应为 ',' 或 '}'")
    }
  }

  /// A key's bytes with JSON escapes resolved, so `"p\u0061yments"` and `"payments"` are the
  /// same key (as they are to a decoder). Keys without a backslash come back as they are.
  static func unescaped(_ raw: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
    guard raw.contains(UInt8(ascii: "\\")) else { return raw }
    var scalars = String.UnicodeScalarView()
    let text = Array(raw)
    var j = 0
    while j < text.count {
      if text[j] == UInt8(ascii: "\\"), j + 1 < text.count {
        let e = text[j + 1]
        j += 2
        switch e {
        case UInt8(ascii: "u"):
          let hex = String(decoding: text[j..<min(j + 4, text.count)], as: UTF8.self)
          j += 4
          var value = UInt32(hex, radix: 16) ?? 0xFFFD
          // A surrogate pair: \uD83D\uDE00.
          if (0xD800...0xDBFF).contains(value), j + 6 <= text.count, text[j] == UInt8(ascii: "\\"),
            let low = UInt32(String(decoding: text[(j + 2)..<(j + 6)], as: UTF8.self), radix: 16),
            (0xDC00...0xDFFF).contains(low)
          {
            value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
            j += 6
          }
          scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "b"): scalars.append("\u{8}")
        case UInt8(ascii: "f"): scalars.append("\u{C}")
        default: scalars.append(Unicode.Scalar(e))
        }
        continue
      }
      // Copy one UTF-8 sequence as is.
      let start = j
      j += 1
      while j < text.count, text[j] & 0xC0 == 0x80 { j += 1 }
      for u in String(decoding: text[start..<j], as: UTF8.self).unicodeScalars { scalars.append(u) }
    }
    return ArraySlice(String(scalars).utf8)
  }

  private mutating func array() throws(Failure) {
    try enter()
    i += 1
    skipSpace()
    if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
      i += 1
      depth -= 1
      return
    }
    while true {
      skipSpace()
      try value()
      skipSpace()
      guard i < bytes.count else {
        throw fail("the file ends inside a list (truncated?)", "文件在列表内部结束（可能被截断）")
      }
      if bytes[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      if bytes[i] == UInt8(ascii: "]") {
        i += 1
        depth -= 1
        return
      }
      throw fail("expected ',' or ']'", "此处应为 ',' 或 ']'")
    }
  }

  private mutating func string() throws(Failure) {
    i += 1
    while i < bytes.count {
      let b = bytes[i]
      if b == UInt8(ascii: "\"") {
        i += 1
        return
      }
      if b < 0x20 { throw fail("a control character inside a string", "字符串中含有控制字符") }
      if b == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if b >= 0x80 {
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC2 ? 2 : 0
        guard length > 0, i + length <= bytes.count,
          bytes[(i + 1)..<(i + length)].allSatisfy({ $0 & 0xC0 == 0x80 }),
          b < 0xF5
        else { throw fail("invalid UTF-8 text", "无效的 UTF-8 文本") }
        i += length
        continue
      }
      i += 1
    }
    throw fail("the file ends inside a string (truncated?)", "文件在字符串内部结束（可能被截断）")
  }

  private mutating func literal(_ word: String) throws(Failure) {
    let w = Array(word.utf8)
    guard i + w.count <= bytes.count, Array(bytes[i..<(i + w.count)]) == w else {
      throw fail("unexpected word (expected \(word)?)", "意外的单词（应为 \(word)？）")
    }
    i += w.count
  }

  private mutating func number() throws(Failure) {
    let start = i
    if bytes[i] == UInt8(ascii: "-") { i += 1 }
    var digits = 0
    while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) {
      i += 1
      digits += 1
    }
    guard digits > 0 else {
      i = start
      throw fail("a number without digits", "数字中没有数字位")
    }
    // RFC 8259: no leading zero (`0100` is not JSON, and a reader must not take it as 100).
    let firstDigit = bytes[start] == UInt8(ascii: "-") ? start + 1 : start
    if digits > 1, bytes[firstDigit] == UInt8(ascii: "0") {
      i = start
      throw fail("a number with a leading zero", "数字不能以 0 开头")
    }
    var fractional = false
    if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
      fractional = true
      i += 1
      guard moreDigits() > 0 else {
        i = start
        throw fail("a number without digits after its decimal point", "小数点后没有数字")
      }
    }
    if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
      fractional = true
      i += 1
      if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
      guard moreDigits() > 0 else {
        i = start
        throw fail("a number without digits in its exponent", "指数部分没有数字")
      }
    }
    let text = String(decoding: bytes[start..<i], as: UTF8.self)
    if let d = Double(text), !d.isFinite {
      i = start
      throw fail("a number too large to represent", "数字太大，无法表示")
    }
    if !fractional && digits > 18 && Int64(text) == nil {
      i = start
      throw fail("a whole number too large to represent", "整数太大，无法表示")
    }
  }

  /// Skips the digits at `i` and says how many there were.
  private mutating func moreDigits() -> Int {
    let from = i
    while i < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[i]) { i += 1 }
    return i - from
  }
}
