/// The languages DebtDeck speaks.
public enum Language: String, Codable, Sendable, CaseIterable {
  case en
  case zhHans = "zh-Hans"

  /// Picks a language from a locale name such as `zh_CN.UTF-8` (zh_* → 简体中文, else English).
  public static func fromLocale(_ name: String?) -> Language {
    guard let name, name.lowercased().hasPrefix("zh") else { return .en }
    return .zhHans
  }

  /// The locale's language: the first non-empty of `LC_ALL`, `LC_MESSAGES`, `LANG` (POSIX
  /// precedence), `zh*` → 简体中文, anything else → English.
  public static func fromLocale(environment env: [String: String]) -> Language {
    let name = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { env[$0] }.first { !$0.isEmpty }
    return fromLocale(name)
  }

  /// The one rule for the language of everything DebtDeck says: what the user chose for this
  /// run (`--lang`), else the settings file's language, else the locale.
  public static func choose(explicit: Language?, settings: Language?, environment: [String: String])
    -> Language
  {
    explicit ?? settings ?? fromLocale(environment: environment)
  }
}

/// A user-visible string in every language the app has. Constructing one needs both, so a string
/// cannot exist in only one language.
public struct LocalizedText: Hashable, Sendable, Error {
  public let en: String
  public let zh: String

  public init(en: String, zh: String) {
    self.en = en
    self.zh = zh
  }

  public func callAsFunction(_ language: Language) -> String {
    switch language {
    case .en: return en
    case .zhHans: return zh
    }
  }
}
