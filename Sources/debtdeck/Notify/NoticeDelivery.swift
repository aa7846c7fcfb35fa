import DebtCore
import Foundation
import TerminalUI

/// Sends notices through the first channel available, in the order the settings give, and
/// through the user's own command when one is set. Text from data is escaped for each channel;
/// nothing is ever passed through a shell.
struct NoticeDelivery {
  let settings: NotifySettings
  let environment: [String: String]
  let language: Language
  /// Formats an amount of a reminder's debt.
  let amountText: (Reminder) -> String?
  let debtName: (Reminder) -> String?
  var stdoutIsTerminal = isatty(1) == 1

  /// A channel that is there to use now, in the settings' order.
  func availableChannels() -> [NotifySettings.Channel] {
    settings.channels.filter { channel in
      switch channel {
      case .desktop: return notifySend != nil && hasDesktopSession
      case .terminal: return stdoutIsTerminal
      case .stdout: return true
      }
    }
  }

  var hasDesktopSession: Bool {
    ["DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"].contains { !(environment[$0] ?? "").isEmpty }
  }

  /// `notify-send` found on `PATH`.
  var notifySend: String? { NoticeDelivery.find("notify-send", path: environment["PATH"] ?? "/usr/bin:/bin") }

  static func find(_ program: String, path: String) -> String? {
    for dir in path.split(separator: ":") where !dir.isEmpty {
      let candidate = "\(dir)/\(program)"
      if access(candidate, X_OK) == 0 { return candidate }
    }
    return nil
  }

  /// Sends every notice; returns the channel they went through (nil when none could take them).
  /// Failures of one channel fall through to the next; `problems` says what failed.
  func send(_ notices: [Notice], problems: inout [LocalizedText]) -> String? {
    var used: String?
    for channel in availableChannels() {
      var ok = true
      for notice in notices where !deliver(notice, via: channel, problems: &problems) {
        ok = false
        break
      }
      if ok {
        used = channel.rawValue
        break
      }
    }
    if !settings.command.isEmpty {
      var all = true
      for notice in notices where !runCommand(notice, problems: &problems) { all = false }
      if all && used == nil { used = "command" }
    }
    return used
  }

  func title(_ n: Notice) -> String { n.title(language) }
  func lines(_ n: Notice) -> [String] { n.lines.map { $0(language) } }

  func deliver(_ notice: Notice, via channel: NotifySettings.Channel, problems: inout [LocalizedText]) -> Bool
  {
    switch channel {
    case .desktop:
      guard let program = notifySend else { return false }
      let urgency: String
      switch notice.severity {
      case .danger: urgency = "critical"
      case .warning: urgency = "normal"
      case .info: urgency = "low"
      }
      let body = NotificationText.notifySendBody(lines(notice))
      let args = [
        "--app-name=DebtDeck", "--urgency=\(urgency)", "--category=x-debtdeck.reminder", "--",
        NotificationText.oneLine(title(notice)), body,
      ]
      let status = ChildProcess.run(program, args, environment: environment, timeout: 10)
      if status != 0 {
        problems.append(
          status == nil
            ? LocalizedText(en: "notify-send: did not finish in 10 s", zh: "notify-send：10 秒内没有结束")
            : LocalizedText(
              en: "notify-send: exit status \(status ?? 0)", zh: "notify-send：退出状态 \(status ?? 0)"))
        return false
      }
      return true
    case .terminal:
      let kind = TerminalNotification.kind(environment: environment)
      let sequence = TerminalNotification.sequence(
        kind: kind, title: title(notice), body: lines(notice).joined(separator: " · "),
        inTmux: !(environment["TMUX"] ?? "").isEmpty)
      FileHandle.standardOutput.write(Data(sequence.utf8))
      printPlain(notice)
      return true
    case .stdout:
      printPlain(notice)
      return true
    }
  }

  func printPlain(_ notice: Notice) {
    var out = NotificationText.oneLine(title(notice)) + "\n"
    for line in lines(notice) { out += "  " + NotificationText.oneLine(line) + "\n" }
    FileHandle.standardOutput.write(Data(out.utf8))
  }

  /// The values a user command receives, by placeholder name (also `DEBTDECK_NOTICE_<NAME>`).
  func fields(_ notice: Notice) -> [(String, String)] {
    let r = notice.single
    return [
      ("title", NotificationText.oneLine(title(notice))),
      ("text", lines(notice).map(NotificationText.oneLine).joined(separator: "\n")),
      ("debt", r.flatMap(debtName).map(NotificationText.oneLine) ?? ""),
      ("debt_id", r?.debtID.map(NotificationText.oneLine) ?? ""),
      ("amount", r.flatMap(amountText) ?? ""),
      ("amount_minor", r?.amount.map(String.init) ?? ""),
      ("due", r?.eventDate.description ?? ""),
      ("severity", "\(notice.severity)"),
      ("kind", r?.kind.rawValue ?? "summary"),
      ("id", r.map { NotificationText.oneLine($0.id) } ?? ""),
      ("count", "\(notice.reminders.count)"),
    ]
  }

  /// Runs `notify.command` for one notice: `{title}`, `{text}`, `{debt}`, `{amount}`, `{due}`…
  /// in an argument are replaced by the value, and every value is in the environment too.
  func runCommand(_ notice: Notice, problems: inout [LocalizedText]) -> Bool {
    guard let program = settings.command.first else { return true }
    let values = fields(notice)
    let args = settings.command.dropFirst().map { arg in
      values.reduce(arg) { $0.replacingOccurrences(of: "{\($1.0)}", with: $1.1) }
    }
    var env = environment
    for (name, value) in values { env["DEBTDECK_NOTICE_" + name.uppercased()] = value }
    let path = program.contains("/") ? program : NoticeDelivery.find(program, path: environment["PATH"] ?? "")
    guard let path else {
      problems.append(
        LocalizedText(
          en: "notify.command: “\(program.terminalSafe)” is not found on PATH",
          zh: "notify.command：在 PATH 中找不到 “\(program.terminalSafe)”"))
      return false
    }
    let status = ChildProcess.run(path, Array(args), environment: env, timeout: 30)
    if status != 0 {
      let shown = program.terminalSafe
      problems.append(
        status == nil
          ? LocalizedText(
            en: "notify.command: “\(shown)” did not finish in 30 s", zh: "notify.command：“\(shown)” 30 秒内没有结束"
          )
          : LocalizedText(
            en: "notify.command: “\(shown)” ended with status \(status ?? 0)",
            zh: "notify.command：“\(shown)” 以状态 \(status ?? 0) 结束"))
      return false
    }
    return true
  }
}

/// Runs a program with arguments (no shell), standard input from /dev/null, and waits for it.
enum ChildProcess {
  /// The exit status, or nil when it could not start or did not finish within `timeout`.
  static func run(_ path: String, _ arguments: [String], environment: [String: String], timeout: Double)
    -> Int32?
  {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = arguments
    process.environment = environment
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      return nil
    }
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(5_000) }
    if process.isRunning {
      process.terminate()
      process.waitUntilExit()
      return nil
    }
    return process.terminationStatus
  }
}
