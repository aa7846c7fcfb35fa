/// What to be careful about in one contact entry: derived from its words and the lender's
/// official channel each time it is shown, never stored.
public struct ContactWarnings: Hashable, Sendable {
  public var scam: [ScamFlag]
  public var unofficialNumber: Bool

  public var isEmpty: Bool { scam.isEmpty && !unofficialNumber }

  /// One line per warning: what it is, then what to do instead.
  public func lines(_ rules: RuleBook) -> [LocalizedText] {
    var out: [LocalizedText] = []
    if unofficialNumber {
      out.append(
        LocalizedText(
          en: "⚠ not the official number — call the lender back on its official number before you act",
          zh: "⚠ 不是官方号码 — 行动前请用官方电话回拨核实"))
    }
    for flag in scam {
      let i = flag.instead(rules)
      out.append(
        LocalizedText(en: "⚠ possible scam: \(flag.label.en). \(i.en)", zh: "⚠ 疑似诈骗：\(flag.label.zh)。\(i.zh)")
      )
    }
    return out
  }
}
