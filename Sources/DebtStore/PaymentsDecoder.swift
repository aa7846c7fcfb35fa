import DebtCore
import Foundation

/// Reads the `payments` array of a data file by hand — a hundred thousand small objects are most
/// of the file, and Foundation's `JSONDecoder` spends half a second on them — and leaves the rest
/// to `JSONDecoder`. It accepts only what it fully understands (the five known keys, integers,
/// valid strings); anything else makes it step aside, and the ordinary decoder reads the whole
/// file with its usual checks and messages.
enum PaymentsDecoder {
  /// The portfolio, or nil when the fast path does not apply.
  static func decode(_ bytes: [UInt8]) -> Portfolio? {
    guard let top = topLevel(bytes), let range = top.payments else { return nil }
    var parser = Parser(bytes: bytes, index: range.lowerBound)
    guard let payments = parser.paymentArray(), parser.index == range.upperBound else { return nil }
    var rest = Array(bytes[..<range.lowerBound])
    rest += Array("[]".utf8)
    rest += bytes[range.upperBound...]
    guard var portfolio = try? JSONDecoder().decode(Portfolio.self, from: Data(rest)) else { return nil }
    portfolio.payments = payments
    // Without a stored counter, the next payment number follows the payments (as the decoder does).
    if !top.keys.contains("nextPaymentNumber") { portfolio.nextPaymentNumber = payments.count + 1 }
    return portfolio
  }

  /// Where the value of the top-level key "payments" is: from its `[` to just after its `]`;
  /// nil when it is missing, appears twice, or the top level holds anything odd.
  static func payloadRange(_ b: [UInt8]) -> Range<Int>? {
    topLevel(b)?.payments
  }

  /// The top-level keys in order, and the range of the value of "payments".
  static func topLevel(_ b: [UInt8]) -> (keys: [String], payments: Range<Int>?)? {
    var i = 0
    while i < b.count && isSpace(b[i]) { i += 1 }
    guard i < b.count, b[i] == UInt8(ascii: "{") else { return nil }
    i += 1
    var keys: [String] = []
    var payments: Range<Int>?
    while true {
      while i < b.count && isSpace(b[i]) { i += 1 }
      guard i < b.count else { return nil }
      if b[i] == UInt8(ascii: "}") && keys.isEmpty { break }
      guard b[i] == UInt8(ascii: "\""), let keyEnd = skipString(b, i),
        let key = String(validating: b[(i + 1)..<(keyEnd - 1)], as: UTF8.self)
      else { return nil }
      guard !keys.contains(key) else { return nil }
      keys.append(key)
      i = keyEnd
      while i < b.count && isSpace(b[i]) { i += 1 }
      guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
      i += 1
      while i < b.count && isSpace(b[i]) { i += 1 }
      guard i < b.count else { return nil }
      let start = i
      switch b[i] {
      case UInt8(ascii: "{"), UInt8(ascii: "["):
        guard let end = skipValue(b, i) else { return nil }
        i = end
      case UInt8(ascii: "\""):
        guard let end = skipString(b, i) else { return nil }
        i = end
      default:
        while i < b.count && b[i] != UInt8(ascii: ",") && b[i] != UInt8(ascii: "}") { i += 1 }
      }
      if key == "payments" {
        guard b[start] == UInt8(ascii: "[") else { return nil }
        payments = start..<i
      }
      while i < b.count && isSpace(b[i]) { i += 1 }
      guard i < b.count else { return nil }
      if b[i] == UInt8(ascii: ",") {
        i += 1
        continue
      }
      guard b[i] == UInt8(ascii: "}") else { return nil }
      break
    }
    return (keys, payments)
  }

  static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

  /// The index just after the string starting at `i`.
  static func skipString(_ b: [UInt8], _ start: Int) -> Int? {
    var i = start + 1
    while i < b.count {
      if b[i] == UInt8(ascii: "\\") {
        i += 2
        continue
      }
      if b[i] == UInt8(ascii: "\"") { return i + 1 }
      i += 1
    }
    return nil
  }

  /// The index just after the array or object starting at `i`.
  static func skipValue(_ b: [UInt8], _ start: Int) -> Int? {
    var depth = 0
    var i = start
    while i < b.count {
      switch b[i] {
      case UInt8(ascii: "\""):
        guard let end = skipString(b, i) else { return nil }
        i = end
        continue
      case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
      case UInt8(ascii: "}"), UInt8(ascii: "]"):
        depth -= 1
        if depth == 0 { return i + 1 }
      default: break
      }
      i += 1
    }
    return nil
  }

  struct Parser {
    let bytes: [UInt8]
    var index: Int

    mutating func skipSpace() {
      while index < bytes.count && PaymentsDecoder.isSpace(bytes[index]) { index += 1 }
    }

    mutating func expect(_ c: Character) -> Bool {
      skipSpace()
      guard index < bytes.count, bytes[index] == c.asciiValue else { return false }
      index += 1
      return true
    }

    mutating func paymentArray() -> [Payment]? {
      guard expect("[") else { return nil }
      var out: [Payment] = []
      skipSpace()
      if index < bytes.count && bytes[index] == UInt8(ascii: "]") {
        index += 1
        return out
      }
      while true {
        guard let p = payment() else { return nil }
        out.append(p)
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "]") else { return nil }
        index += 1
        return out
      }
    }

