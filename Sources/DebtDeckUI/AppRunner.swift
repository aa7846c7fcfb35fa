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
      guard let key = terminal.readKey(timeoutMilliseconds: pollMilliseconds) else {
        if let outside = persistence.changedOnDisk() { absorb(outside) }
        continue
      }
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
      case .quit: quit = true
      case .hashEvidence(let path):
        let result: Result<Evidence, LocalizedText>
        do {
          result = .success(try persistence.evidence(at: path))
        } catch {
          result = .failure(LocalizedText(en: "Evidence file: \(error)", zh: "证据文件：\(error)"))
        }
        if perform(AppLogic.evidenceReady(result, state: &state)) { quit = true }
      case .suspend: terminal.suspend()
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

  public func draw() {
    state.pageSize = AppView.pageSize(height: terminal.height)
    state.contentHeight = max(1, terminal.height - 4)
    state.contentWidth = max(1, terminal.width)
    terminal.show(
      AppView.render(state, keyMap: keyMap, theme: theme, width: terminal.width, height: terminal.height))
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
