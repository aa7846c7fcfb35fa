import DebtCore
import Foundation

/// Writes a data file with the `payments` array written by hand — the counterpart of
/// `PaymentsDecoder`. Foundation's `JSONEncoder` builds a tree of every value before writing a
/// byte: for a million payments that tree alone is most of a gigabyte. The rest of the file
/// still goes through `JSONEncoder`; the bytes are exactly the ones it would write
/// (pretty-printed, keys sorted, slashes unescaped), so a file does not change by being saved.
enum PaymentsEncoder {
  static func encode(_ portfolio: Portfolio, with encoder: JSONEncoder) throws -> [UInt8] {
    var rest = portfolio
    rest.payments = []
    let shell = [UInt8](try encoder.encode(rest))
    let empty = Array("\n  \"payments\" : [\n\n  ]".utf8)
    guard !portfolio.payments.isEmpty, let at = shell.firstRange(of: empty)?.lowerBound else {
      return portfolio.payments.isEmpty ? shell : [UInt8](try encoder.encode(portfolio))
    }
    var out: [UInt8] = []
    out.reserveCapacity(shell.count + portfolio.payments.count * 128)
    out += shell[..<at]
    out += Array("\n  \"payments\" : [\n".utf8)
    let last = portfolio.payments.count - 1
    for (i, p) in portfolio.payments.enumerated() {
      out += Array("    {\n      \"amount\" : ".utf8)
      out += Array(String(p.amount).utf8)
      out += Array(",\n      \"date\" : \"".utf8)
      out += Array(p.date.description.utf8)
      out += Array("\",\n      \"debt\" : ".utf8)
      string(p.debt, into: &out)
      out += Array(",\n      \"id\" : ".utf8)
      string(p.id, into: &out)
      out += Array(",\n      \"note\" : ".utf8)
      string(p.note, into: &out)
      out += Array(i == last ? "\n    }\n".utf8 : "\n    },\n".utf8)
    }
    out += Array("  ]".utf8)
    out += shell[(at + empty.count)...]
    return out
  }

  /// A JSON string as `JSONEncoder` writes it: quote, backslash and control characters escaped.
  static func string(_ s: String, into out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in s.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
      case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
      case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
      case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
      case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
      case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
      case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
      case 0..<0x20:
        let hex = Array("0123456789abcdef".utf8)
        out += Array("\\u00".utf8)
        out += [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }
}
