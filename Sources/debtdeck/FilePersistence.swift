import DebtCore
import DebtDeckUI
import DebtStore
import Foundation

/// The UI's persistence through the JSON store: saves with conflict re-application, and notices
/// saves by other processes (a `debtdeck pay` in another terminal) with a cheap `stat` first.
@MainActor
final class FilePersistence: PortfolioPersistence {
  let store: PortfolioStore
  private var fingerprint: Fingerprint
  private var stamp: FileStamp?

  init(store: PortfolioStore, loaded: LoadedPortfolio) {
    self.store = store
    fingerprint = loaded.fingerprint
    stamp = store.stamp()
  }

  func save(_ portfolio: Portfolio, reapplying changes: [PortfolioChange]) throws -> Portfolio {
    let saved = try store.save(portfolio, basedOn: fingerprint) { latest in
      for change in changes { change.apply(to: &latest) }
    }
    fingerprint = saved.fingerprint
    stamp = store.stamp()
    return saved.portfolio
  }

  func saveSettings(_ settings: Settings) throws {
    try SettingsStore(location: store.location).save(settings)
  }

  func writeLetter(name: String, text: String) throws -> String {
    let directory = store.location.dataDirectory + "/letters"
    if mkdir(directory, 0o700) != 0 && errno != EEXIST {
      throw StoreError.io(file: directory, operation: "create directory", errno: errno)
    }
    let path = directory + "/" + name
    try AtomicFile.write(Array(text.utf8), to: path)
    return path
  }

  func evidence(at path: String) throws -> Evidence {
    var expanded = path
    if path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      expanded = home + path.dropFirst()
    }
    return try EvidenceFile.record(path: expanded)
  }

  /// The home folder first (where a user looks), then the temporary directory: a full or
  /// read-only data disk is often not theirs. A new name each time; nothing is replaced.
  func exportUnsaved(_ portfolio: Portfolio) throws -> String {
    let bytes = try PortfolioStore.encode(portfolio)
    let env = ProcessInfo.processInfo.environment
    var directories: [String] = []
    for candidate in [env["HOME"], env["TMPDIR"], "/tmp"] {
      if let dir = candidate, !dir.isEmpty, !directories.contains(dir) { directories.append(dir) }
    }
    var now = time(nil)
    var parts = tm()
    localtime_r(&now, &parts)
    let stamp = String(
      format: "%04d%02d%02d-%02d%02d%02d", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
      parts.tm_hour,
      parts.tm_min, parts.tm_sec)
    var failures: [String] = []
    for directory in directories {
      var path = directory + "/debtdeck-unsaved-\(stamp).json"
      var n = 1
      while access(path, F_OK) == 0 {
        n += 1
        path = directory + "/debtdeck-unsaved-\(stamp)-\(n).json"
      }
      do {
        try AtomicFile.write(bytes, to: path)
        return path
      } catch StoreError.unconfirmed {
        return path  // written and renamed; only the directory's fsync failed
      } catch {
        failures.append("\(error)")
      }
    }
    let all = failures.joined(separator: "; ")
    throw LocalizedText(en: all, zh: all)
  }

  func changedOnDisk() -> Portfolio? {
    let now = store.stamp()
    guard now != stamp else { return nil }
    stamp = now
    guard let loaded = try? store.load(), loaded.fingerprint != fingerprint else { return nil }
    fingerprint = loaded.fingerprint
    return loaded.portfolio
  }
}
