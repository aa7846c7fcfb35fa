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

  func changedOnDisk() -> Portfolio? {
    let now = store.stamp()
    guard now != stamp else { return nil }
    stamp = now
    guard let loaded = try? store.load(), loaded.fingerprint != fingerprint else { return nil }
    fingerprint = loaded.fingerprint
    return loaded.portfolio
  }
}
