import DebtCore
import DebtStore

/// An error a command reports as one line on stderr, with a sysexits(3) status. The message
/// exists in every language (`LocalizedText`), so it cannot reach a user in only one.
struct CLIError: Error, CustomStringConvertible {
  let message: LocalizedText
  let exitCode: Int32

  init(message: LocalizedText, exitCode: Int32) {
    self.message = message
    self.exitCode = exitCode
  }

  init(en: String, zh: String, exitCode: Int32) {
    self.init(message: LocalizedText(en: en, zh: zh), exitCode: exitCode)
  }

  /// Bad arguments: 64 (EX_USAGE).
  static func usage(_ message: LocalizedText) -> CLIError { CLIError(message: message, exitCode: 64) }
  static func usage(en: String, zh: String) -> CLIError { usage(LocalizedText(en: en, zh: zh)) }
  /// Bad or inconsistent data: 65 (EX_DATAERR).
  static func data(_ message: LocalizedText) -> CLIError { CLIError(message: message, exitCode: 65) }
  static func data(en: String, zh: String) -> CLIError { data(LocalizedText(en: en, zh: zh)) }

  /// An option's name, then what is wrong with its value: `--date: “x” is not a date: …`.
  static func usage(option: String, _ problem: LocalizedText) -> CLIError {
    usage(LocalizedText(en: "\(option): \(problem.en)", zh: "\(option)：\(problem.zh)"))
  }

  static func from(_ error: StoreError) -> CLIError {
    CLIError(message: error.text, exitCode: error.exitCode)
  }

  var description: String { message.en }
}
