import DebtCore
import DebtStore
import Foundation
import TerminalUI

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Standard output and standard error through `write(2)`, never through `FileHandle` (which
/// traps on a failed write) or unchecked stdio buffers (which lose output silently at exit).
///
/// Output is buffered and flushed in large blocks; the first failed write is remembered and
/// `finish()` turns it into a message on stderr and exit status 74. Messages on stderr are
/// written at once; if stderr itself fails there is nowhere left to say so, and nothing traps.
final class StandardStreams: @unchecked Sendable {
  static let shared = StandardStreams()

  private var buffer: [UInt8] = []
  private(set) var outputError: Int32?
  private let lock = PThreadLock()

  /// Queues `text` for standard output.
  func out(_ text: String) {
    lock.run {
      buffer.append(contentsOf: text.utf8)
      if buffer.count >= 1 << 16 { flushLocked() }
    }
  }

  /// Writes `text` to standard error now (after what is queued for standard output).
  func err(_ text: String) {
    lock.run {
      flushLocked()
      _ = StandardStreams.writeAll(2, Array(text.utf8))
    }
  }

  /// Writes what is queued; returns the errno of the first failed write to stdout, if any.
  @discardableResult
  func flush() -> Int32? {
    lock.run { flushLocked() }
    return outputError
  }

  /// Flushes standard output; if any write to it failed, says so on stderr and exits 74.
  func finish() {
    guard let code = flush() else { return }
    let language = CommandLineLanguage.choose(
      arguments: Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
    let why = SystemError.text(code)
    printProblem(
      LocalizedText(
        en: "standard output: write failed: \(why.en). The output is incomplete.",
        zh: "标准输出：写入失败：\(why.zh)。输出不完整。"), language)
    exit(74)
  }

  private func flushLocked() {
    guard !buffer.isEmpty else { return }
    if outputError == nil, let code = StandardStreams.writeAll(1, buffer) { outputError = code }
    buffer.removeAll(keepingCapacity: true)
  }

  /// Writes every byte, looping on short writes and EINTR, waiting when the descriptor is
  /// non-blocking and full. Returns the errno of a failure.
  static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32? {
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return write(fd, base + offset, raw.count - offset)
      }
      if n > 0 {
        offset += n
        continue
      }
      if n == 0 { return EIO }
      let code = errno
      if code == EINTR { continue }
      if code == EAGAIN || code == EWOULDBLOCK {
        var p = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
        _ = poll(&p, 1, 1000)
        continue
      }
      return code
    }
    return nil
  }
}

/// A plain pthread mutex: the streams are used from the main thread, but the type is `Sendable`.
private final class PThreadLock: @unchecked Sendable {
  private var mutex = pthread_mutex_t()
  init() { pthread_mutex_init(&mutex, nil) }
  deinit { pthread_mutex_destroy(&mutex) }
  func run<T>(_ body: () -> T) -> T {
    pthread_mutex_lock(&mutex)
    defer { pthread_mutex_unlock(&mutex) }
    return body()
  }
}

/// Writes a line (or `text` with another terminator) to standard output; never traps. Control
/// characters (from data: a name, a note, a CSV cell) are escaped with `SafeText`, line breaks kept.
func printOut(_ text: String, terminator: String = "\n") {
  StandardStreams.shared.out(SafeText.escapeLines(text) + terminator)
}

/// Writes text exactly as given, for data formats that must go out byte for byte (an export to
/// a file or a pipe) or text whose data parts are already escaped (the colored brief).
func printRaw(_ text: String, terminator: String = "\n") {
  StandardStreams.shared.out(text + terminator)
}

/// Writes a message to standard error in the user's language, escaped as `printOut` escapes;
/// never traps. A message is a `LocalizedText`, so it cannot exist in one language only.
func printError(_ text: LocalizedText, _ language: Language) {
  printErrorLine(text(language))
}

/// The same, after `debtdeck: ` (a problem, as opposed to a note such as "wrote FILE").
func printProblem(_ text: LocalizedText, _ language: Language) {
  printErrorLine("debtdeck: " + text(language))
}

/// Writes a line of text already in the user's language (or data) to standard error.
func printErrorLine(_ text: String) {
  StandardStreams.shared.err(SafeText.escapeLines(text) + "\n")
}