    mutating func payment() -> Payment? {
      guard expect("{") else { return nil }
      var id: String?
      var debt: String?
      var date: LocalDate?
      var amount: Int64?
      var note: String?
      var seen = 0
      while true {
        guard let key = keyName(), expect(":"), seen & (1 << key.rawValue) == 0 else { return nil }
        seen |= 1 << key.rawValue
        switch key {
        case .id:
          guard let v = string() else { return nil }
          id = v
        case .debt:
          guard let v = string() else { return nil }
          debt = v
        case .note:
          guard let v = string() else { return nil }
          note = v
        case .date:
          guard let d = isoDate() else { return nil }
          date = d
        case .amount:
          guard let v = integer() else { return nil }
          amount = v
        }
        skipSpace()
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        guard bytes[index] == UInt8(ascii: "}") else { return nil }
        index += 1
        break
      }
      guard let id, let debt, let date, let amount else { return nil }
      return Payment(id: id, debt: debt, date: date, amount: amount, note: note ?? "")
    }

    enum Key: Int { case id, debt, date, amount, note }

    /// A key of a payment object, compared as bytes (no string is made).
    mutating func keyName() -> Key? {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
      var end = index + 1
      while end < bytes.count && bytes[end] != UInt8(ascii: "\"") && bytes[end] != UInt8(ascii: "\\") {
        end += 1
      }
      guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
      let name = bytes[(index + 1)..<end]
      index = end + 1
      if name.elementsEqual("id".utf8) { return .id }
      if name.elementsEqual("debt".utf8) { return .debt }
      if name.elementsEqual("date".utf8) { return .date }
      if name.elementsEqual("amount".utf8) { return .amount }
      if name.elementsEqual("note".utf8) { return .note }
      return nil
    }

    /// `"YYYY-MM-DD"` read from the bytes, checked as `LocalDate(iso:)` checks it.
    mutating func isoDate() -> LocalDate? {
      skipSpace()
      guard index + 12 <= bytes.count, bytes[index] == UInt8(ascii: "\""),
        bytes[index + 11] == UInt8(ascii: "\""),
        bytes[index + 5] == UInt8(ascii: "-"), bytes[index + 8] == UInt8(ascii: "-")
      else { return nil }
      func number(_ from: Int, _ count: Int) -> Int? {
        var v = 0
        for k in from..<(from + count) {
          let c = bytes[k]
          guard c >= 0x30 && c <= 0x39 else { return nil }
          v = v * 10 + Int(c - 0x30)
        }
        return v
      }
      guard let y = number(index + 1, 4), let m = number(index + 6, 2), let d = number(index + 9, 2),
        let date = LocalDate(year: y, month: m, day: d)
      else { return nil }
      index += 12
      return date
    }

    mutating func integer() -> Int64? {
      skipSpace()
      var negative = false
      if index < bytes.count && bytes[index] == UInt8(ascii: "-") {
        negative = true
        index += 1
      }
      var value: Int64 = 0
      var digits = 0
      while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 {
        let (m, o1) = value.multipliedReportingOverflow(by: 10)
        let (a, o2) = m.addingReportingOverflow(Int64(bytes[index] - 0x30))
        guard !o1 && !o2 else { return nil }
        value = a
        digits += 1
        index += 1
      }
      // A fraction or exponent is left to the ordinary decoder.
      if digits == 0
        || index < bytes.count
          && [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index])
      {
        return nil
      }
      return negative ? -value : value
    }

    mutating func string() -> String? {
      skipSpace()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
      index += 1
      let start = index
      var plain = true
      while index < bytes.count {
        let c = bytes[index]
        if c == UInt8(ascii: "\"") { break }
        if c < 0x20 { return nil }
        if c == UInt8(ascii: "\\") {
          plain = false
          index += 2
          continue
        }
        index += 1
      }
      guard index < bytes.count else { return nil }
      let end = index
      index += 1
      if plain { return String(validating: bytes[start..<end], as: UTF8.self) }
      return unescape(bytes[start..<end])
    }

    func unescape(_ s: ArraySlice<UInt8>) -> String? {
      var out: [UInt8] = []
      out.reserveCapacity(s.count)
      var i = s.startIndex
      func hex4(_ at: Int) -> UInt32? {
        guard at + 4 <= s.endIndex else { return nil }
        var v: UInt32 = 0
        for k in at..<(at + 4) {
          let c = s[k]
          let d: UInt8
          switch c {
          case 0x30...0x39: d = c - 0x30
          case 0x41...0x46: d = c - 0x41 + 10
          case 0x61...0x66: d = c - 0x61 + 10
          default: return nil
          }
          v = v * 16 + UInt32(d)
        }
        return v
      }
      while i < s.endIndex {
        let c = s[i]
        guard c == UInt8(ascii: "\\") else {
          out.append(c)
          i += 1
          continue
        }
        guard i + 1 < s.endIndex else { return nil }
        let e = s[i + 1]
        i += 2
        switch e {
        case UInt8(ascii: "\""): out.append(0x22)
        case UInt8(ascii: "\\"): out.append(0x5C)
        case UInt8(ascii: "/"): out.append(0x2F)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
          guard var v = hex4(i) else { return nil }
          i += 4
          if (0xD800...0xDBFF).contains(v) {
            guard i + 6 <= s.endIndex, s[i] == UInt8(ascii: "\\"), s[i + 1] == UInt8(ascii: "u"),
              let low = hex4(i + 2), (0xDC00...0xDFFF).contains(low)
            else { return nil }
            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
            i += 6
          } else if (0xDC00...0xDFFF).contains(v) {
            return nil
          }
          guard let scalar = Unicode.Scalar(v) else { return nil }
          out += Array(String(Character(scalar)).utf8)
        default: return nil
        }
      }
      return String(validating: out, as: UTF8.self)
    }
  }
}
