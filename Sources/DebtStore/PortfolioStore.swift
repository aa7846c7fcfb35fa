import DebtCore
import Foundation

/// What `stat` says about the data file; equal stamps mean no save happened in between.
public struct FileStamp: Hashable, Sendable {
  public let size: Int64
  public let inode: UInt64
  public let modified: Int64
}

/// A portfolio as read from disk, with the fingerprint of the bytes it came from.
public struct LoadedPortfolio: Sendable {
  public var portfolio: Portfolio
  public var fingerprint: Fingerprint
  /// Set when the file was of an older schema and was (or, read-only, would be) upgraded.
  public var migratedFrom: Int?
  /// Set after a save whose new file is in place but whose durability the disk did not confirm
  /// (`StoreError.unconfirmed`): the save happened; say so, and never repeat it.
  public var warning: StoreError? = nil
}

/// Reads and writes `portfolio.json` in the data directory.
///
/// Writers lock, re-read, apply their change to the latest version and save atomically, so two
/// processes never lose each other's changes. Readers never lock and never write. A file that does
/// not parse, is inconsistent, or comes from a newer version is refused and never overwritten.
public struct PortfolioStore: Sendable {
  public let location: DataLocation
  public let fileSystem: FileSystem
  public let migrations: [Migration]
  public let backups: Backups
  public let schemaVersion: Int

  public init(
    location: DataLocation, fileSystem: FileSystem = .posix, migrations: [Migration] = Migration.portfolio,
    schemaVersion: Int = Portfolio.currentSchemaVersion, backupsToKeep: Int = 20
  ) {
    self.location = location
    self.fileSystem = fileSystem
    self.migrations = migrations
    self.schemaVersion = schemaVersion
    self.backups = Backups(directory: location.backupDirectory, keep: backupsToKeep)
  }

  var file: String { location.portfolioFile }

  // MARK: Reading

  /// Reads the portfolio. A missing file is an empty portfolio. Never writes: an older schema is
  /// upgraded in memory only (`update` writes the upgrade, keeping the original as a backup).
  public func load() throws(StoreError) -> LoadedPortfolio {
    try refuseDanglingLink()
    let bytes = try POSIX.readAll(file)
    return try decode(bytes)
  }

  /// A `portfolio.json` that is a link to nothing is not "no data yet": its data is elsewhere.
  func refuseDanglingLink() throws(StoreError) {
    var st = stat()
    if lstat(file, &st) == 0, st.st_mode & S_IFMT == S_IFLNK, !POSIX.exists(file) {
      throw StoreError.io(file: file, operation: "follow the symbolic link", errno: ENOENT)
    }
  }

