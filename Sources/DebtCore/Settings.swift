/// The user's preferences, kept in their own file beside (not inside) the data.
public struct Settings: Hashable, Sendable {
  public static let currentSchemaVersion = 1

  /// nil: follow the locale.
  public var language: Language?
  public var theme: String
  public var currency: Currency
  /// Days before a due date on which to remind (0 = the due day itself).
  public var reminderLeadDays: [Int]
  /// A due date this many days ahead or fewer makes a debt "due soon".
  public var dueSoonDays: Int
  /// The one-year LPR history used for the 4 × LPR reference line; edit it in settings.json.
  public var lprTable: LPRTable
  /// The quiet hours and call limit the contact log flags against.
  public var contactRules: ContactRules
  /// When and how `debtdeck notify` sends the day's notices.
  public var notify: NotifySettings

  /// The user's replacements for entries of the shipped rule book (`debtdeck rules` marks them).
  public var ruleOverrides: [RuleID: RuleOverride] = [:]

  /// The rule book in force: the shipped one with the user's overrides.
  public var legalRules: RuleBook {
    ruleOverrides.isEmpty ? .shipped : RuleBook.shipped.applying(ruleOverrides)
  }

  public init(
    language: Language? = nil, theme: String = "default", currency: Currency = .cny,
    reminderLeadDays: [Int] = [7, 3, 1, 0], dueSoonDays: Int = 7, lprTable: LPRTable = .standard,
    contactRules: ContactRules = .standard, notify: NotifySettings = .standard
  ) {
    self.contactRules = contactRules
    self.notify = notify
    self.language = language
    self.theme = theme
    self.currency = currency
    self.reminderLeadDays = reminderLeadDays
    self.dueSoonDays = dueSoonDays
    self.lprTable = lprTable
  }

  public func problems() -> [DataProblem] {
    var out: [DataProblem] = []
    if reminderLeadDays.contains(where: { !(0...60).contains($0) }) {
      out.append(
        DataProblem(path: "reminderLeadDays", en: "each must be 0 to 60 days", zh: "每一项都须为 0 至 60 天"))
    }
    if !(0...60).contains(dueSoonDays) {
      out.append(DataProblem(path: "dueSoonDays", en: "must be 0 to 60 days", zh: "须为 0 至 60 天"))
    }
    for (name, minute) in [("quietStart", contactRules.quietStart), ("quietEnd", contactRules.quietEnd)]
    where !(0...1439).contains(minute) {
      out.append(
        DataProblem(
          path: "contactRules.\(name)", en: "must be 0 to 1439 minutes after midnight",
          zh: "须为午夜后 0 至 1439 分钟"))
    }
    if !(1...50).contains(contactRules.maxCallsPerDay) {
      out.append(DataProblem(path: "contactRules.maxCallsPerDay", en: "must be 1 to 50", zh: "须为 1 至 50"))
    }
    out += RuleBook.problems(ruleOverrides)
    for (i, entry) in lprTable.entries.enumerated() {
      if let v = Double(entry.percent), v > 0, v < 50 { continue }
      out.append(
        DataProblem(
          path: "lprTable.entries[\(i)].percent", en: "“\(entry.percent)” is not a rate in percent",
          zh: "“\(entry.percent)” 不是百分数利率"))
    }
    out += notify.problems()
    return out
  }
}

extension Settings: Codable {
  enum CodingKeys: String, CodingKey {
    case schemaVersion, language, theme, currency, reminderLeadDays, dueSoonDays, lprTable, contactRules,
      notify,
      ruleOverrides
  }

  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let d = Settings()
    self.init(
      language: try c.decodeIfPresent(Language.self, forKey: .language),
      theme: try c.decodeIfPresent(String.self, forKey: .theme) ?? d.theme,
      currency: try c.decodeIfPresent(Currency.self, forKey: .currency) ?? d.currency,
      reminderLeadDays: try c.decodeIfPresent([Int].self, forKey: .reminderLeadDays) ?? d.reminderLeadDays,
      dueSoonDays: try c.decodeIfPresent(Int.self, forKey: .dueSoonDays) ?? d.dueSoonDays,
      lprTable: try c.decodeIfPresent(LPRTable.self, forKey: .lprTable) ?? d.lprTable,
      contactRules: try c.decodeIfPresent(ContactRules.self, forKey: .contactRules) ?? d.contactRules,
      notify: try c.decodeIfPresent(NotifySettings.self, forKey: .notify) ?? d.notify)
    ruleOverrides = try c.decodeIfPresent([RuleID: RuleOverride].self, forKey: .ruleOverrides) ?? [:]
  }

  public func encode(to encoder: any Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(Settings.currentSchemaVersion, forKey: .schemaVersion)
    try c.encodeIfPresent(language, forKey: .language)
    try c.encode(theme, forKey: .theme)
    try c.encode(currency, forKey: .currency)
    try c.encode(reminderLeadDays, forKey: .reminderLeadDays)
    try c.encode(dueSoonDays, forKey: .dueSoonDays)
    try c.encode(lprTable, forKey: .lprTable)
    try c.encode(contactRules, forKey: .contactRules)
    try c.encode(notify, forKey: .notify)
    if !ruleOverrides.isEmpty { try c.encode(ruleOverrides, forKey: .ruleOverrides) }
  }
}
