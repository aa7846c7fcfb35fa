/// How `debtdeck notify` reaches the person: from what time of day, outside which quiet hours,
/// through which channels, and an optional command of their own.
public struct NotifySettings: Hashable, Sendable {
  /// Where a notice can go, tried in the order the settings list them; the first one available
  /// gets it.
  public enum Channel: String, Codable, Sendable, CaseIterable {
    /// The desktop's notification service, through `notify-send`.
    case desktop
    /// A notification escape to the terminal (OSC 9, OSC 777, kitty's OSC 99).
    case terminal
    /// Plain text on standard output.
    case stdout

    public var label: LocalizedText {
      switch self {
      case .desktop: return LocalizedText(en: "desktop", zh: "桌面")
      case .terminal: return LocalizedText(en: "terminal", zh: "终端")
      case .stdout: return LocalizedText(en: "text", zh: "文本")
      }
    }
  }

  /// Notices go out from this minute of the day on (0 ..< 1440); the timer is set to it.
  public var time: Int
  /// No notice is sent at or after `quietStart` or before `quietEnd` (minutes of the day);
  /// equal values mean no quiet hours.
  public var quietStart: Int
  public var quietEnd: Int
  public var channels: [Channel]
  /// A program and its arguments, run for every notice (never through a shell); empty: none.
  public var command: [String]

  public init(
    time: Int = 9 * 60, quietStart: Int = 22 * 60, quietEnd: Int = 8 * 60,
    channels: [Channel] = [.desktop, .terminal, .stdout], command: [String] = []
  ) {
    self.time = time
    self.quietStart = quietStart
    self.quietEnd = quietEnd
    self.channels = channels
    self.command = command
  }

  public static let standard = NotifySettings()

  /// Whether `minute` (of the day) falls inside the quiet hours.
  public func isQuiet(_ minute: Int) -> Bool {
    if quietStart == quietEnd { return false }
    return quietStart > quietEnd
      ? (minute >= quietStart || minute < quietEnd) : (minute >= quietStart && minute < quietEnd)
  }

  public func problems() -> [DataProblem] {
    var out: [DataProblem] = []
    for (name, value) in [
      ("notify.at", time), ("notify.quietFrom", quietStart), ("notify.quietUntil", quietEnd),
    ]
    where !(0..<1440).contains(value) {
      out.append(
        DataProblem(path: name, en: "must be a time from 00:00 to 23:59", zh: "须为 00:00 至 23:59 之间的时间"))
    }
    if let first = command.first, first.isEmpty {
      out.append(DataProblem(path: "notify.command[0]", en: "the program to run is empty", zh: "要运行的程序为空"))
    }
    if command.contains(where: { $0.utf8.contains(0) }) {
      out.append(
        DataProblem(path: "notify.command", en: "an argument contains a NUL character", zh: "有参数含有 NUL 字符"))
    }
    return out
  }

  /// `09:05` for minute 545.
  public static func clock(_ minute: Int) -> String {
    let h = minute / 60
    let m = minute % 60
    return (h < 10 ? "0\(h)" : "\(h)") + ":" + (m < 10 ? "0\(m)" : "\(m)")
  }

  /// Reads `09:05` as minute 545; nil for anything else.
  public static func minute(parsing text: String) -> Int? {
    let parts = text.split(separator: ":", omittingEmptySubsequences: false)
    guard parts.count == 2, parts[1].count == 2, (1...2).contains(parts[0].count),
      parts.allSatisfy({ $0.allSatisfy(\.isASCII) }),
      let h = Int(parts[0]), let m = Int(parts[1]), (0...23).contains(h), (0...59).contains(m)
    else { return nil }
    return h * 60 + m
  }
}

extension NotifySettings: Codable {
  enum CodingKeys: String, CodingKey { case at, quietFrom, quietUntil, channels, command }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    func minutes(_ key: CodingKeys, _ fallback: Int) throws -> Int {
      guard let text = try c.decodeIfPresent(String.self, forKey: key) else { return fallback }
      guard let m = NotifySettings.minute(parsing: text) else {
        throw DecodingError.invalid(
          LocalizedText(
            en: "“\(text)” is not a time like 09:00 (00:00 to 23:59)",
            zh: "“\(text)” 不是 09:00 这样的时间（00:00 至 23:59）"),
          forKey: key, in: c)
      }
      return m
    }
    let d = NotifySettings.standard
    self.init(
      time: try minutes(.at, d.time), quietStart: try minutes(.quietFrom, d.quietStart),
      quietEnd: try minutes(.quietUntil, d.quietEnd),
      channels: try c.decodeIfPresent([Channel].self, forKey: .channels) ?? d.channels,
      command: try c.decodeIfPresent([String].self, forKey: .command) ?? d.command)
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(NotifySettings.clock(time), forKey: .at)
    try c.encode(NotifySettings.clock(quietStart), forKey: .quietFrom)
    try c.encode(NotifySettings.clock(quietEnd), forKey: .quietUntil)
    try c.encode(channels, forKey: .channels)
    try c.encode(command, forKey: .command)
  }
}
