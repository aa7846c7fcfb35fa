import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

struct DoctorCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "doctor",
    abstract: HelpText.abstract(
      en: "Check the data files and say what is wrong; list or restore backups.",
      zh: "检查数据文件并指出问题；列出或恢复备份。"))

  @OptionGroup var common: CommonOptions
  @Flag(help: HelpText.option(en: "List the backups, newest first.", zh: "列出备份，最新的在前。")) var backups = false
  @Option(
    help: HelpText.option(
      en: "Bring back this backup (the current file is kept as a backup first).", zh: "恢复这个备份（当前文件会先存为备份）。"))
  var restore: String?
  @Flag(help: HelpText.option(en: "Do not ask before restoring.", zh: "恢复前不再询问。")) var yes = false

  func run() throws {
    let context = try AppContext(common)
    let store = context.store
    let t = context.t
    if backups {
      let list = store.backups.list()
      if list.isEmpty { printOut(t(en: "No backups yet.", zh: "还没有备份。")) }
      list.forEach { printOut($0) }
      return
    }
    if let restore {
      if !yes {
        StandardStreams.shared.err(
          t(
            en:
              "Replace \(context.location.portfolioFile) with \(restore)? The current file is kept as a backup. [y/N] ",
            zh: "用 \(restore) 替换 \(context.location.portfolioFile)？当前文件会先备份。[y/N] "
          ))
        let answer = readLine()?.lowercased() ?? ""
        guard answer == "y" || answer == "yes" || answer == "是" else {
          printOut(t(en: "Nothing changed.", zh: "未做任何更改。"))
          return
        }
      }
      do {
        let restored = try store.restore(backup: restore)
        printOut(
          t(
            en:
              "Restored: \(restored.portfolio.debts.count) debts, \(restored.portfolio.payments.count) payments.",
            zh: "已恢复：\(restored.portfolio.debts.count) 笔债务，\(restored.portfolio.payments.count) 条还款。"))
      } catch let error as StoreError {
        throw CLIError.from(error)
      }
      return
    }

    var problems = 0
    printOut(t(en: "Data directory: ", zh: "数据目录：") + context.location.dataDirectory)
    var isDirectory: ObjCBool = false
    if !FileManager.default.fileExists(atPath: context.location.dataDirectory, isDirectory: &isDirectory) {
      printOut(
        t(
          en: "  does not exist: no data yet (the first `add` or `demo` creates it)",
          zh: "  不存在：还没有数据（第一次 `add` 或 `demo` 时创建）"))
    } else if !isDirectory.boolValue {
      problems += 1
      printOut(t(en: "  is not a directory", zh: "  不是目录"))
    } else if !FileManager.default.fileExists(atPath: context.location.portfolioFile) {
      printOut(t(en: "portfolio.json: none yet — no debts recorded", zh: "portfolio.json：尚无 — 还没有记录债务"))
    } else {
      problems += checkPortfolio(store, context: context)
    }
    let settingsExist = FileManager.default.fileExists(atPath: context.location.settingsFile)
    printOut(
      settingsExist
        ? t(en: "settings.json: OK", zh: "settings.json：正常")
        : t(en: "settings.json: none — defaults in use", zh: "settings.json：无 — 使用默认设置"))
    let leftovers =
      (try? FileManager.default.contentsOfDirectory(atPath: context.location.dataDirectory))?
      .filter { $0.contains(AtomicFile.tempMarker) } ?? []
    if !leftovers.isEmpty {
      printOut(
        t(
          en: "\(leftovers.count) temp file(s) from an interrupted save; the next save removes them",
          zh: "\(leftovers.count) 个中断保存留下的临时文件；下次保存时会清除"))
    }
    let count = store.backups.list().count
    printOut(
      t(en: "Backups: \(count) (doctor --backups lists them)", zh: "备份：\(count) 个（doctor --backups 列出）"))
    // Open to others: a warning with the fix, not a data problem (the status stays 0).
    for open in DataPermissions.check(context.location) {
      printOut(t(en: "warning: ", zh: "警告：") + context.text(open.warning))
    }
    if problems > 0 { throw ExitCode(65) }
  }

  /// Loads the data file with every check the loader makes; prints OK or what is wrong.
  private func checkPortfolio(_ store: PortfolioStore, context: AppContext) -> Int {
    let t = context.t
    do {
      let loaded = try store.load()
      let p = loaded.portfolio
      printOut(
        t(
          en: "portfolio.json: OK — \(p.debts.count) debts, \(p.payments.count) payments",
          zh: "portfolio.json：正常 — \(p.debts.count) 笔债务，\(p.payments.count) 条还款"))
      let problems = DoctorCommand.checkEvidence(p, context: context)
      if let from = loaded.migratedFrom {
        printOut(
          t(
            en:
              "  written by an older version (schema \(from)); the next save upgrades it and keeps the original as a backup",
            zh: "  由旧版本写入（schema \(from)）；下次保存时升级，并保留原文件备份"))
      }
      return problems
    } catch {
      printOut(t(error.text))
      return 1
    }
  }

  /// Re-hashes every evidence file of every contact log; prints each missing or changed one.
  static func checkEvidence(_ portfolio: Portfolio, context: AppContext) -> Int {
    let t = context.t
    var checked = 0
    var bad = 0
    for debtID in portfolio.cases.keys.sorted() {
      for entry in portfolio.cases[debtID]?.contacts ?? [] {
        for evidence in entry.evidence {
          checked += 1
          switch EvidenceFile.check(evidence) {
          case .intact: continue
          case .missing:
            bad += 1
            printOut(
              t(
                en: "evidence missing: \(evidence.path) (\(debtID) \(entry.id))",
                zh: "证据文件缺失：\(evidence.path)（\(debtID) \(entry.id)）"
              ).terminalSafe)
          case .changed(let now):
            bad += 1
            printOut(
              t(
                en:
                  "evidence changed since it was recorded: \(evidence.path) (\(debtID) \(entry.id)): sha256 was \(evidence.sha256), now \(now)",
                zh: "证据文件在记录后被改动：\(evidence.path)（\(debtID) \(entry.id)）：原 sha256 \(evidence.sha256)，现 \(now)"
              ).terminalSafe)
          }
        }
      }
    }
    if checked > 0 && bad == 0 {
      printOut(t(en: "evidence: \(checked) file(s) intact (SHA-256)", zh: "证据：\(checked) 个文件完好（SHA-256）"))
    }
    return bad
  }
}
