/// Horizontal bars and sparklines drawn with block characters, in eighths of a cell.
public enum BarChart {
  static let eighths: [Character] = [" ", "▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"]
  static let sparks: [Character] = ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// A bar `value / maximum` of `width` cells.
  public static func bar(value: Int64, maximum: Int64, width: Int) -> String {
    guard width > 0, maximum > 0, value > 0 else { return "" }
    let eighthsTotal = Int((Double(min(value, maximum)) / Double(maximum) * Double(width * 8)).rounded())
    let full = eighthsTotal / 8
    let rest = eighthsTotal % 8
    var s = String(repeating: "█", count: full)
    if rest > 0 && full < width { s.append(eighths[rest]) }
    if s.isEmpty { s = "▏" }
    return s
  }

  /// One character per value, scaled between the smallest and the largest.
  public static func sparkline(_ values: [Int64]) -> String {
    guard let hi = values.max(), let lo = values.min() else { return "" }
    let span = max(hi - lo, 1)
    return String(values.map { sparks[Int(Double($0 - lo) / Double(span) * 7)] })
  }
}
