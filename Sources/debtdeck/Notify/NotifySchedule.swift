import DebtCore
import Foundation

/// The system's own scheduling for `debtdeck notify`: a systemd user timer and service, or the
/// crontab lines where systemd is not running.
enum NotifySchedule {
  static let serviceName = "debtdeck-notify.service"
  static let timerName = "debtdeck-notify.timer"

  /// `$XDG_CONFIG_HOME/systemd/user`, else `~/.config/systemd/user`.
  static func unitDirectory(_ env: [String: String]) -> String {
    if let x = env["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/systemd/user" }
    return (env["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? ".") + "/.config/systemd/user"
  }

  /// Whether systemd runs this machine (sd_booted(3): `/run/systemd/system` exists).
  static var systemdRunning: Bool { access("/run/systemd/system", F_OK) == 0 }

  /// One word of an `ExecStart=` line: quoted, with `\`, `"`, `%` and `$` escaped.
  static func systemdWord(_ s: String) -> String {
    var out = "\""
    for c in s {
      switch c {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "%": out += "%%"
      case "$": out += "$$"
      default: out.append(c)
      }
    }
    return out + "\""
  }

  /// One word of a crontab command line (run by /bin/sh, where `%` would end the command).
  static func shellWord(_ s: String) -> String {
    "'" + s.replacingOccurrences(of: "'", with: "'\\''").replacingOccurrences(of: "%", with: "'\\%'") + "'"
  }

  static func service(command: [String]) -> String {
    """
    [Unit]
    Description=DebtDeck: send the day's debt reminders
    Documentation=man:debtdeck(1)

    [Service]
    Type=oneshot
    ExecStart=\(command.map(systemdWord).joined(separator: " "))

    """
  }

  /// Daily at `time`, then hourly at the same minute (a run in the quiet hours or before the
  /// notify time sends nothing, and each notice goes out once), a minute after login, and —
  /// `Persistent=true` — at once when a run was missed while the machine was off.
  static func timer(time: Int) -> String {
    let clock = NotifySettings.clock(time)
    let minute = clock.suffix(2)
    return """
      [Unit]
      Description=DebtDeck: reminders daily from \(clock), and at login

      [Timer]
      OnCalendar=*-*-* \(clock):00
      OnCalendar=*-*-* *:\(minute):00
      OnStartupSec=1min
      Persistent=true
      AccuracySec=1min

      [Install]
      WantedBy=timers.target

      """
  }

  /// The crontab lines: hourly at the notify time's minute, and at boot; with the session bus
  /// address, which cron does not pass on, so that notify-send can reach the desktop.
  static func crontab(command: [String], time: Int) -> String {
    let minute = time % 60
    let bus = "DBUS_SESSION_BUS_ADDRESS=unix:path=/run/user/\(getuid())/bus"
    let line = command.map(shellWord).joined(separator: " ")
    return "\(minute) * * * * \(bus) \(line)\n@reboot sleep 60; \(bus) \(line)\n"
  }

  /// The absolute path of this executable.
  static var executablePath: String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let n = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    if n > 0 { return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self) }
    return CommandLine.arguments[0]
  }
}
