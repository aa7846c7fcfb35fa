import DebtCore
import Foundation
import Testing

@testable import DebtStore

@Suite("Portfolio store")
struct PortfolioStoreTests {
  @Test("save and load round trip, with Chinese text intact")
  func roundTrip() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    let (id, _) = try store.update { p in p.add(sampleDebt("借呗 应急 🚨")) }
    try store.update { p in
      p.record(Payment(id: "", debt: id, date: LocalDate(ordinal: 20_530), amount: 12_345, note: "部分"))
    }
    let loaded = try store.load().portfolio
    #expect(loaded.debts.count == 1)
    #expect(loaded.debts[0].name == "借呗 应急 🚨")
    #expect(loaded.debts[0].rate.percentText == "0.05")
    #expect(loaded.payments.map(\.amount) == [12_345])
    #expect(loaded.payments[0].id == "p1")
    // A second load of the same bytes gives the identical value.
    #expect(try store.load().portfolio == loaded)
  }

  @Test("a missing file is an empty portfolio and nothing is created by reading")
  func missingFile() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    #expect(try store.load().portfolio == Portfolio())
    #expect(!FileManager.default.fileExists(atPath: dir.path + "/data"))
  }

  @Test("directory 0700, data and backups 0600")
  func permissions() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    try store.update { $0.add(sampleDebt("second")) }
    #expect(dir.mode("data") == 0o700)
    #expect(dir.mode("data/portfolio.json") == 0o600)
    #expect(dir.mode("data/backups") == 0o700)
    let backups = dir.files("data/backups")
    #expect(backups.count == 1)
    for b in backups { #expect(dir.mode("data/backups/" + b) == 0o600) }
  }

  @Test("a corrupted file is refused with line and column, and left untouched")
  func corrupted() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    try store.update { $0.add(sampleDebt("second")) }
    let broken = "{\n  \"schemaVersion\": 1,\n  \"debts\": [ {\"id\": \"d1\",, } ]\n}\n"
    try dir.write("data/portfolio.json", broken)
    let error = loadError(store)
    guard case .unreadable(let file, let line, let column, _, let backup)? = error else {
      Issue.record("expected an unreadable-file error, got \(String(describing: error))")
      return
    }
    #expect(file.hasSuffix("portfolio.json"))
    #expect(line == 3)
    #expect(column == 26)  // the second comma
    #expect(backup != nil)
    #expect(error?.description.contains("portfolio.json:3:26") == true)
    // Writers refuse too, and the bytes are the same afterwards.
    #expect(throws: StoreError.self) { try store.update { $0.add(sampleDebt()) } }
    #expect(dir.bytes("data/portfolio.json") == Array(broken.utf8))
  }

  @Test("a wrong type names the field")
  func wrongType() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    let text = String(decoding: dir.bytes("data/portfolio.json") ?? [], as: UTF8.self)
      .replacingOccurrences(of: "\"principal\" : 1000000", with: "\"principal\" : \"lots\"")
    try dir.write("data/portfolio.json", text)
    #expect {
      try store.load()
    } throws: { error in
      (error as? StoreError)?.description.contains("debts[0].principal") == true
    }
  }

  @Test("inconsistent data (dangling payment, bad date) is refused with its path")
  func inconsistent() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try dir.write(
      "data/portfolio.json",
      """
      {"schemaVersion": 1, "debts": [], "payments": [{"id": "p1", "debt": "d9", "date": "2026-01-01", "amount": 5}]}
      """)
    #expect { try store.load() } throws: {
      ($0 as? StoreError)?.description.contains("payments[0].debt") == true
    }
    try dir.write(
      "data/portfolio.json",
      """
      {"schemaVersion": 1, "debts": [], "payments": [{"id": "p1", "debt": "d9", "date": "2026-02-30", "amount": 5}]}
      """)
    #expect { try store.load() } throws: { ($0 as? StoreError)?.description.contains("2026-02-30") == true }
  }

  @Test("a newer schemaVersion is refused and never overwritten")
  func newerVersion() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    let future = "{\"schemaVersion\": 99, \"debts\": [], \"whatever\": true}\n"
    try dir.write("data/portfolio.json", future)
    #expect(
      throws: StoreError.newerVersion(
        file: dir.location.portfolioFile, found: 99, supported: Portfolio.currentSchemaVersion)
    ) {
      try store.load()
    }
    #expect(throws: StoreError.self) { try store.update { $0.add(sampleDebt()) } }
    #expect(dir.bytes("data/portfolio.json") == Array(future.utf8))
  }

  @Test(
    "schema 1 files are upgraded to the current schema: the new fields are written out, nothing else changes")
  func realMigration() throws {
    let dir = TempDirectory()
    let v1 = """
      {"schemaVersion": 1, "nextDebtNumber": 2, "nextPaymentNumber": 2,
       "debts": [{"id": "d1", "name": "借呗", "lender": "蚂蚁", "kind": "jiebei", "currency": "CNY",
         "principal": 1000000, "rate": {"basis": "daily", "percent": "0.05"}, "upfrontFee": 0,
         "method": "equal-installment", "termMonths": 12, "startDate": "2026-01-09", "dueDay": 9,
         "graceDays": 0, "penaltyMultiplier": 1.5, "compoundPenalty": false, "reportsToCreditBureau": true,
         "minimumPercent": 10, "notes": "", "archived": false}],
       "payments": [{"id": "p1", "debt": "d1", "date": "2026-02-09", "amount": 91798, "note": "按时"}]}
      """
    try dir.write("data/portfolio.json", v1)
    let store = PortfolioStore(location: dir.location)
    let loaded = try store.load()
    #expect(loaded.migratedFrom == 1)
    #expect(loaded.portfolio.debts[0].allocationOrder == Debt.defaultAllocationOrder)
    #expect(dir.bytes("data/portfolio.json") == Array(v1.utf8))  // reading never writes
    try store.update { _ in }
    let text = String(decoding: dir.bytes("data/portfolio.json") ?? [], as: UTF8.self)
    #expect(text.contains("\"schemaVersion\" : \(Portfolio.currentSchemaVersion)"))
    #expect(text.contains("\"reminderStates\" : {"))
    #expect(text.contains("\"lateFeePercent\" : 0"))
    let kept = dir.files("data/backups").filter { $0.hasPrefix("pre-migration-schema1-") }
    #expect(kept.count == 1)
    #expect(dir.bytes("data/backups/" + (kept.first ?? "")) == Array(v1.utf8))
    #expect(try store.load().portfolio == loaded.portfolio)
  }

  @Test("an older schema is migrated on save, keeping the original as a backup")
  func migration() throws {
    let dir = TempDirectory()
    // Schema 1 → 2 in a test world where schema 2 renamed "debts" to "loans" and back.
    let migrations = [
      Migration(from: 1) { old in
        var new = old
        new["debts"] = old["debts"]
        new["migratedNote"] = "from 1"
        return new
      }
    ]
    try dir.write("data/portfolio.json", "{\"schemaVersion\": 1, \"debts\": [], \"payments\": []}")
    let store = PortfolioStore(location: dir.location, migrations: migrations, schemaVersion: 2)
    // (A test world whose schema 2 is this test's own step, not the real one.)
    let loaded = try store.load()
    #expect(loaded.migratedFrom == 1)
    // Reading did not write.
    #expect(dir.files("data") == ["portfolio.json"])
    try store.update { $0.add(sampleDebt()) }
    #expect(dir.files("data/backups").contains { $0.hasPrefix("pre-migration-schema1-") })
    // An unknown step is refused.
    let strict = PortfolioStore(location: dir.location, migrations: [], schemaVersion: 3)
    try dir.write("data/portfolio.json", "{\"schemaVersion\": 2, \"debts\": [], \"payments\": []}")
    #expect(throws: StoreError.self) { try strict.load() }
  }

  @Test("a failed fsync keeps the old file, removes the temp file and reports it")
  func failedFsync() throws {
    let dir = TempDirectory()
    let good = PortfolioStore(location: dir.location)
    try good.update { $0.add(sampleDebt()) }
    let before = dir.bytes("data/portfolio.json")
    var failing = FileSystem.posix
    failing.fsync = { _ in 5 }  // EIO
    let store = PortfolioStore(location: dir.location, fileSystem: failing)
    #expect {
      try store.update { $0.add(sampleDebt("lost")) }
    } throws: { error in
      (error as? StoreError).map { $0.description.contains("fsync") && $0.description.contains("EIO") }
        == true
    }
    #expect(dir.bytes("data/portfolio.json") == before)
    #expect(!dir.files("data").contains { $0.contains(AtomicFile.tempMarker) })
  }

  @Test("a full disk (short writes then ENOSPC) keeps the old file")
  func fullDisk() throws {
    let dir = TempDirectory()
    try PortfolioStore(location: dir.location).update { $0.add(sampleDebt()) }
    let before = dir.bytes("data/portfolio.json")
    var full = FileSystem.posix
    full.write = { fd, bytes, count in
      count > 100 ? FileSystem.posix.write(fd, bytes, 100) : -28
    }
    let store = PortfolioStore(location: dir.location, fileSystem: full)
    #expect { try store.update { $0.add(sampleDebt("more")) } } throws: {
      ($0 as? StoreError)?.description.contains("disk is full") == true
    }
    #expect(dir.bytes("data/portfolio.json") == before)
    #expect(!dir.files("data").contains { $0.contains(AtomicFile.tempMarker) })
  }

  @Test("short writes are completed, not truncated")
  func shortWrites() throws {
    let dir = TempDirectory()
    var trickle = FileSystem.posix
    trickle.write = { fd, bytes, count in FileSystem.posix.write(fd, bytes, min(count, 7)) }
    let store = PortfolioStore(location: dir.location, fileSystem: trickle)
    try store.update { $0.add(sampleDebt()) }
    #expect(try PortfolioStore(location: dir.location).load().portfolio.debts.count == 1)
  }

  @Test("a change saved by another process is kept: the UI's change is re-applied on top")
  func concurrentChange() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt("first")) }
    let uiBase = try store.load()
    // Another process adds a debt.
    try store.update { $0.add(sampleDebt("from the CLI")) }
    #expect(store.hasChanged(since: uiBase.fingerprint))
    // The UI saves its own change, made on the older version.
    var uiVersion = uiBase.portfolio
    let change: (inout Portfolio) -> Void = { $0.add(sampleDebt("from the UI")) }
    change(&uiVersion)
    let saved = try store.save(uiVersion, basedOn: uiBase.fingerprint, reapply: change)
    #expect(saved.portfolio.debts.map(\.name) == ["first", "from the CLI", "from the UI"])
    #expect(Set(saved.portfolio.debts.map(\.id)).count == 3)
  }

  @Test("invalid changes are rejected before anything is written")
  func rejected() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    let before = dir.bytes("data/portfolio.json")
    #expect(throws: StoreError.self) {
      try store.update {
        $0.payments.append(Payment(id: "x", debt: "nope", date: LocalDate(ordinal: 1), amount: 1))
      }
    }
    #expect(dir.bytes("data/portfolio.json") == before)
  }

  @Test("backups rotate and a backup can be restored")
  func backupsAndRestore() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location, backupsToKeep: 3)
    for i in 0..<6 { try store.update { $0.add(sampleDebt("debt \(i)")) } }
    let list = store.backups.list()
    #expect(list.count == 3)
    // The newest backup is the version before the last save: five debts.
    let restored = try store.restore(backup: list[0])
    #expect(restored.portfolio.debts.count == 5)
    #expect(try store.load().portfolio.debts.count == 5)
  }

  @Test("leftover temp files of dead processes are removed by the next writer")
  func leftovers() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    try dir.write("data/.portfolio.json\(AtomicFile.tempMarker)999999.1", "partial")
    try store.update { $0.add(sampleDebt("b")) }
    #expect(!dir.files("data").contains { $0.contains(AtomicFile.tempMarker) })
  }

  @Test("data directory resolution order")
  func locations() {
    let env = [
      "HOME": "/home/u", "XDG_DATA_HOME": "/x/data", "XDG_CONFIG_HOME": "/x/config", "DEBTDECK_HOME": "/dd",
    ]
    #expect(DataLocation.resolve(dataDir: "/flag", environment: env).dataDirectory == "/flag")
    #expect(DataLocation.resolve(dataDir: nil, environment: env).dataDirectory == "/dd")
    var e = env
    e["DEBTDECK_HOME"] = nil
    #expect(DataLocation.resolve(dataDir: nil, environment: e).dataDirectory == "/x/data/debtdeck")
    #expect(
      DataLocation.resolve(dataDir: nil, environment: e).settingsFile == "/x/config/debtdeck/settings.json")
    #expect(
      DataLocation.resolve(dataDir: nil, environment: ["HOME": "/home/u"]).dataDirectory
        == "/home/u/.local/share/debtdeck")
  }

  @Test("settings live in their own file and refuse bad values")
  func settings() throws {
    let dir = TempDirectory()
    let store = SettingsStore(location: dir.location)
    #expect(try store.load() == Settings())
    try store.save(Settings(language: .zhHans, theme: "light"))
    #expect(try store.load().language == .zhHans)
    #expect(dir.mode("config/settings.json") == 0o600)
    try dir.write("config/settings.json", "{\"schemaVersion\": 1, \"dueSoonDays\": 900}")
    #expect(throws: StoreError.self) { try store.load() }
  }
}

/// The error `load` throws, or nil when it loads.
func loadError(_ store: PortfolioStore) -> StoreError? {
  let result = Result { () throws(StoreError) -> LoadedPortfolio in try store.load() }
  if case .failure(let e) = result { return e }
  return nil
}
