/// Balance-over-time as rows of block characters, one row per plan, on a shared time axis.
public enum PlanChart {
  static let levels: [Character] = [" ", "▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]

  /// One row per result: its name, and `width` columns, each the total balance of its slice of
  /// months relative to the highest balance of all.
  public static func rows(_ results: [PlanResult], width: Int) -> [(name: LocalizedText, bars: String)] {
    let longest = max(results.map(\.months.count).max() ?? 1, 1)
    let top = max(results.compactMap { $0.months.first.map { $0.totalBalance + $0.totalPaid } }.max() ?? 1, 1)
    return results.map { r in
      var row = ""
      for column in 0..<width {
        let index = column * longest / width
        let balance = index < r.months.count ? r.months[index].totalBalance : 0
        let level = Int((Double(balance) / Double(top) * 8).rounded(.up))
        row.append(levels[min(max(level, 0), 8)])
      }
      return (r.strategy.name, row)
    }
  }
}
