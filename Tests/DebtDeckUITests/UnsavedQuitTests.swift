import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Issue 18, item 9: quitting while a change is NOT SAVED asks first — try the save again,
/// export everything elsewhere, or quit and lose it — and a hang-up or SIGTERM (item 8) saves
/// or exports without asking.
@MainActor
@Suite("Quitting with a change not saved")
struct UnsavedQuitTests {
  /// A disk that refuses saves while `full`; exports go to memory unless refused.
  final class FlakyDisk: PortfolioPersistence {
    struct DiskFull: Error, CustomStringConvertible {
      var description: String { "portfolio.json: the disk is full (ENOSPC)." }
    }
    struct ExportRefused: Error, CustomStringConvertible {
      var description: String { "/home/u: read-only file system (EROFS)" }
    }
    var full = true
    var exportWorks = true
    var stored: Portfolio
    var saves = 0
    var exported: [Portfolio] = []

    init(_ portfolio: Portfolio) { stored = portfolio }

    func save(_ portfolio: Portfolio, reapplying changes: [PortfolioChange]) throws -> Portfolio {
      if full { throw DiskFull() }
      saves += 1
      stored = portfolio
      return portfolio
    }
    func changedOnDisk() -> Portfolio? { nil }
    func saveSettings(_ settings: Settings) throws {}
    func writeLetter(name: String, text: String) throws -> String { name }
    func evidence(at path: String) throws -> Evidence { throw DiskFull() }
    func exportUnsaved(_ portfolio: Portfolio) throws -> String {
      guard exportWorks else { throw ExportRefused() }
      exported.append(portfolio)
      return "/tmp/debtdeck-unsaved-20261123-101500.json"
    }
  }

  /// A terminal that plays keys, runs test code between them, or receives a signal; input ends
  /// after the last step. Every frame is kept.
  final class ScriptedTerminal: Terminal {
    enum Step {
      case key(Key)
      case run(() -> Void)
      case signal(Int32)
    }
    let width = 80
    let height = 24
    var steps: [Step]
    var frames: [ScreenBuffer] = []
    var terminationSignal: Int32?
    var ended = false

    init(_ steps: [Step]) { self.steps = steps }

    func show(_ buffer: ScreenBuffer) { frames.append(buffer) }
    func readKey(timeoutMilliseconds: Int?) -> Key? {
      while !steps.isEmpty {
        switch steps.removeFirst() {
        case .key(let key): return key
        case .run(let code): code()
        case .signal(let number):
          terminationSignal = number
          return nil
        }
      }
      return .endOfInput
    }
    func suspend() {}
    func end() { ended = true }
    var screen: String { frames.last?.text ?? "" }
  }

  /// The demo on 80×24 with `p` Enter first: a payment on the first row, whose save fails.
  func app(_ steps: [ScriptedTerminal.Step], language: Language = .en) -> (
    AppRunner, ScriptedTerminal, FlakyDisk
  ) {
    let state = GoldenScreenTests.demoState(language)
    let disk = FlakyDisk(state.portfolio)
    let terminal = ScriptedTerminal([.key(.character("p")), .key(.enter)] + steps)
    return (AppRunner(state: state, terminal: terminal, persistence: disk), terminal, disk)
  }

  let before = GoldenScreenTests.demoState().portfolio.payments.count

  @Test("q asks instead of quitting, says what each key does; it fits 80×24 in English and Chinese")
  func asks() throws {
    for language in [Language.en, .zhHans] {
      var question = ""
      let (runner, terminal, disk) = app([.key(.character("q"))], language: language)
      terminal.steps.append(.run { question = terminal.screen })
      terminal.steps.append(.key(.escape))
      terminal.steps.append(.run { disk.exportWorks = false })
      runner.run()
      #expect(runner.state.saveError != nil)
      let lines = question.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 24 && lines.allSatisfy { String($0).displayWidth <= 80 })
      let expected =
        language == .en
        ? [
          "Quit without saving?", "could not be saved", "disk is full", "r  try the save again",
          "e  export everything to ~/debtdeck-unsaved-DATE-TIME.json and quit",
          "   (in /tmp if the home folder is not writable)",
          "   debtdeck import --format json FILE --replace",
          "Q  quit and lose the change", "Esc  stay in DebtDeck",
        ]
        : [
          "不保存就退出？", "未能保存", "disk is full", "r  重试保存", "e  把全部数据导出到 ~/debtdeck-unsaved-日期-时间.json 并退出",
          "   （主目录不可写时写入 /tmp）", "   debtdeck import --format json 文件 --replace", "Q  退出并丢弃这次修改",
          "Esc  留在 DebtDeck",
        ]
      for text in expected { #expect(question.contains(text), "\(language): \(text)\n\(question)") }
      // Esc went back to the app; input then ended with the export refused: nothing written,
      // and the note says so.
      #expect(!terminal.screen.contains("Quit without saving?"))
      #expect(disk.stored.payments.count == before && disk.exported.isEmpty)
      #expect(runner.exitNote?.en.contains("lost") == true)
    }
  }

