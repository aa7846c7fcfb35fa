/// Reads CSV (RFC 4180 and what spreadsheets really write): quoted fields with doubled quotes and
/// line breaks inside, CRLF or LF, a leading byte order mark, blank lines skipped. Each row keeps
/// the line number it starts on, for error messages.
///
/// It walks the text's UTF-8 bytes (every character CSV gives a meaning to is ASCII) and hands
/// out one row at a time, so a million-row file is never held as rows, nor as an array of
/// characters four bytes each.
public enum CSVReader {
  public struct Row: Hashable, Sendable {
    public let line: Int
    public let fields: [String]

    public init(line: Int, fields: [String]) {
      self.line = line
      self.fields = fields
    }
  }

  public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String
    public var description: String { "line \(line): \(message)" }
  }

  /// Every row at once (small files, tests).
  public static func rows(_ text: String) throws(FormatError) -> [Row] {
    var out: [Row] = []
    try forEachRow(text) { out.append($0) }
    return out
  }

  /// Calls `body` with each row in order; stops at the first format error.
  public static func forEachRow(_ text: String, _ body: (Row) -> Void) throws(FormatError) {
    var copy = text
    copy.makeContiguousUTF8()
    let result: Result<Void, FormatError>? = copy.utf8.withContiguousStorageIfAvailable { bytes in
      Result { () throws(FormatError) in try parse(bytes, body) }
    }
    switch result {
    case .success?, nil: return
    case .failure(let error)?: throw error
    }
  }

  private static func parse(_ b: UnsafeBufferPointer<UInt8>, _ body: (Row) -> Void) throws(FormatError) {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"),
      lf = UInt8(ascii: "\n")
    var fields: [String] = []
    var field: [UInt8] = []
    var inQuotes = false
    var afterQuote = false
    var line = 1
    var rowStart = 1
    var i = b.count >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF ? 3 : 0
    func endField() {
      fields.append(String(decoding: field, as: UTF8.self))
      field.removeAll(keepingCapacity: true)
      afterQuote = false
    }
    func endRow() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { body(Row(line: rowStart, fields: fields)) }
      fields.removeAll(keepingCapacity: true)
    }
    while i < b.count {
      let c = b[i]
      if inQuotes {
        if c == quote {
          if i + 1 < b.count && b[i + 1] == quote {
            field.append(quote)
            i += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if c == lf { line += 1 }
          field.append(c)
        }
      } else {
        switch c {
        case comma:
          endField()
        case cr:
          if i + 1 < b.count && b[i + 1] == lf { i += 1 }
          endRow()
          line += 1
          rowStart = line
        case lf:
          endRow()
          line += 1
          rowStart = line
        case quote where field.isEmpty && !afterQuote:
          inQuotes = true
        default:
          if afterQuote {
            throw FormatError(
              line: line, message: "text after a closing quote; a quote inside a field is written \"\"")
          }
          field.append(c)
        }
      }
      i += 1
    }
    if inQuotes { throw FormatError(line: rowStart, message: "a quoted field is never closed") }
    if !field.isEmpty || !fields.isEmpty { endRow() }
  }
}
