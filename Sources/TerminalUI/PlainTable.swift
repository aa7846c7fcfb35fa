/// Plain-text columns aligned by display width, for command output (CJK = 2 columns).
/// Every cell is escaped with `SafeText`, so data can never reach the terminal raw.
public struct PlainTable {
  public enum Alignment: Sendable { case left, right }

  public var headers: [String]
  public var alignments: [Alignment]
  public var rows: [[String]] = []
  /// The widest a column may be; longer cells are cut with `…`.
  public var maximumColumnWidth = 40
  /// False: no header line (for key–value listings).
  public var showsHeaders = true

  public init(headers: [String], alignments: [Alignment]? = nil) {
    self.headers = headers
    self.alignments = alignments ?? Array(repeating: .left, count: headers.count)
  }

  public mutating func add(_ row: [String]) { rows.append(row.map(\.terminalSafe)) }

  public func render() -> String {
    let all = (showsHeaders ? [headers.map(\.terminalSafe)] : []) + rows
    var widths = Array(repeating: 0, count: headers.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count {
        widths[i] = min(max(widths[i], cell.displayWidth), maximumColumnWidth)
      }
    }
    var lines: [String] = []
    for row in all {
      var parts: [String] = []
      for i in 0..<headers.count {
        let cell = i < row.count ? row[i] : ""
        let isLast = i == headers.count - 1
        if isLast && alignments[i] == .left {
          parts.append(cell.truncated(toWidth: maximumColumnWidth))
        } else {
          parts.append(cell.padded(toWidth: widths[i], alignRight: alignments[i] == .right))
        }
      }
      lines.append(parts.joined(separator: "  "))
    }
    return lines.joined(separator: "\n")
  }
}
