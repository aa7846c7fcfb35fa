import Foundation

/// Runs the built `debtdeck` binary as a user would, with a pinned date, locale and data dir.
struct CLIRunner {
  struct Result {
    let status: Int32
    let stdout: String
    let stderr: String
  }

  let dataDir: String
  var today = "2026-11-23"
  var extraEnvironment: [String: String] = [:]

  init() {
    var template = Array("/tmp/debtdeck-e2e-XXXXXX".utf8CString)
    dataDir = mkdtemp(&template).map { String(cString: $0) } ?? "/tmp/debtdeck-e2e"
  }

  /// The binary next to the test bundle (SwiftPM builds every product before testing).
  static var binary: String {
    if let forced = ProcessInfo.processInfo.environment["DEBTDECK_BIN"] { return forced }
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = dir.appendingPathComponent("debtdeck").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      dir = dir.deletingLastPathComponent()
    }
    return FileManager.default.currentDirectoryPath + "/.build/debug/debtdeck"
  }

  @discardableResult
  func run(executable: String = CLIRunner.binary, _ arguments: [String], stdin: String? = nil) throws
    -> Result
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    var env = [
      "PATH": "/usr/bin:/bin", "HOME": dataDir + "/home", "LANG": "C.UTF-8", "TZ": "Asia/Shanghai",
      "DEBTDECK_HOME": dataDir + "/data", "XDG_CONFIG_HOME": dataDir + "/config", "DEBTDECK_TODAY": today,
    ]
    env.merge(extraEnvironment) { $1 }
    process.environment = env
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
    try input.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
      stderr: String(decoding: e, as: UTF8.self))
  }

  func cleanUp() { try? FileManager.default.removeItem(atPath: dataDir) }
}

/// Display width of a line as a terminal shows it (CJK = 2), for alignment checks.
func columns(_ s: Substring) -> Int {
  s.unicodeScalars.reduce(0) { sum, u in
    let v = u.value
    let wide =
      (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
      || (0xF900...0xFAFF).contains(v) || (0xFF00...0xFF60).contains(v) || (0x1F300...0x1FAFF).contains(v)
    return sum + (wide ? 2 : 1)
  }
}
