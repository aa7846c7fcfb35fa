/// Reads CSV (RFC 4180 and what spreadsheets really write): quoted fields with doubled quotes and
/// line breaks inside, CRLF or LF, a leading byte order mark, blank lines skipped. Each row keeps
/// the line number it starts on, for error messages.
public enum CSVReader {
  public struct Row: Hashable, Sendable {
    public let line: Int
    public let fields: [String]
  }

  public struct FormatError: Error, Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let text: LocalizedText
    public var message: String { text.en }
    public var description: String { "line \(line): \(message)" }
  }

  public static func rows(_ text: String) throws(FormatError) -> [Row] {
    var out: [Row] = []
    var fields: [String] = []
    var field: [Unicode.Scalar] = []
    var inQuotes = false
    var afterQuote = false
    var line = 1
    var rowStart = 1
    var scalars = Array(text.unicodeScalars)
    if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
    var i = 0
    func endField() {
      var s = String.UnicodeScalarView()
      s.append(contentsOf: field)
      fields.append(String(s))
      field.removeAll(keepingCapacity: true)
      afterQuote = false
    }
    func endRow() {
      endField()
      if !(fields.count == 1 && fields[0].isEmpty) { out.append(Row(line: rowStart, fields: fields)) }
      fields.removeAll()
    }
    while i < scalars.count {
      let c = scalars[i]
      if inQuotes {
        if c == "\"" {
          if i + 1 < scalars.count && scalars[i + 1] == "\"" {
            field.append("\"")
            i += 1
          } else {
            inQuotes = false
            afterQuote = true
          }
        } else {
          if c == "\n" { line += 1 }
          field.append(c)
        }
      } else {
        switch c {
        case ",":
          endField()
        case "\r":
          if i + 1 < scalars.count && scalars[i + 1] == "\n" { i += 1 }
          endRow()
          line += 1
          rowStart = line
        case "\n":
          endRow()
          line += 1
          rowStart = line
        case "\"" where field.isEmpty && !afterQuote:
          inQuotes = true
        default:
          if afterQuote {
            throw FormatError(
              line: line,
              text: LocalizedText(
                en: "text after a closing quote; a quote inside a field is written \"\"",
                zh: "右引号后还有文字；字段内的引号要写成 \"\""))
          }
          field.append(c)
        }
      }
      i += 1
    }
    if inQuotes {
      throw FormatError(
        line: rowStart, text: LocalizedText(en: "a quoted field is never closed", zh: "有一个带引号的字段没有闭合"))
    }
    if !field.isEmpty || !fields.isEmpty { endRow() }
    return out
  }
}
