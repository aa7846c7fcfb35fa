import ArgumentParser
import DebtCore
import DebtStore
import Foundation

@main
struct DebtDeckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debtdeck",
    abstract: HelpText.abstract(
      en: "Keep track of several debts, and know what to do when a payment is missed.",
      zh: "管理多笔债务，并在错过还款时知道该怎么做。"),
    discussion: HelpText.discussion(
      en: """
        With no subcommand, opens the full-screen app on today's reminders. Data stays on this \
        machine, in JSON files under --data-dir (or $DEBTDECK_HOME). DEBTDECK_TODAY=YYYY-MM-DD \
        overrides today's date.
        """,
      zh: """
        不带子命令时，打开全屏界面，显示今天的提醒。数据只保存在本机，即 --data-dir（或 $DEBTDEC\
        K_HOME）下的 JSON 文件。DEBTDECK_TODAY=YYYY-MM-DD 可指定“今天”的日期。
        """),
    subcommands: [
      TodayCommand.self, ListCommand.self, ShowCommand.self, AddCommand.self, PayCommand.self,
      RemindCommand.self, AprCommand.self, PlanCommand.self, ExportCommand.self, ImportCommand.self,
      LogCommand.self, CaseCommand.self, CourtCommand.self, ChannelCommand.self, AgreeCommand.self,
      OfferCommand.self, LetterCommand.self, RulesCommand.self, HelpFreeCommand.self, NotifyCommand.self,
      RehearseCommand.self,
      DemoCommand.self,
      DoctorCommand.self,
    ]
  )

  @OptionGroup var common: CommonOptions

  func run() throws {
    let context = try AppContext(common)
    try launchApp(context)
  }

  static func isNegativeNumber(_ argument: String) -> Bool {
    guard argument.count > 1, argument.first == "-" else { return false }
    let second = argument[argument.index(after: argument.startIndex)]
    return second.isNumber || second == "."
  }

  /// What a successful "error" prints: `--help` laid out by `HelpLayout` for this terminal and
  /// language; anything else (`--version`, completion scripts, the man page's JSON) as is.
  static func helpOrMessage(for error: Error, arguments: [String]) -> String {
    guard HelpText.isHelpRequest(arguments) else { return fullMessage(for: error) }
    let help = fullMessage(for: error, columns: HelpLayout.unwrapped)
    guard help.hasPrefix("OVERVIEW: ") || help.hasPrefix("USAGE: ") else { return fullMessage(for: error) }
    let width = HelpLayout.screenWidth(environment: ProcessInfo.processInfo.environment)
    return HelpLayout.render(help, language: HelpText.language, width: width)
  }

  /// Parses, runs, and turns every error into one line on stderr and a sysexits status. A user
  /// never sees a backtrace.
  static func main() {
    // The language of a message said before (or instead of) a command: chosen only when needed,
    // by the same rule as a command's.
    let arguments = Array(CommandLine.arguments.dropFirst())
    let language = {
      CommandLineLanguage.choose(arguments: arguments, environment: ProcessInfo.processInfo.environment)
    }
    // "-5" would otherwise be taken for an unknown option; say what is really wrong.
    if let at = arguments.firstIndex(where: DebtDeckCommand.isNegativeNumber) {
      let negative = arguments[at]
      // After an option (`--days -3`) it is that option's value, not an amount.
      if at > 0, arguments[at - 1].hasPrefix("--") {
        let option = arguments[at - 1]
        printProblem(
          LocalizedText(
            en: "\(option): “\(negative)” is negative; it must be 0 or more",
            zh: "\(option)：“\(negative)” 是负数；必须为 0 或以上"), language())
      } else {
        printProblem(
          LocalizedText(
            en: "“\(negative)” is negative; amounts must be 0 or more", zh: "“\(negative)” 是负数；金额必须为 0 或以上"),
          language())
      }
      Foundation.exit(64)
    }
    // Swift would decode an argument of invalid UTF-8 with replacement characters, so
    // `--data-dir` would name a different directory than the user typed: refuse it.
    for i in 1..<Int(CommandLine.argc) {
      guard let raw = CommandLine.unsafeArgv[i], String(validatingCString: raw) == nil else { continue }
      printProblem(
        LocalizedText(
          en: "argument \(i) is not valid UTF-8 text; DebtDeck takes file names and text in UTF-8",
          zh: "第 \(i) 个参数不是有效的 UTF-8 文本；DebtDeck 只接受 UTF-8 的文件名和文字"), language())
      Foundation.exit(64)
    }
    do {
      if let today = TodayFastPath(Array(CommandLine.arguments.dropFirst())) {
        try today.run()
        StandardStreams.shared.finish()
        return
      }
      var command = try parseAsRoot()
      try command.run()
      StandardStreams.shared.finish()
    } catch let error as CLIError {
      printProblem(error.message, language())
      Foundation.exit(error.exitCode)
    } catch let error as StoreError {
      printProblem(error.text, language())
      Foundation.exit(error.exitCode)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        printOut(helpOrMessage(for: error, arguments: arguments))
        StandardStreams.shared.finish()
        Foundation.exit(0)
      }
      // A bare `ExitCode` (the command already said why) has no message: add no empty line.
      let message = self.message(for: error)
      if code.rawValue == 64 || code == .validationFailure {
        printProblem(ParserErrorText.translate(message: message, full: fullMessage(for: error)), language())
        Foundation.exit(64)
      }
      if !message.isEmpty {
        printProblem(
          (error as? LocalizedText)
            ?? LocalizedText(en: message, zh: "发生了意外的错误（退出状态 \(code.rawValue)）"), language())
      }
      // What the command printed before it chose its status (doctor's report) still goes out.
      StandardStreams.shared.flush()
      Foundation.exit(code.rawValue)
    }
  }
}
