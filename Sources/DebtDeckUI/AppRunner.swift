import DebtCore
import TerminalUI

/// How the app keeps its data; the executable provides it (with files), tests provide memory.
@MainActor
public protocol PortfolioPersistence {
  /// Saves `portfolio`; if the stored data changed since the last load or save, applies
  /// `changes` to the newer data instead. Returns what is now stored.
  func save(_ portfolio: Portfolio, reapplying changes: [PortfolioChange]) throws -> Portfolio
  /// The stored portfolio when another process changed it since the last load or save.
  func changedOnDisk() -> Portfolio?
  /// Saves the settings file.
  func saveSettings(_ settings: Settings) throws
  /// Writes a drafted letter beside the data (in `letters/`) and returns its path.
  func writeLetter(name: String, text: String) throws -> String
  /// Reads a file kept as evidence and returns its record (absolute path, SHA-256, size).
  func evidence(at path: String) throws -> Evidence
  /// Writes the whole portfolio outside the data directory (the save there failed) and returns
  /// the file's path.
  func exportUnsaved(_ portfolio: Portfolio) throws -> String
}

extension PortfolioPersistence {
  public func exportUnsaved(_ portfolio: Portfolio) throws -> String {
    throw LocalizedText(en: "exporting is not available here", zh: "此处无法导出")
  }
}

/// The main loop: read a key, update the state, run the effects, draw. Nothing else.
@MainActor
public final class AppRunner {
  public private(set) var state: AppState
  let terminal: any Terminal
  private(set) var persistence: any PortfolioPersistence
  let keyMap: KeyMap
  var theme: Theme
  /// NO_COLOR: the theme stays monochrome whatever the settings say.
  let forceMonochrome: Bool
  /// How often to look for changes made by another process while idle.
  let pollMilliseconds: Int
  /// Changes not yet saved (a save failed): re-applied together if another process saved.
  private var pending: [PortfolioChange] = []
  /// The wall clock in local seconds (the shell's); nil: no running timers.
  public var clock: (@Sendable () -> Int)?
  /// What to tell the user once the terminal is given back: where an export of unsaved changes
  /// went, or that a change was lost.
  public private(set) var exitNote: LocalizedText?
  /// Runs the user's editor on a text and gives back the edited text (the shell's: a temporary
  /// file and a child process); nil: no editor here.
  public var runEditor: (@MainActor (String) -> Result<String, LocalizedText>)?

  public init(
    state: AppState, terminal: any Terminal, persistence: any PortfolioPersistence,
    keyMap: KeyMap = .standard,
    theme: Theme = .standard, pollMilliseconds: Int = 1000, forceMonochrome: Bool = false
  ) {
    self.forceMonochrome = forceMonochrome
    self.state = state
    self.terminal = terminal
    self.persistence = persistence
    self.keyMap = keyMap
    self.theme = theme
    self.pollMilliseconds = pollMilliseconds
  }

  /// Takes over the whole portfolio once it is read (after a first frame drawn from the brief
  /// cache), with the persistence that saves it. Before this, no key has been read.
  public func adopt(_ portfolio: Portfolio, persistence: any PortfolioPersistence) {
    state.portfolio = portfolio
    self.persistence = persistence
  }

  public func run() {
    draw()
    while true {
      // A running timer (the live-call card) is redrawn each second; otherwise wait as before.
      let ticking = clock != nil && state.needsClock
      tick()
      let next = terminal.readKey(timeoutMilliseconds: ticking ? 250 : pollMilliseconds)
      // The terminal was closed, input ended, or SIGTERM/SIGINT: nobody can be asked.
      if terminal.terminationSignal != nil || next == .endOfInput {
        finishUnattended()
        break
      }
      guard let key = next else {
        if let outside = persistence.changedOnDisk() { absorb(outside) }
        if ticking {
          let shown = state.clockSeconds
          tick()
          if state.clockSeconds != shown { draw() }
        }
        continue
      }
      tick()
      if perform(AppLogic.handle(key, state: &state, keyMap: keyMap)) { break }
      draw()
    }
  }

