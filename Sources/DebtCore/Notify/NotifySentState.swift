/// What `debtdeck notify` has sent: the day each notice id last went out, and when the last
/// notice left and through which channel. Kept in its own small file beside the data, never in
/// the portfolio.
public struct NotifySentState: Hashable, Sendable {
  public static let currentSchemaVersion = 1
  /// Ids are dropped this many days after they were last sent, so the file stays small.
  public static let keepDays = 120

  /// Notice id (a reminder id, opaque here) → the day it was last sent.
  public var sent: [String: LocalDate]
  public var lastNotice: LocalDateTime?
  /// The channel the last notice went through (`desktop`, `terminal`, `stdout`, `command`).
  public var lastChannel: String?

  public init(sent: [String: LocalDate] = [:], lastNotice: LocalDateTime? = nil, lastChannel: String? = nil) {
    self.sent = sent
    self.lastNotice = lastNotice
    self.lastChannel = lastChannel
  }

  /// "Last notice: 2026-11-23 09:00 (desktop)", or nil when none was ever sent.
  public var lastNoticeLine: LocalizedText? {
    guard let lastNotice else { return nil }
    let channel =
      lastChannel.flatMap(NotifySettings.Channel.init(rawValue:))?.label
      ?? (lastChannel == "command" ? LocalizedText(en: "your command", zh: "自定义命令") : nil)
    let via =
      channel.map { LocalizedText(en: " (\($0.en))", zh: "（\($0.zh)）") } ?? LocalizedText(en: "", zh: "")
    return LocalizedText(en: "Last notice: \(lastNotice)\(via.en)", zh: "上次通知：\(lastNotice)\(via.zh)")
  }
}

extension NotifySentState: Codable {
  enum CodingKeys: String, CodingKey { case schemaVersion, sent, lastNotice, lastChannel }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      sent: try c.decodeIfPresent([String: LocalDate].self, forKey: .sent) ?? [:],
      lastNotice: try c.decodeIfPresent(LocalDateTime.self, forKey: .lastNotice),
      lastChannel: try c.decodeIfPresent(String.self, forKey: .lastChannel))
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(NotifySentState.currentSchemaVersion, forKey: .schemaVersion)
    try c.encode(sent, forKey: .sent)
    try c.encodeIfPresent(lastNotice, forKey: .lastNotice)
    try c.encodeIfPresent(lastChannel, forKey: .lastChannel)
  }
}
