import DebtCore
import DebtDeckUI
import Foundation

/// Runs the user's editor on a field's text: the text goes to a file (0600) in a private
/// directory (0700) of its own, the editor runs in this terminal, the file is read back and
/// removed with its directory. An editor that fails keeps the old text.
enum EditorRunner {
  static func run(_ text: String, environment: [String: String]) -> Result<String, LocalizedText> {
    let command = ExternalEditor.command(environment: environment)
    let base = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
    var template = Array((base + "/debtdeck-edit-XXXXXX").utf8CString)
    guard mkdtemp(&template) != nil else {
      return .failure(unchanged(en: "no private folder in \(base)", zh: "无法在 \(base) 中建立私有目录"))
    }
    let directory = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let file = directory + "/debtdeck-text.txt"
    defer {
      unlink(file)
      rmdir(directory)
    }
    guard write(ExternalEditor.fileText(text), to: file) else {
      return .failure(unchanged(en: "could not write \(file)", zh: "无法写入 \(file)"))
    }
    let arguments = ExternalEditor.arguments(command: command, file: file)
    switch spawnAndWait(arguments, environment: environment) {
    case .failure(let why): return .failure(why)
    case .success(let status) where status == 127 && arguments.first == "/bin/sh":
      return .failure(
        unchanged(
          en: "could not run “\(command)” (set $VISUAL or $EDITOR)",
          zh: "无法运行“\(command)”（请设置 $VISUAL 或 $EDITOR）"))
    case .success(let status) where status != 0:
      return .failure(
        unchanged(
          en: "“\(command)” ended with status \(status)", zh: "“\(command)”以状态 \(status) 结束"))
    case .success:
      guard let bytes = FileManager.default.contents(atPath: file) else {
        return .failure(unchanged(en: "the edited file is gone", zh: "编辑后的文件不见了"))
      }
      guard let edited = String(validating: bytes, as: UTF8.self) else {
        return .failure(unchanged(en: "the edited file is not UTF-8 text", zh: "编辑后的文件不是 UTF-8 文本"))
      }
      return .success(ExternalEditor.fieldText(edited))
    }
  }

  static func unchanged(en: String, zh: String) -> LocalizedText {
    LocalizedText(en: "Editor: \(en); the text is unchanged.", zh: "编辑器：\(zh)；文字未改动。")
  }

  /// Writes a new file (it must not exist yet) readable by its owner only.
  static func write(_ text: String, to path: String) -> Bool {
    let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
    guard fd >= 0 else { return false }
    defer { close(fd) }
    let bytes = Array(text.utf8)
    var done = 0
    while done < bytes.count {
      let n = bytes[done...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      guard n > 0 else { return false }
      done += n
    }
    return true
  }

  /// Starts the program in this terminal (its process group, so it can read the keyboard) and
  /// waits. Ctrl-C and Ctrl-\ are the editor's while it runs: the app ignores them meanwhile,
  /// the editor gets them with their default action.
  static func spawnAndWait(_ arguments: [String], environment: [String: String]) -> Result<
    Int32, LocalizedText
  > {
    var ignore = sigaction()
    ignore.__sigaction_handler.sa_handler = SIG_IGN
    sigemptyset(&ignore.sa_mask)
    var oldInt = sigaction()
    var oldQuit = sigaction()
    sigaction(SIGINT, &ignore, &oldInt)
    sigaction(SIGQUIT, &ignore, &oldQuit)
    defer {
      sigaction(SIGINT, &oldInt, nil)
      sigaction(SIGQUIT, &oldQuit, nil)
    }
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for s in [SIGINT, SIGQUIT, SIGTERM, SIGHUP, SIGPIPE, SIGTSTP, SIGCONT, SIGWINCH] {
      sigaddset(&defaults, s)
    }
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noMask = sigset_t()
    sigemptyset(&noMask)
    posix_spawnattr_setsigmask(&attributes, &noMask)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for p in argv { free(p) }
      for p in envp { free(p) }
    }
    var pid: pid_t = 0
    let started = posix_spawnp(&pid, arguments[0], nil, &attributes, argv, envp)
    guard started == 0 else {
      return .failure(
        unchanged(
          en:
            "could not run “\(arguments[0])”: \(String(cString: strerror(started))) (set $VISUAL or $EDITOR)",
          zh: "无法运行“\(arguments[0])”：\(String(cString: strerror(started)))（请设置 $VISUAL 或 $EDITOR）"))
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 {
      guard errno == EINTR else { return .failure(unchanged(en: "lost the editor process", zh: "编辑器进程丢失")) }
    }
    // Exited: the status; killed by a signal: 128 + its number, as a shell says.
    let signal = status & 0x7F
    return .success(signal == 0 ? (status >> 8) & 0xFF : 128 + signal)
  }
}