  /// Size, modification time and inode of the data file: a cheap way to notice a save by another
  /// process without reading the file (nil when it does not exist).
  public func stamp() -> FileStamp? {
    var st = stat()
    guard stat(file, &st) == 0 else { return nil }
    return FileStamp(
      size: Int64(st.st_size), inode: UInt64(st.st_ino),
      modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec))
  }

  /// Whether the file on disk is no longer the one `fingerprint` was taken of.
  public func hasChanged(since fingerprint: Fingerprint) -> Bool {
    guard let bytes = try? POSIX.readAll(file) else { return true }
    return Fingerprint(bytes) != fingerprint
  }

  func decode(_ bytes: [UInt8]?) throws(StoreError) -> LoadedPortfolio {
    guard let bytes else {
      return LoadedPortfolio(portfolio: Portfolio(), fingerprint: Fingerprint(nil), migratedFrom: nil)
    }
    let fingerprint = Fingerprint(bytes)
    var data = Data(bytes)
    var migratedFrom: Int? = nil
    // Every load: the file must be strict JSON without duplicate keys (a decoder would keep one
    // value of a duplicated key and the next save would drop the other). A truncated file is
    // reported with the line and column where it breaks.
    if let syntax = JSONSyntaxCheck.firstError(in: bytes) {
      throw StoreError.unreadable(
        file: file, line: syntax.line, column: syntax.column, reason: syntax.message,
        backup: newestGoodBackup())
    }
    guard let version = SchemaVersion.find(in: bytes) else {
      throw unreadable(bytes, reason: "no \"schemaVersion\" found; this is not a DebtDeck data file")
    }
    if version > schemaVersion {
      throw StoreError.newerVersion(file: file, found: version, supported: schemaVersion)
    }
    if version < schemaVersion {
      if let syntax = JSONSyntaxCheck.firstError(in: bytes) {
        throw StoreError.unreadable(
          file: file, line: syntax.line, column: syntax.column, reason: syntax.message,
          backup: newestGoodBackup())
      }
      do {
        guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
          throw MigrationError(message: "the top level is not an object")
        }
        let upgraded = try Migration.run(object, from: version, to: schemaVersion, using: migrations)
        data = try JSONSerialization.data(withJSONObject: upgraded)
        migratedFrom = version
      } catch {
        throw unreadable(bytes, reason: "cannot upgrade from schema \(version): \(error)")
      }
    }
    let portfolio: Portfolio
    do {
      // The payments by hand when the file is as this version writes it (most of a large file);
      // anything unusual goes through JSONDecoder for its checks and messages.
      if migratedFrom == nil, let fast = PaymentsDecoder.decode(bytes) {
        portfolio = fast
      } else {
        portfolio = try JSONDecoder().decode(Portfolio.self, from: data)
      }
    } catch let error as DecodingError {
      throw unreadable(bytes, decoding: error)
    } catch {
      throw unreadable(bytes, reason: "\(error)")
    }
    let problems = portfolio.problems()
    if !problems.isEmpty {
      throw StoreError.invalid(file: file, problems: problems, backup: newestGoodBackup())
    }
    return LoadedPortfolio(portfolio: portfolio, fingerprint: fingerprint, migratedFrom: migratedFrom)
  }

  private func unreadable(_ bytes: [UInt8], reason: String) -> StoreError {
    .unreadable(file: file, line: nil, column: nil, reason: reason, backup: newestGoodBackup())
  }

  private func unreadable(_ bytes: [UInt8], decoding error: DecodingError) -> StoreError {
    if let syntax = JSONSyntaxCheck.firstError(in: bytes) {
      return .unreadable(
        file: file, line: syntax.line, column: syntax.column, reason: syntax.message,
        backup: newestGoodBackup())
    }
    return .unreadable(
      file: file, line: nil, column: nil, reason: DecodingError.describe(error), backup: newestGoodBackup())
  }

  /// The newest backup that loads cleanly, if any.
  public func newestGoodBackup() -> String? {
    for path in backups.list() {
      guard let bytes = try? POSIX.readAll(path),
        SchemaVersion.find(in: bytes).map({ $0 <= schemaVersion }) == true,
        JSONSyntaxCheck.firstError(in: bytes) == nil,
        let p = try? JSONDecoder().decode(Portfolio.self, from: Data(bytes)),
        p.problems().isEmpty
      else { continue }
      return path
    }
    return nil
  }

  // MARK: Writing

  /// Applies `change` to the latest saved portfolio and saves the result, under the lock.
  /// Nothing is written when `change` throws or leaves the data inconsistent.
  @discardableResult
  public func update<T>(_ change: (inout Portfolio) throws -> T) throws -> (T, LoadedPortfolio) {
    try POSIX.makeDirectory(location.dataDirectory)
    let lock = try FileLock(path: location.lockFile)
    defer { withExtendedLifetime(lock) {} }
    AtomicFile.removeLeftovers(in: location.dataDirectory)
    try refuseDanglingLink()
    let current = try decode(try POSIX.readAll(file))
    var portfolio = current.portfolio
    let result = try change(&portfolio)
    let saved = try write(portfolio, replacing: current)
    return (result, saved)
  }

  /// Saves `portfolio`, which was derived from the version with `base`. If another process saved
  /// in between, `reapply` is run on that newer version instead, so neither change is lost.
  public func save(
    _ portfolio: Portfolio, basedOn base: Fingerprint, reapply: (inout Portfolio) throws -> Void
  ) throws -> LoadedPortfolio {
    try POSIX.makeDirectory(location.dataDirectory)
    let lock = try FileLock(path: location.lockFile)
    defer { withExtendedLifetime(lock) {} }
    AtomicFile.removeLeftovers(in: location.dataDirectory)
    try refuseDanglingLink()
    let current = try decode(try POSIX.readAll(file))
    if current.fingerprint == base {
      return try write(portfolio, replacing: current)
    }
    var latest = current.portfolio
    try reapply(&latest)
    return try write(latest, replacing: current)
  }

  /// Replaces the data with a backup, after keeping the current file as a backup of its own.
  public func restore(backup path: String) throws -> LoadedPortfolio {
    let candidate = try read(path)
    return try update { $0 = candidate }.1
  }

  /// Reads a portfolio file from anywhere (a backup, an export), with the same checks and
  /// upgrades as the data file; errors name that file.
  public func read(_ path: String) throws(StoreError) -> Portfolio {
    guard let bytes = try POSIX.readAll(path) else {
      throw StoreError.io(file: path, operation: "open", errno: 2)
    }
    return try PortfolioStore(
      location: DataLocation(dataDirectory: AtomicFile.directory(of: path), configDirectory: ""),
      migrations: migrations, schemaVersion: schemaVersion
    ).decodeFile(bytes, named: path).portfolio
  }

  private func decodeFile(_ bytes: [UInt8], named path: String) throws(StoreError) -> LoadedPortfolio {
    do {
      return try decode(bytes)
    } catch {
      switch error {
      case .unreadable(_, let l, let c, let r, _):
        throw .unreadable(file: path, line: l, column: c, reason: r, backup: nil)
      case .invalid(_, let p, _): throw .invalid(file: path, problems: p, backup: nil)
      case .newerVersion(_, let f, let s): throw .newerVersion(file: path, found: f, supported: s)
      default: throw error
      }
    }
  }

  private func write(_ portfolio: Portfolio, replacing current: LoadedPortfolio) throws -> LoadedPortfolio {
    let problems = portfolio.problems()
    guard problems.isEmpty else { throw StoreError.rejected(problems: problems) }
    let bytes = try PortfolioStore.encode(portfolio)
    try AtomicFile.checkReplaceable(file)
    if let from = current.migratedFrom {
      try backups.take(of: file, prefix: "pre-migration-schema\(from)", fileSystem: fileSystem)
    } else {
      try backups.take(of: file, fileSystem: fileSystem)
    }
    var warning: StoreError? = nil
    do {
      try AtomicFile.write(bytes, to: file, fileSystem: fileSystem)
    } catch {
      guard case .unconfirmed = error else { throw error }
      warning = error
    }
    BriefCache.write(portfolio, location: location, fileSystem: fileSystem)
    return LoadedPortfolio(
      portfolio: portfolio, fingerprint: Fingerprint(bytes), migratedFrom: nil, warning: warning)
  }

  /// The file's bytes: pretty-printed JSON with sorted keys, so saves are deterministic and diffable.
  public static func encode(_ portfolio: Portfolio) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var bytes = try PaymentsEncoder.encode(portfolio, with: encoder)
    bytes.append(0x0A)
    return bytes
  }
}

extension DecodingError {
  /// "debts[2].principal: expected a whole number" — where and what, for a person.
  static func describe(_ error: DecodingError) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      var s = ""
      for k in keys {
        if let i = k.intValue { s += "[\(i)]" } else { s += (s.isEmpty ? "" : ".") + k.stringValue }
      }
      return s.isEmpty ? "top level" : s
    }
    switch error {
    case .typeMismatch(let type, let c):
      return "\(path(c.codingPath)): expected \(DecodingError.name(of: type)) (\(c.debugDescription))"
    case .valueNotFound(let type, let c):
      return "\(path(c.codingPath)): missing \(DecodingError.name(of: type))"
    case .keyNotFound(let key, let c):
      return "\(path(c.codingPath + [key])): required field is missing"
    case .dataCorrupted(let c):
      return "\(path(c.codingPath)): \(c.debugDescription)"
    @unknown default:
      return "\(error)"
    }
  }

  private static func name(of type: Any.Type) -> String {
    switch type {
    case is Int.Type, is Int64.Type: return "a whole number"
    case is String.Type: return "text"
    case is Bool.Type: return "true or false"
    case is Double.Type: return "a number"
    default: return "\(type)"
    }
  }
}
