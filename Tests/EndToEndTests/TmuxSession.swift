import Foundation

/// The app in a real terminal: a private tmux server, keys sent with send-keys, the screen read
/// with capture-pane. Waits poll the screen until the text appears or a deadline passes.
final class TmuxSession {
  let server = "debtdeck-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
  let cli: CLIRunner

  init(cli: CLIRunner, width: Int = 100, height: Int = 30, command: [String]? = nil) throws {
    self.cli = cli
    var variables = [
      "LANG": "C.UTF-8", "TERM": "xterm-256color", "TZ": "Asia/Shanghai", "DEBTDECK_TODAY": cli.today,
      "DEBTDECK_HOME": "\(cli.dataDir)/data", "XDG_CONFIG_HOME": "\(cli.dataDir)/config",
      "HOME": "\(cli.dataDir)/home",
    ]
    variables.merge(cli.extraEnvironment) { $1 }
    let env = variables.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    try tmux(
      ["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "env"] + env
        + (command ?? [CLIRunner.binary]))
  }

  deinit { _ = try? tmux(["kill-server"]) }

  @discardableResult
  func tmux(_ args: [String]) throws -> String {
    let (status, output) = spawn(
      ["tmux", "-L", server, "-f", "/dev/null"] + args, capture: args.first == "capture-pane")
    if status != 0 { throw TmuxError(args: args, status: status) }
    return output
  }

  struct TmuxError: Error, CustomStringConvertible {
    let args: [String]
    let status: Int32
    var description: String { "tmux \(args.joined(separator: " ")) exited \(status)" }
  }

  func screen() -> String { (try? tmux(["capture-pane", "-p"])) ?? "" }

  /// Keys by tmux name (Enter, Tab, Escape, C-r) or literal text with `literal`.
  func keys(_ names: String...) throws { try tmux(["send-keys"] + names) }
  func type(_ text: String) throws { try tmux(["send-keys", "-l", text]) }
  func resize(_ width: Int, _ height: Int) throws {
    try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
  }

  /// Waits until the screen contains `text`; returns the screen, or nil after the deadline.
  @discardableResult
  func waitFor(_ text: String, seconds: Double = 10) -> String? {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      let s = screen()
      if s.contains(text) { return s }
      usleep(50_000)
    }
    return nil
  }

  var isRunning: Bool { (try? tmux(["has-session"])) != nil }

  func waitUntilExited(seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if !isRunning { return true }
      usleep(50_000)
    }
    return false
  }
}

/// Runs a command with posix_spawn and waits for it. Foundation's Process is not used here: the
/// tmux server that `new-session` leaves behind keeps inherited descriptors open, and Process then
/// never sees its child end.
func spawn(_ args: [String], capture: Bool) -> (Int32, String) {
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  defer { posix_spawn_file_actions_destroy(&actions) }
  var fds: [Int32] = [-1, -1]
  if capture { _ = pipe(&fds) }
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  if capture {
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  }
  if capture {
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
  } else {
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  }
  var argv: [UnsafeMutablePointer<CChar>?] = args.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  // A clean signal state: the test runner may block signals (SIGWINCH among them) that the
  // terminal app must receive.
  var attributes = posix_spawnattr_t()
  posix_spawnattr_init(&attributes)
  defer { posix_spawnattr_destroy(&attributes) }
  var empty = sigset_t()
  sigemptyset(&empty)
  var all = sigset_t()
  sigfillset(&all)
  posix_spawnattr_setsigmask(&attributes, &empty)
  posix_spawnattr_setsigdefault(&attributes, &all)
  posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
  var pid: pid_t = 0
  let result = posix_spawnp(&pid, args[0], &actions, &attributes, &argv, environ)
  if capture { close(fds[1]) }
  guard result == 0 else {
    if capture { close(fds[0]) }
    return (127, "")
  }
  var output = [UInt8]()
  if capture {
    var chunk = [UInt8](repeating: 0, count: 65_536)
    while true {
      let n = read(fds[0], &chunk, chunk.count)
      if n <= 0 { break }
      output.append(contentsOf: chunk[0..<n])
    }
    close(fds[0])
  }
  var status: Int32 = 0
  waitpid(pid, &status, 0)
  let exitCode = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  return (exitCode, String(decoding: output, as: UTF8.self))
}
