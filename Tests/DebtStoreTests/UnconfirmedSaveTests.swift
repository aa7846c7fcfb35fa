import DebtCore
import Foundation
import Testing

@testable import DebtStore

/// Issue 18, item 1: once the new file is renamed into place the change is made. A failed
/// directory fsync after that must say "saved, but not confirmed", never "nothing was changed".
@Suite("A save the disk could not confirm")
struct UnconfirmedSaveTests {
  final class Counter: @unchecked Sendable {
    var directoryFsyncs = 0
  }

  /// The real calls, except that the fsync of `directory` fails with EIO.
  static func failingDirectoryFsync(_ directory: String) -> FileSystem {
    var fs = FileSystem.posix
    var target = stat()
    stat(directory, &target)
    let inode = target.st_ino
    fs.fsync = { fd in
      var st = stat()
      fstat(fd, &st)
      if (st.st_mode & S_IFMT) == S_IFDIR && st.st_ino == inode { return EIO }
      return Glibc.fsync(fd) == 0 ? 0 : errno
    }
    return fs
  }

  @Test("the payment is in the file and the store reports a warning, not a failure")
  func portfolioSave() throws {
    let dir = TempDirectory()
    try PortfolioStore(location: dir.location).update { $0.add(sampleDebt()) }
    let store = PortfolioStore(
      location: dir.location, fileSystem: UnconfirmedSaveTests.failingDirectoryFsync(dir.path + "/data"))
    let (_, saved) = try store.update { p in
      _ = p.record(Payment(id: "", debt: p.debts[0].id, date: LocalDate(ordinal: 20_510), amount: 12_345))
    }
    let warning = try #require(saved.warning)
    #expect(warning.description.contains("saved, but the disk could not confirm it"))
    #expect(!warning.description.contains("Nothing was changed"))
    #expect(warning.description.contains("EIO"))
    let reread = try PortfolioStore(location: dir.location).load().portfolio
    #expect(reread.payments.map(\.amount) == [12_345])
  }

  @Test("a failed fsync before the rename still means nothing changed")
  func beforeRename() throws {
    let dir = TempDirectory()
    try PortfolioStore(location: dir.location).update { $0.add(sampleDebt()) }
    let before = dir.bytes("data/portfolio.json")
    var fs = FileSystem.posix
    fs.fsync = { fd in
      var st = stat()
      fstat(fd, &st)
      return (st.st_mode & S_IFMT) == S_IFREG ? EIO : (Glibc.fsync(fd) == 0 ? 0 : errno)
    }
    #expect(throws: StoreError.self) {
      try PortfolioStore(location: dir.location, fileSystem: fs).update { $0.add(sampleDebt("b")) }
    }
    #expect(dir.bytes("data/portfolio.json") == before)
  }

  @Test("the settings save reports the same: saved, not failed")
  func settingsSave() throws {
    let dir = TempDirectory()
    try FileManager.default.createDirectory(atPath: dir.path + "/config", withIntermediateDirectories: true)
    let store = SettingsStore(
      location: dir.location, fileSystem: UnconfirmedSaveTests.failingDirectoryFsync(dir.path + "/config"))
    var settings = Settings()
    settings.language = .zhHans
    let warning = try store.save(settings)
    #expect(warning?.description.contains("saved, but") == true)
    #expect(try SettingsStore(location: dir.location).load().language == .zhHans)
  }

  @Test("a settings save cleans the temp files a killed save left")
  func settingsLeftovers() throws {
    let dir = TempDirectory()
    // pid 1 is never this process, and a "running" pid keeps its file; take a pid that is not running.
    var pid: Int32 = 4_000_000
    while kill(pid, 0) == 0 { pid += 1 }
    try dir.write("config/.settings.json.tmp.\(pid).77", "{")
    try SettingsStore(location: dir.location).save(Settings())
    #expect(dir.files("config") == ["settings.json"])
  }

  @Test("every errno a save can meet is named and explained")
  func errnoNames() {
    for code in [EISDIR, ELOOP, ENOTDIR, ENXIO, EAGAIN, EXDEV, EMLINK, ENAMETOOLONG] {
      let text = StoreError.io(file: "f", operation: "open", errno: code).description
      #expect(!text.contains("error \(code)"), "\(text)")
      #expect(SystemError.name(code).map { text.contains($0) } == true, "\(text)")
    }
    #expect(SystemError.describe(EISDIR).contains("directory"))
    // One the table does not know still gets the C library's words.
    #expect(!SystemError.describe(EHOSTDOWN).isEmpty)
  }
}
