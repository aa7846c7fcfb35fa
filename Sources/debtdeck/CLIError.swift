import DebtStore

/// An error a command reports as one line on stderr, with a sysexits(3) status.
struct CLIError: Error, CustomStringConvertible {
  let message: String
  let exitCode: Int32

  /// Bad arguments: 64 (EX_USAGE).
  static func usage(_ message: String) -> CLIError { CLIError(message: message, exitCode: 64) }
  /// Bad or inconsistent data: 65 (EX_DATAERR).
  static func data(_ message: String) -> CLIError { CLIError(message: message, exitCode: 65) }

  static func from(_ error: StoreError) -> CLIError {
    CLIError(message: error.description, exitCode: error.exitCode)
  }

  var description: String { message }
}