  /// Carries out the effects; true when the app should quit.
  private func perform(_ effects: [Effect]) -> Bool {
    var quit = false
    for effect in effects {
      switch effect {
      case .save(let changes): save(changes)
      case .quit:
        quit = true
        if state.saveError != nil {
          exitNote = LocalizedText(
            en: "Quit without saving: the changes since the last save are lost.",
            zh: "未保存就退出：上次保存之后的修改已丢弃。")
        }
      case .retrySaveAndQuit:
        save([])
        if state.saveError == nil {
          quit = true
        } else {
          state.overlay = .quitUnsaved(problem: LocalizedText(en: "Still not saved.", zh: "仍未保存。"))
        }
      case .exportUnsavedAndQuit:
        if exportUnsaved() { quit = true }
      case .hashEvidence(let path):
        let result: Result<Evidence, LocalizedText>
        do {
          result = .success(try persistence.evidence(at: path))
        } catch {
          result = .failure(LocalizedText(en: "Evidence file: \(error)", zh: "证据文件：\(error)"))
        }
        if perform(AppLogic.evidenceReady(result, state: &state)) { quit = true }
      case .suspend: terminal.suspend()
      case .editInEditor(let text):
        var result = Result<String, LocalizedText>.failure(
          LocalizedText(en: "No editor can be run here; the text is unchanged.", zh: "此处无法运行编辑器；文字未改动。"))
        if let runEditor {
          terminal.handOver()
          result = runEditor(text)
          terminal.takeBack()
        }
        if perform(AppLogic.editorFinished(result, state: &state)) { quit = true }
      case .writeLetter(let name, let text):
        do {
          let path = try persistence.writeLetter(name: name, text: text)
          state.message = (LocalizedText(en: "Saved \(path)", zh: "已保存 \(path)"), .success)
        } catch {
          state.message = (LocalizedText(en: "Letter not saved: \(error)", zh: "信函未保存：\(error)"), .error)
        }
      case .saveSettings(let settings):
        if !forceMonochrome { theme = Theme.shipped(settings.theme) ?? .standard }
        do {
          try persistence.saveSettings(settings)
        } catch {
          state.message = (
            LocalizedText(en: "Settings not saved: \(error)", zh: "设置未保存：\(error)"), .error
          )
        }
      }
    }
    return quit
  }

  /// Reads the clock into the state (nothing without a clock).
  private func tick() {
    if let clock { state.clockSeconds = clock() }
  }

  public func draw() {
    state.pageSize = AppView.pageSize(height: terminal.height)
    state.contentHeight = max(1, terminal.height - 4)
    state.contentWidth = max(1, terminal.width)
    let frame = AppView.draw(
      state, keyMap: keyMap, theme: theme, width: terminal.width, height: terminal.height)
    state.drawn = frame.drawn
    terminal.show(frame.buffer)
  }

  private func save(_ changes: [PortfolioChange]) {
    do {
      pending += changes
      let stored = try persistence.save(state.portfolio, reapplying: pending)
      pending.removeAll()
      if stored != state.portfolio {
        // Another process had saved: the change was re-applied on its data. Undo history
        // refers to the old ids, so start it afresh.
        state.portfolio = stored
        state.undoStack.removeAll()
        state.redoStack.removeAll()
      }
      state.saveError = nil
    } catch {
      state.saveError = "\(error)"
    }
  }

  /// Writes everything to a file outside the data directory; true when it worked (the exit note
  /// says where), else the question says why not.
  private func exportUnsaved() -> Bool {
    do {
      let path = try persistence.exportUnsaved(state.portfolio)
      exitNote = LocalizedText(
        en:
          "Not saved in the data directory. Everything, with the unsaved changes, is in \(path). "
          + "When the data directory can be written again: debtdeck import --format json \(path) --replace",
        zh: "数据目录中未保存。全部数据（含未保存的修改）已写入 \(path)。"
          + "数据目录恢复可写后：debtdeck import --format json \(path) --replace")
      return true
    } catch {
      let why = error as? LocalizedText ?? LocalizedText(en: "\(error)", zh: "\(error)")
      state.overlay = .quitUnsaved(
        problem: LocalizedText(en: "The export failed too: \(why.en)", zh: "导出也失败了：\(why.zh)"))
      return false
    }
  }

  /// The app is ending without anyone to ask (SIGHUP, SIGTERM, input gone): a change not yet
  /// saved is saved now if that works, else written to an export.
  private func finishUnattended() {
    guard state.saveError != nil else { return }
    save([])
    if state.saveError != nil && !exportUnsaved() {
      exitNote = LocalizedText(
        en: "Not saved, and no export could be written: the changes since the last save are lost.",
        zh: "未能保存，也无法导出：上次保存之后的修改已丢失。")
    }
  }

  private func absorb(_ outside: Portfolio) {
    guard state.saveError == nil else { return }
    state.portfolio = outside
    state.undoStack.removeAll()
    state.redoStack.removeAll()
    AppLogic.clampSelection(&state)
    state.message = (
      LocalizedText(en: "Updated with changes saved by another DebtDeck.", zh: "已载入另一个 DebtDeck 保存的修改。"),
      .info
    )
    draw()
  }
}
