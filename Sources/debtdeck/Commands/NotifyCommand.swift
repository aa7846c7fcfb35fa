import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct NotifyCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "notify",
    abstract: HelpText.abstract(
      en: "Send the day's reminders as notifications, once each, then exit.",
      zh: "把当天的提醒作为通知发送（每条一次），然后退出。"),
    discussion: HelpText.discussion(
      en: """
        Each reminder due today goes out once (an overdue one once a day) to the desktop \
        (notify-send), else as a terminal notification, else as text, and to notify.command when \
        set. After days without a run, one summary. Nothing is sent in the quiet hours or before the \
        notify time (settings.json, \"notify\").
        What was sent is kept in notify-state.json beside the data; the data itself is never \
        written. DEBTDECK_TIME=HH:MM overrides the time of day. --install sets up a systemd user \
        timer (or prints crontab lines).
        """,
      zh: """
        今天到期的每条提醒只发送一次（逾期的每天一次）：优先发到桌面（notify-send），否则作为终端\
        通知，再否则作为文本输出；设置了 notify.command 时也会发给它。若有几天没有运行，会发一条\
        汇总。休息时段内或通知时间之前不发送（settings.json 中的 \"notify\"）。
        已发送的记录保存在数据旁的 notify-state.json 中；数据本身从不写入。DEBTDECK_TIME=HH:MM 可\
        指定当前时刻。--install 会设置 systemd 用户定时器（或打印 crontab 配置行）。
        """))

  @OptionGroup var common: CommonOptions
  @Flag(
    help: HelpText.option(
      en: "Send a sample notice now through the channels (ignores quiet hours; records nothing).",
      zh: "现在通过各个渠道发一条示例通知（不管免打扰时段；不记录任何东西）。"))
  var test = false
  @Flag(
    help: HelpText.option(
      en: "Write a systemd user timer and service that run notify daily and at login.",
      zh: "写入一个 systemd 用户定时器和服务，每天和登录时运行 notify。"))
  var install = false
  @Flag(
    help: HelpText.option(
      en: "Remove the timer and service written by --install.", zh: "删除 --install 写入的定时器和服务。"))
  var uninstall = false
  @Option(
    help: HelpText.option(
      en: "With --install: the time of day to notify (saved in settings).",
      zh: "与 --install 一起用：每天通知的时间（保存在设置中）。", valueName: "HH:MM"))
  var at: String?
  @Option(
    help: HelpText.option(
      en: "With --install/--uninstall: systemd or cron (default: systemd when running).",
      zh: "与 --install/--uninstall 一起用：systemd 或 cron（默认：systemd 正在运行时用 systemd）。"))
  var scheduler: Scheduler?
  @Flag(
    name: .customLong("no-enable"),
    help: HelpText.option(
      en: "With --install/--uninstall: only write or remove the files, do not run systemctl.",
      zh: "与 --install/--uninstall 一起用：只写入或删除文件，不运行 systemctl。"))
  var noEnable = false

  enum Scheduler: String, ExpressibleByArgument { case systemd, cron }

  /// Checked in `run`, not `validate`: the parser would wrap our bilingual error in its own.
  func checkOptions() throws {
    if [test, install, uninstall].filter({ $0 }).count > 1 {
      throw CLIError.usage(
        en: "choose one of --test, --install and --uninstall", zh: "--test、--install 和 --uninstall 只能选一个")
    }
    if let at, NotifySettings.minute(parsing: at) == nil {
      throw CLIError.usage(
        en: "--at: “\(at.terminalSafe)” is not a time like 09:00 (00:00 to 23:59)",
        zh: "--at：“\(at.terminalSafe)” 不是 09:00 这样的时间（00:00 至 23:59）")
    }
    if at != nil && !install {
      throw CLIError.usage(en: "--at goes with --install", zh: "--at 需要和 --install 一起使用")
    }
  }

  func run() throws {
    try checkOptions()
    let context = try AppContext(common)
    if install { return try installSchedule(context) }
    if uninstall { return try uninstallSchedule(context) }
    if test { return try sendTest(context) }
    try sendDue(context)
  }

  /// Now on the user's clock; `DEBTDECK_TIME=HH:MM` fixes the time of day.
  static func now(_ context: AppContext) throws -> LocalDateTime {
    guard let forced = context.environment["DEBTDECK_TIME"], !forced.isEmpty else { return context.now }
    guard let m = NotifySettings.minute(parsing: forced) else {
      throw CLIError.usage(
        en: "DEBTDECK_TIME: “\(forced.terminalSafe)” is not a time like 09:00",
        zh: "DEBTDECK_TIME：“\(forced.terminalSafe)” 不是 09:00 这样的时间")
    }
    return LocalDateTime(date: context.today, hour: m / 60, minute: m % 60)
  }

  func delivery(_ context: AppContext, _ portfolio: Portfolio) -> NoticeDelivery {
    NoticeDelivery(
      settings: context.settings.notify, environment: context.environment, language: context.language,
      amountText: { r in
        guard let amount = r.amount, let debt = r.debtID.flatMap(portfolio.debt(id:)) else { return nil }
        return Money.format(amount, debt.currency)
      },
      debtName: { r in r.debtID.flatMap(portfolio.debt(id:))?.name })
  }

  func sendDue(_ context: AppContext) throws {
    let now = try NotifyCommand.now(context)
    let store = NotifyStateStore(
      location: context.location, fileSystem: FileSystem.fromEnvironment(context.environment))
    let t = context.t
    let settings = context.settings.notify
    if settings.isQuiet(now.minuteOfDay) {
      print(
        t(
          en:
            "Quiet hours until \(NotifySettings.clock(settings.quietEnd)): nothing sent; a run after that sends it.",
          zh: "免打扰时段（至 \(NotifySettings.clock(settings.quietEnd))）：未发送，之后的运行会发送。"))
      return
    }
    // No data yet: nothing to send, and no directory created for it.
    guard access(context.location.portfolioFile, F_OK) == 0 else {
      print(
        t(
          en: "No data yet in \(context.location.dataDirectory.terminalSafe): nothing to send.",
          zh: "\(context.location.dataDirectory.terminalSafe) 中还没有数据：没有要发送的通知。"))
      return
    }
    let lock: FileLock
    let sent: NotifySentState
    do {
      lock = try store.lock()
      do {
        sent = try store.load()
      } catch .unreadable(let file, let line, let column, let reason, _) {
        let aside = store.setAsideDamaged()
        let place = [line, column].compactMap { $0 }.map(String.init).joined(separator: ":")
        printError(
          LocalizedText(
            en:
              "debtdeck: \(file)\(place.isEmpty ? "" : ":" + place): \(reason.en); kept as \(aside), starting afresh (some notices may repeat)",
            zh:
              "debtdeck：\(file)\(place.isEmpty ? "" : ":" + place)：\(reason.zh)；已另存为 \(aside)，重新开始记录（部分通知可能重复）"
          ), context.language)
        sent = NotifySentState()
      }
    } catch .locked {
      // The timer and a login (or a run by hand) at once: the other one sends.
      print(t(en: "Another debtdeck notify is running: it sends.", zh: "另一个 debtdeck notify 正在运行，由它发送。"))
      return
    } catch {
      throw CLIError.from(error)
    }
    defer { withExtendedLifetime(lock) {} }
    let (portfolio, statuses) = try TodayCommand.briefInputs(context)
    let reminders = ReminderEngine.reminders(
      portfolio: portfolio, settings: context.settings, today: context.today, statuses: statuses
    )
    switch NotifyPlanner.plan(reminders: reminders, sent: sent, now: now, settings: settings) {
    case .quiet(let until):
      print(
        t(
          en: "Quiet hours until \(NotifySettings.clock(until)).",
          zh: "免打扰时段，至 \(NotifySettings.clock(until))。"))
    case .notYet(let from):
      print(
        t(
          en: "Notices go out from \(NotifySettings.clock(from)): nothing sent yet.",
          zh: "通知从 \(NotifySettings.clock(from)) 起发送：暂未发送。"))
    case .nothingNew:
      print(t(en: "Nothing new to send.", zh: "没有新的通知要发送。"))
    case .send(let notices, var state):
      var problems: [LocalizedText] = []
      guard let channel = delivery(context, portfolio).send(notices, problems: &problems) else {
        for p in problems { printProblem(p, context.language) }
        throw CLIError(
          message: LocalizedText(
            en: "no channel could deliver the notices; nothing recorded, the next run tries again",
            zh: "没有可用的通知渠道；未记录，下次运行会重试"), exitCode: 69)
      }
      for p in problems { printProblem(p, context.language) }
      state.lastChannel = channel
      do {
        try store.save(state)
      } catch {
        throw CLIError.from(error)
      }
      if channel != "stdout" && channel != "terminal" {
        let via = NotifySettings.Channel(rawValue: channel)?.label(context.language) ?? channel
        let count = notices.count == 1 ? "1 notice" : "\(notices.count) notices"
        print(t(en: "Sent \(count) via \(via).", zh: "已通过\(via)发送 \(notices.count) 条通知。"))
      }
    }
  }

  func sendTest(_ context: AppContext) throws {
    let sample = Reminder(
      id: "test", kind: .due, date: context.today, eventDate: context.today, debtID: nil, severity: .warning,
      amount: nil,
      message: LocalizedText(
        en: "A test from DebtDeck: your reminders will look like this.", zh: "DebtDeck 测试：你的提醒会这样显示。"))
    var problems: [LocalizedText] = []
    let channel = delivery(context, Portfolio()).send([Notice.single(sample)], problems: &problems)
    for p in problems { printProblem(p, context.language) }
    guard let channel else {
      throw CLIError(en: "no channel could deliver it", zh: "没有可用的通知渠道", exitCode: 69)
    }
    print(context.text(en: "Test notice sent via \(channel).", zh: "测试通知已通过 \(channel) 发送。"))
  }

  /// The command line the timer runs: this executable, `notify`, and the data directory when it
  /// was chosen by flag or `$DEBTDECK_HOME`.
  func scheduledCommand(_ context: AppContext) -> [String] {
    var command = [NotifySchedule.executablePath, "notify"]
    if common.dataDir != nil || !(context.environment["DEBTDECK_HOME"] ?? "").isEmpty {
      command += ["--data-dir", context.location.dataDirectory]
    }
    return command
  }

  var useSystemd: Bool { (scheduler ?? (NotifySchedule.systemdRunning ? .systemd : .cron)) == .systemd }

  func installSchedule(_ context: AppContext) throws {
    var settings = context.settings
    if let at, let m = NotifySettings.minute(parsing: at), m != settings.notify.time {
      settings.notify.time = m
      do {
        try SettingsStore(location: context.location).save(settings)
      } catch let error as StoreError {
        throw CLIError.from(error)
      }
    }
    let command = scheduledCommand(context)
    if command.contains(where: { $0.contains("\n") }) {
      throw CLIError.usage(
        en: "the data directory's path contains a line break; choose another --data-dir",
        zh: "数据目录的路径中含有换行符；请另选一个 --data-dir")
    }
    let time = settings.notify.time
    guard useSystemd else {
      print(
        scheduler == .cron
          ? context.text(en: "Add these lines with `crontab -e`:", zh: "请用 `crontab -e` 加入以下几行：")
          : context.text(
            en: "systemd is not running here. Add these lines with `crontab -e`:",
            zh: "此系统未运行 systemd。请用 `crontab -e` 加入以下几行："))
      print(NotifySchedule.crontab(command: command, time: time), terminator: "")
      return
    }
    let dir = NotifySchedule.unitDirectory(context.environment)
    do {
      try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
      try NotifySchedule.service(command: command).write(
        toFile: dir + "/" + NotifySchedule.serviceName, atomically: true, encoding: .utf8)
      try NotifySchedule.timer(time: time).write(
        toFile: dir + "/" + NotifySchedule.timerName, atomically: true, encoding: .utf8)
    } catch {
      throw CLIError(
        en: "\(dir): the timer files could not be written", zh: "\(dir)：无法写入定时器文件", exitCode: 74)
    }
    print(
      context.text(
        en:
          "Wrote \(dir)/\(NotifySchedule.timerName) and \(NotifySchedule.serviceName): daily from \(NotifySettings.clock(time)), and at login.",
        zh:
          "已写入 \(dir)/\(NotifySchedule.timerName) 和 \(NotifySchedule.serviceName)：每天 \(NotifySettings.clock(time)) 起及登录时运行。"
      ))
    try systemctl(context, ["daemon-reload"], ["enable", "--now", NotifySchedule.timerName])
  }

  func uninstallSchedule(_ context: AppContext) throws {
    guard useSystemd else {
      print(
        context.text(
          en: "Remove the debtdeck notify lines with `crontab -e`.",
          zh: "请用 `crontab -e` 删除 debtdeck notify 的几行。"))
      return
    }
    try systemctl(context, ["disable", "--now", NotifySchedule.timerName])
    let dir = NotifySchedule.unitDirectory(context.environment)
    var removed: [String] = []
    for name in [NotifySchedule.timerName, NotifySchedule.serviceName] where unlink(dir + "/" + name) == 0 {
      removed.append(name)
    }
    print(
      removed.isEmpty
        ? context.text(en: "Nothing to remove in \(dir).", zh: "\(dir) 中没有需要删除的文件。")
        : context.text(
          en: "Removed \(removed.joined(separator: ", ")) from \(dir).",
          zh: "已从 \(dir) 删除 \(removed.joined(separator: "、"))。"))
  }

  /// Runs `systemctl --user` for each step, or prints the commands with --no-enable or when it
  /// cannot reach the user's systemd.
  func systemctl(_ context: AppContext, _ steps: [String]...) throws {
    let program = NoticeDelivery.find("systemctl", path: context.environment["PATH"] ?? "/usr/bin:/bin")
    for step in steps {
      let shown = "systemctl --user " + step.joined(separator: " ")
      guard !noEnable, let program else {
        print(context.text(en: "Then run: \(shown)", zh: "然后运行：\(shown)"))
        continue
      }
      let status = ChildProcess.run(program, ["--user"] + step, environment: context.environment, timeout: 30)
      if status != 0 {
        printError(
          LocalizedText(
            en: "debtdeck: `\(shown)` failed; run it yourself", zh: "debtdeck：`\(shown)` 失败，请手动运行"),
          context.language)
      }
    }
  }
}
