import ArgumentParser
import DebtStore
import Foundation

@main
struct DebtDeckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "debtdeck",
    abstract: "Keep track of several debts, and know what to do when a payment is missed.",
    discussion: """
      With no subcommand, opens the full-screen app on today's reminders.
      Data stays on this machine, in JSON files under --data-dir (or $DEBTDECK_HOME).
      DEBTDECK_TODAY=YYYY-MM-DD overrides today's date.
      """,
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

  /// Parses, runs, and turns every error into one line on stderr and a sysexits status. A user
  /// never sees a backtrace.
  static func main() {
    // "-5" would otherwise be taken for an unknown option; say what is really wrong.
    if let negative = CommandLine.arguments.dropFirst().first(where: DebtDeckCommand.isNegativeNumber) {
      printError("debtdeck: “\(negative)” is negative; amounts must be 0 or more")
      Foundation.exit(64)
    }
    // Swift would decode an argument of invalid UTF-8 with replacement characters, so
    // `--data-dir` would name a different directory than the user typed: refuse it.
    for i in 1..<Int(CommandLine.argc) {
      guard let raw = CommandLine.unsafeArgv[i], String(validatingCString: raw) == nil else { continue }
      printError(
        "debtdeck: argument \(i) is not valid UTF-8 text; DebtDeck takes file names and text in UTF-8")
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
      printError("debtdeck: \(error.message)")
      Foundation.exit(error.exitCode)
    } catch let error as StoreError {
      printError("debtdeck: \(error.description)")
      Foundation.exit(error.exitCode)
    } catch {
      let code = exitCode(for: error)
      if code == .success {
        printOut(fullMessage(for: error))
        StandardStreams.shared.finish()
        Foundation.exit(0)
      }
      let message = fullMessage(for: error)
      let first = message.split(separator: "\n").first.map(String.init) ?? message
      // A bare `ExitCode` (the command already said why) has no message: add no empty line.
      if !first.isEmpty { printError("debtdeck: " + first.replacingOccurrences(of: "Error: ", with: "")) }
      if code.rawValue == 64 || code == .validationFailure {
        printError("See 'debtdeck --help' or 'debtdeck <command> --help'.")
        Foundation.exit(64)
      }
      // What the command printed before it chose its status (doctor's report) still goes out.
      StandardStreams.shared.flush()
      Foundation.exit(code.rawValue)
    }
  }
}
