import DebtCore
import Foundation
import Testing

@testable import DebtStore

@Suite("The save protocol")
struct SaveProtocolTests {
  final class Recorder: @unchecked Sendable {
    var calls: [String] = []
  }

  @Test("write, fsync the file, rename, then fsync the directory — in that order")
  func order() throws {
    let dir = TempDirectory()
    let recorder = Recorder()
    let posix = FileSystem.posix
    let fs = FileSystem(
      write: { fd, bytes, count in
        recorder.calls.append("write")
        return posix.write(fd, bytes, count)
      },
      fsync: { fd in
        var st = stat()
        fstat(fd, &st)
        recorder.calls.append((st.st_mode & S_IFMT) == S_IFDIR ? "fsync-dir" : "fsync-file")
        return posix.fsync(fd)
      },
      rename: { from, to in
        recorder.calls.append("rename")
        return posix.rename(from, to)
      })
    try FileManager.default.createDirectory(atPath: dir.path + "/data", withIntermediateDirectories: true)
    try AtomicFile.write(Array("hello".utf8), to: dir.path + "/data/f.json", fileSystem: fs)
    let last = Array(recorder.calls.drop { $0 == "write" })
    #expect(recorder.calls.first == "write")
    #expect(last == ["fsync-file", "rename", "fsync-dir"])
    #expect(dir.mode("data/f.json") == 0o600)
  }

  @Test("a backup is made durable too: the backup directory is fsynced after the link")
  func backupDurable() throws {
    let dir = TempDirectory()
    let store = PortfolioStore(location: dir.location)
    try store.update { $0.add(sampleDebt()) }
    let recorder = Recorder()
    let posix = FileSystem.posix
    var fs = FileSystem.posix
    fs.link = { a, b in
      recorder.calls.append("link")
      return posix.link(a, b)
    }
    fs.fsync = { fd in
      var st = stat()
      fstat(fd, &st)
      recorder.calls.append((st.st_mode & S_IFMT) == S_IFDIR ? "fsync-dir" : "fsync-file")
      return posix.fsync(fd)
    }
    try PortfolioStore(location: dir.location, fileSystem: fs).update { $0.add(sampleDebt("b")) }
    #expect(Array(recorder.calls.prefix(2)) == ["link", "fsync-dir"])
  }
}
