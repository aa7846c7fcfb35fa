import DebtCore
import DebtDeckUI
import DebtStore
import Foundation
import TerminalUI

/// Opens the full-screen app on the user's data.
///
/// When the brief cache matches the data file, the first frame (Today) is drawn from it while the
/// whole file is read on another thread; the app takes the full data over before it reads the
/// first key. Otherwise the file is read first, as before.
func launchApp(_ context: AppContext) throws {
  let store = context.store
  let snapshot = BriefCache.read(context.location)
  let early = snapshot.flatMap {
    $0.statuses(asOf: context.today, dueSoonDays: context.settings.dueSoonDays, includeArchived: true)
  }
  let background = BackgroundLoad()
  var loadedNow: LoadedPortfolio? = nil
  if early != nil {
    Thread.detachNewThread { background.finish(Result { try store.load() }) }
  } else {
    loadedNow = try context.load()
  }
  let note = try MainActor.assumeIsolated { () throws -> LocalizedText? in
    let env = context.environment
    let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
    let theme = noColor ? Theme.mono : (Theme.shipped(context.settings.theme) ?? .standard)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(monochrome: theme.monochrome)
    } catch {
      throw CLIError(message: LaunchApp.text(error), exitCode: 69)
    }
    defer { terminal.end() }
    var state = AppState(
      portfolio: loadedNow?.portfolio ?? snapshot?.portfolio ?? Portfolio(), settings: context.settings,
      today: context.today, language: context.language, statuses: early)
    state.startupWarning = terminal.codesetWarning
    state.nowMinute = context.now.minuteOfDay
    state.notifySent = NotifyStateStore(location: context.location).loadIfReadable()
    state.localeLanguage = Language.fromLocale(environment: env)
    var keyMap = KeyMap.standard
    let keyProblems: [String]
    do {
      let bytes = try RegularFile.read(context.location.keysFile, limit: 1 << 20)
      keyProblems = keyMap.applyFile(context.location.keysFile, contents: bytes.map { Data($0) })
    } catch {
      keyProblems = ["\(error)"]
    }
    if let first = keyProblems.first {
      state.startupWarning = first + (keyProblems.count > 1 ? " (+\(keyProblems.count - 1) more)" : "")
    }
    if let open = DataPermissions.summary(
      DataPermissions.check(context.location), context.location, short: true)
    {
      state.startupWarning = [state.startupWarning, context.text(open)].compactMap { $0 }.joined(
        separator: " · ")
    }
    if let loadedNow {
      let runner = AppRunner(
        state: state, terminal: terminal, persistence: FilePersistence(store: store, loaded: loadedNow),
        keyMap: keyMap, theme: theme, forceMonochrome: noColor)
      runner.clock = localClock
      runner.runEditor = { EditorRunner.run($0, environment: ProcessInfo.processInfo.environment) }
      runner.run()
      return runner.exitNote
    }
    let runner = AppRunner(
      state: state, terminal: terminal, persistence: NotReadYet(), keyMap: keyMap, theme: theme,
      forceMonochrome: noColor)
    runner.clock = localClock
    runner.runEditor = { EditorRunner.run($0, environment: ProcessInfo.processInfo.environment) }
    runner.draw()
    let loaded: LoadedPortfolio
    do {
      loaded = try background.wait().get()
    } catch let error as StoreError {
      throw CLIError.from(error)
    }
    runner.adopt(loaded.portfolio, persistence: FilePersistence(store: store, loaded: loaded))
    runner.run()
    return runner.exitNote
  }
  // The terminal is given back (the deferred end above): now the note can be read.
  if let note { printProblem(note, context.language) }
  // A hang-up, SIGTERM or SIGINT: what could be saved is saved; end of that signal, as the
  // parent expects.
  if let signal = TerminationSignals.pending { TerminationSignals.dieOf(signal) }
}

/// The data file read on another thread while the first frame is drawn.
final class BackgroundLoad: @unchecked Sendable {
  private let done = DispatchSemaphore(value: 0)
  private var result: Result<LoadedPortfolio, any Error>?

  func finish(_ result: Result<LoadedPortfolio, any Error>) {
    self.result = result
    done.signal()
  }

  func wait() -> Result<LoadedPortfolio, any Error> {
    done.wait()
    return result ?? .failure(CLIError.data(en: "the data file could not be read", zh: "无法读取数据文件"))
  }
}

/// Stands in until the data file is read; nothing can be saved before then (no key is read).
@MainActor
final class NotReadYet: PortfolioPersistence {
  struct NotReady: Error {}
  func save(_ portfolio: Portfolio, reapplying changes: [PortfolioChange]) throws -> Portfolio {
    throw NotReady()
  }
  func changedOnDisk() -> Portfolio? { nil }
  func saveSettings(_ settings: Settings) throws { throw NotReady() }
  func writeLetter(name: String, text: String) throws -> String { throw NotReady() }
  func evidence(at path: String) throws -> Evidence { throw NotReady() }
}

/// The wall clock in local seconds since 1970-01-01 00:00 local time: what the live-call card's
/// timer and its start time read.
@Sendable func localClock() -> Int {
  var t = time(nil)
  var parts = tm()
  localtime_r(&t, &parts)
  return Int(t) + Int(parts.tm_gmtoff)
}

enum LaunchApp {
  /// Why the full-screen app could not start, in every language.
  static func text(_ error: any Error) -> LocalizedText {
    switch error as? NcursesTerminal.StartError {
    case .notATerminal:
      return LocalizedText(
        en: "standard input and output must be a terminal to open the full-screen app (try `debtdeck today`)",
        zh: "要打开全屏界面，标准输入和输出必须是终端（可试试 `debtdeck today`）")
    case .cannotStart(let term):
      return LocalizedText(
        en: "cannot start the terminal (TERM=\(term))", zh: "无法启动终端（TERM=\(term)）")
    case nil:
      return LocalizedText(en: "the terminal could not be started", zh: "无法启动终端")
    }
  }
}
