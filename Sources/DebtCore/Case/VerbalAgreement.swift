/// What became of an agreement made by word of mouth (on a call, at the door): confirmed in
/// writing, or dropped (it fell through, or it was never really agreed).
public struct VerbalResolution: Hashable, Sendable, Codable {
  public enum State: String, Codable, Sendable, CaseIterable { case confirmed, dropped }

  public var state: State
  public var on: LocalDate
  /// The later entry that brought the written confirmation, when there is one.
  public var by: String?

  public init(_ state: State, on: LocalDate, by: String? = nil) {
    self.state = state
    self.on = on
    self.by = by
  }
}

extension CaseFile {
  /// Entries whose agreement was only said, oldest first: not corrected by a later entry, not
  /// confirmed or dropped, and not followed by an agreement recorded as confirmed in writing.
  public var openVerbalAgreements: [ContactEntry] {
    let corrected = correctedIDs
    return contacts.filter { e in
      e.verbalAgreement && !corrected.contains(e.id) && verbalResolutions[e.id] == nil
        && !agreements.contains { $0.confirmed == .writing && $0.madeOn >= e.at.date }
    }
  }

  /// Marks a verbal agreement confirmed or dropped (nil: open again); returns what it replaced.
  @discardableResult
  public mutating func resolveVerbal(_ entryID: String, _ resolution: VerbalResolution?) -> VerbalResolution?
  {
    let old = verbalResolutions[entryID]
    verbalResolutions[entryID] = resolution
    return old
  }

  /// The line the brief shows for an open verbal agreement.
  public static func verbalNotice(_ entry: ContactEntry, debtName: String) -> LocalizedText {
    let what = entry.agreed.isEmpty ? "" : entry.agreed
    return LocalizedText(
      en:
        "\(debtName): verbal agreement — ask for it in writing (\(entry.id), \(entry.at.date)\(what.isEmpty ? "" : ": " + what))",
      zh: "\(debtName)：口头约定——请对方书面确认（\(entry.id)，\(entry.at.date)\(what.isEmpty ? "" : "：" + what)）")
  }
}

/// How long a call lasted, as the log and the live-call card say it.
public enum CallDuration {
  /// "4 min 05 s" / "4 分 05 秒"; "1 h 02 min" from an hour.
  public static func text(_ seconds: Int) -> LocalizedText {
    let s = max(0, seconds)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    if s >= 3600 {
      return LocalizedText(
        en: "\(s / 3600) h \(two(s % 3600 / 60)) min", zh: "\(s / 3600) 小时 \(two(s % 3600 / 60)) 分")
    }
    return LocalizedText(en: "\(s / 60) min \(two(s % 60)) s", zh: "\(s / 60) 分 \(two(s % 60)) 秒")
  }

  /// The running timer: "04:05", "1:02:09".
  public static func clock(_ seconds: Int) -> String {
    let s = max(0, seconds)
    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    return s >= 3600 ? "\(s / 3600):\(two(s % 3600 / 60)):\(two(s % 60))" : "\(two(s / 60)):\(two(s % 60))"
  }
}

extension CallDuration {
  /// Reads a duration as a person writes it: "12m", "90s", "1h05m", "12:30" (minutes and
  /// seconds), "1:02:30", or a bare number of minutes. Nil when it is none of these or longer
  /// than a day.
  public static func parse(_ text: String) -> Int? {
    let t = text.trimmingSpaces.lowercased()
    guard !t.isEmpty, t.allSatisfy({ $0.isASCII }) else { return nil }
    var seconds = 0
    if t.contains(":") {
      let parts = t.split(separator: ":", omittingEmptySubsequences: false)
      guard parts.count == 2 || parts.count == 3,
        parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) })
      else { return nil }
      let n = parts.compactMap { Int($0) }
      guard n.count == parts.count, n.dropFirst().allSatisfy({ $0 < 60 }) else { return nil }
      seconds = n.count == 2 ? n[0] * 60 + n[1] : n[0] * 3600 + n[1] * 60 + n[2]
    } else if t.allSatisfy(\.isNumber) {
      guard let minutes = Int(t), minutes <= 1440 else { return nil }
      seconds = minutes * 60
    } else {
      var number = ""
      var units = Set<Character>()
      for ch in t {
        if ch.isNumber {
          number.append(ch)
          continue
        }
        guard let n = Int(number), number.count <= 5, ["h", "m", "s"].contains(ch), units.insert(ch).inserted
        else { return nil }
        seconds += n * (ch == "h" ? 3600 : ch == "m" ? 60 : 1)
        number = ""
      }
      guard number.isEmpty else { return nil }
    }
    return seconds <= 86_400 ? seconds : nil
  }
}
