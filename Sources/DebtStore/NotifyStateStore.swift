import DebtCore
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Reads and writes `notify-state.json`, what `debtdeck notify` sent, with the same atomic save
/// as the data (temp file, fsync, rename, fsync of the directory): a run killed mid-write leaves
/// the old state or the new one, never a torn file. A missing file means nothing was sent yet.
public struct NotifyStateStore: Sendable {
  public let location: DataLocation
  public let fileSystem: FileSystem

  public init(location: DataLocation, fileSystem: FileSystem = .posix) {
    self.location = location
    self.fileSystem = fileSystem
  }

  public func load() throws(StoreError) -> NotifySentState {
    let file = location.notifyStateFile
    guard let bytes = try POSIX.readAll(file) else { return NotifySentState() }
    if let v = SchemaVersion.find(in: bytes), v > NotifySentState.currentSchemaVersion {
      throw StoreError.newerVersion(file: file, found: v, supported: NotifySentState.currentSchemaVersion)
    }
    do {
      return try JSONDecoder().decode(NotifySentState.self, from: Data(bytes))
    } catch {
      if let s = JSONSyntaxCheck.firstError(in: bytes) {
        throw StoreError.unreadable(
          file: file, line: s.line, column: s.column, reason: s.text, backup: nil)
      }
      let reason = (error as? DecodingError).map(DecodingError.describe) ?? DecodingError.unexpected(error)
      throw StoreError.unreadable(file: file, line: nil, column: nil, reason: reason, backup: nil)
    }
  }

  /// The state, or nil when there is none or it cannot be read (for a display line only).
  public func loadIfReadable() -> NotifySentState? { try? load() }

  public func save(_ state: NotifySentState) throws(StoreError) {
    try POSIX.makeDirectory(location.dataDirectory)
    AtomicFile.removeLeftovers(in: location.dataDirectory)
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    let data: Data
    do {
      data = try encoder.encode(state)
    } catch {
      throw StoreError.io(file: location.notifyStateFile, operation: "encode", errno: EINVAL)
    }
    try AtomicFile.write([UInt8](data) + [0x0A], to: location.notifyStateFile, fileSystem: fileSystem)
  }

  /// Moves a damaged state file aside (`notify-state.json.damaged`), so the next run starts
  /// afresh while the damaged bytes are kept for a look.
  public func setAsideDamaged() -> String {
    let aside = location.notifyStateFile + ".damaged"
    _ = rename(location.notifyStateFile, aside)
    return aside
  }

  /// Holds `.notify-lock` so two runs at once (the timer and a login) cannot both send.
  public func lock(timeout: Double = 10) throws(StoreError) -> FileLock {
    try POSIX.makeDirectory(location.dataDirectory)
    return try FileLock(path: location.notifyLockFile, timeout: timeout)
  }
}
