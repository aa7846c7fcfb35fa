import DebtCore
import DebtDeckUI
import DebtStore

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

  func changedOnDisk() -> Portfolio? {
    let now = store.stamp()
    guard now != stamp else { return nil }
    stamp = now
    guard let loaded = try? store.load(), loaded.fingerprint != fingerprint else { return nil }
    fingerprint = loaded.fingerprint
    return loaded.portfolio
  }
}