  @Test("r while the disk is still full keeps asking; once there is room, r saves and quits")
  func retry() throws {
    let (runner, terminal, disk) = app([.key(.character("q")), .key(.character("r"))])
    var afterFirstRetry = ""
    terminal.steps += [
      .run { afterFirstRetry = terminal.screen }, .run { disk.full = false }, .key(.character("r")),
      .run { Issue.record("still running after a retry that saved") },
    ]
    runner.run()
    #expect(afterFirstRetry.contains("Still not saved.") && afterFirstRetry.contains("Quit without saving?"))
    #expect(disk.saves == 1 && disk.stored.payments.count == before + 1)
    #expect(runner.state.saveError == nil && disk.exported.isEmpty && runner.exitNote == nil)
  }

  @Test("e writes everything, with the unsaved payment, elsewhere and quits saying where")
  func export() throws {
    let (runner, terminal, disk) = app([.key(.character("q")), .key(.character("e"))])
    terminal.steps.append(.run { Issue.record("still running after the export") })
    runner.run()
    #expect(disk.exported.count == 1)
    #expect(disk.exported.first?.payments.count == before + 1)
    #expect(disk.stored.payments.count == before)
    let note = try #require(runner.exitNote)
    #expect(note.en.contains("/tmp/debtdeck-unsaved-20261123-101500.json"))
    #expect(
      note.en.contains("debtdeck import --format json /tmp/debtdeck-unsaved-20261123-101500.json --replace"))
    #expect(note.zh.contains("/tmp/debtdeck-unsaved-20261123-101500.json"))
  }

  @Test("an export that fails says why and keeps asking; Q then quits and says the change is lost")
  func exportFailsThenLose() throws {
    let (runner, terminal, disk) = app([])
    var afterExport = ""
    terminal.steps += [
      .run { disk.exportWorks = false }, .key(.character("q")), .key(.character("e")),
      .run { afterExport = terminal.screen }, .key(.character("Q")),
      .run { Issue.record("still running after Q") },
    ]
    runner.run()
    #expect(afterExport.contains("The export failed too") && afterExport.contains("read-only file system"))
    #expect(afterExport.contains("Quit without saving?"))
    #expect(disk.stored.payments.count == before && disk.exported.isEmpty)
    #expect(runner.exitNote?.en.contains("lost") == true)
  }

  @Test("with everything saved, q quits at once")
  func savedQuits() throws {
    let (runner, terminal, disk) = app([])
    terminal.steps = [
      .run { disk.full = false }, .key(.character("p")), .key(.enter), .key(.character("q")),
      .run { Issue.record("still running after q") },
    ]
    runner.run()
    #expect(disk.stored.payments.count == before + 1 && runner.exitNote == nil)
  }

  @Test(
    "SIGHUP or SIGTERM with a change not saved: saved if the disk has room now, else exported",
    arguments: [SIGHUP, SIGTERM])
  func signal(_ number: Int32) throws {
    // Room again by the time the signal comes: the change is saved, nothing exported.
    let (runner, terminal, disk) = app([])
    terminal.steps += [.run { disk.full = false }, .signal(number), .run { Issue.record("still running") }]
    runner.run()
    #expect(disk.stored.payments.count == before + 1 && disk.exported.isEmpty)
    // Still full: everything goes to the export, and the note says where.
    let (second, terminal2, disk2) = app([.signal(number)])
    terminal2.steps.append(.run { Issue.record("still running") })
    second.run()
    #expect(disk2.stored.payments.count == before)
    #expect(disk2.exported.count == 1 && disk2.exported[0].payments.count == before + 1)
    #expect(second.exitNote?.en.contains("/tmp/debtdeck-unsaved-") == true)
  }
}
