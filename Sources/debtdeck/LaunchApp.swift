import DebtCore
import DebtDeckUI
import Foundation
import TerminalUI

/// Opens the full-screen app on the user's data.
func launchApp(_ context: AppContext) throws {
  let loaded = try context.load()
  try MainActor.assumeIsolated {
    let env = context.environment
    let noColor = env["NO_COLOR"].map { !$0.isEmpty } ?? false
    let theme = noColor ? Theme.mono : (Theme.shipped(context.settings.theme) ?? .standard)
    let terminal: NcursesTerminal
    do {
      terminal = try NcursesTerminal(monochrome: theme.monochrome)
    } catch {
      throw CLIError(message: "\(error)", exitCode: 69)
    }
    defer { terminal.end() }
    var state = AppState(
      portfolio: loaded.portfolio, settings: context.settings, today: context.today,
      language: context.language)
    state.startupWarning = terminal.codesetWarning
    state.nowMinute = context.now.minuteOfDay
    state.localeLanguage = Language.fromLocale(
      env["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? env["LC_MESSAGES"] ?? env["LANG"])
    var keyMap = KeyMap.standard
    let keyProblems = keyMap.applyFile(context.location.keysFile)
    if let first = keyProblems.first {
      state.startupWarning = first + (keyProblems.count > 1 ? " (+\(keyProblems.count - 1) more)" : "")
    }
    let runner = AppRunner(
      state: state, terminal: terminal, persistence: FilePersistence(store: context.store, loaded: loaded),
      keyMap: keyMap,
      theme: theme, forceMonochrome: noColor)
    runner.run()
  }
}
