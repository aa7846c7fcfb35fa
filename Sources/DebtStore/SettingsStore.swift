import DebtCore
import Foundation

/// Reads and writes `settings.json` in the config directory. A missing file means defaults.
public struct SettingsStore: Sendable {
  public let location: DataLocation
  public let fileSystem: FileSystem

  public init(location: DataLocation, fileSystem: FileSystem = .posix) {
    self.location = location
    self.fileSystem = fileSystem
  }

  public func load() throws(StoreError) -> Settings {
    let file = location.settingsFile
    guard let bytes = try POSIX.readAll(file) else { return Settings() }
    if let s = JSONSyntaxCheck.firstError(in: bytes) {
      throw StoreError.unreadable(file: file, line: s.line, column: s.column, reason: s.text, backup: nil)
    }
    if let v = SchemaVersion.find(in: bytes), v > Settings.currentSchemaVersion {
      throw StoreError.newerVersion(file: file, found: v, supported: Settings.currentSchemaVersion)
    }
    let settings: Settings
    do {
      settings = try JSONDecoder().decode(Settings.self, from: Data(bytes))
    } catch let error as DecodingError {
      if let s = JSONSyntaxCheck.firstError(in: bytes) {
        throw StoreError.unreadable(
          file: file, line: s.line, column: s.column, reason: s.text, backup: nil)
      }
      throw StoreError.unreadable(
        file: file, line: nil, column: nil, reason: DecodingError.describe(error), backup: nil)
    } catch {
      throw StoreError.unreadable(
        file: file, line: nil, column: nil, reason: DecodingError.unexpected(error), backup: nil)
    }
    let problems = settings.problems()
    if !problems.isEmpty { throw StoreError.invalid(file: file, problems: problems, backup: nil) }
    return settings
  }

  /// Saves the settings. Returns a warning when the file is in place but the disk did not confirm
  /// it (the save happened; it must not be reported as failed).
  @discardableResult
  public func save(_ settings: Settings) throws -> StoreError? {
    try POSIX.makeDirectory(location.configDirectory)
    // A save killed half-way leaves `.settings.json.tmp.<pid>.<n>`: clean it as the data dir's.
    AtomicFile.removeLeftovers(in: location.configDirectory)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    var data = try encoder.encode(settings)
    data.append(0x0A)
    do {
      try AtomicFile.write([UInt8](data), to: location.settingsFile, fileSystem: fileSystem)
    } catch {
      guard case .unconfirmed = error else { throw error }
      return error
    }
    return nil
  }
}
