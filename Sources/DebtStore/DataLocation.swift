/// Where DebtDeck keeps its files.
///
/// Data: `--data-dir`, else `$DEBTDECK_HOME`, else `$XDG_DATA_HOME/debtdeck`, else
/// `~/.local/share/debtdeck`. Settings: `$XDG_CONFIG_HOME/debtdeck`, else `~/.config/debtdeck`.
public struct DataLocation: Equatable, Sendable {
  public let dataDirectory: String
  public let configDirectory: String

  public init(dataDirectory: String, configDirectory: String) {
    self.dataDirectory = dataDirectory
    self.configDirectory = configDirectory
  }

  public static func resolve(dataDir flag: String?, environment: [String: String]) -> DataLocation {
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? "."
    func nonEmpty(_ key: String) -> String? {
      guard let v = environment[key], !v.isEmpty else { return nil }
      return v
    }
    let data =
      flag.flatMap { $0.isEmpty ? nil : $0 }
      ?? nonEmpty("DEBTDECK_HOME")
      ?? nonEmpty("XDG_DATA_HOME").map { $0 + "/debtdeck" }
      ?? home + "/.local/share/debtdeck"
    let config =
      nonEmpty("XDG_CONFIG_HOME").map { $0 + "/debtdeck" } ?? home + "/.config/debtdeck"
    return DataLocation(dataDirectory: data, configDirectory: config)
  }

  public var portfolioFile: String { dataDirectory + "/portfolio.json" }
  public var backupDirectory: String { dataDirectory + "/backups" }
  public var lockFile: String { dataDirectory + "/.lock" }
  /// The brief cache (derived from `portfolio.json`, rewritten on every save, safe to delete).
  public var briefCacheFile: String { dataDirectory + "/brief-cache" }
  /// What `debtdeck notify` sent (its own file: notify never writes the portfolio).
  public var notifyStateFile: String { dataDirectory + "/notify-state.json" }
  public var notifyLockFile: String { dataDirectory + "/.notify-lock" }
  public var settingsFile: String { configDirectory + "/settings.json" }
  public var keysFile: String { configDirectory + "/keys.json" }
}
