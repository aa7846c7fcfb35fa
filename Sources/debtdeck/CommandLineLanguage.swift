import DebtCore
import DebtStore

/// The language of what is said before a command runs or instead of it: an argument error,
/// `--help`. The same rule as a command's (`Language.choose`), read from the raw arguments,
/// since the parser has not (or could not) read them.
enum CommandLineLanguage {
  static func choose(arguments: [String], environment: [String: String]) -> Language {
    var explicit: Language?
    var dataDir: String?
    var i = 0
    while i < arguments.count {
      let a = arguments[i]
      if a == "--" { break }
      for (name, isLanguage) in [("--lang", true), ("--data-dir", false)] {
        var value: String?
        if a == name, i + 1 < arguments.count {
          value = arguments[i + 1]
        } else if a.hasPrefix(name + "=") {
          value = String(a.dropFirst(name.count + 1))
        }
        guard let value else { continue }
        if isLanguage {
          explicit = Language(argument: value) ?? explicit
        } else {
          dataDir = value
        }
      }
      i += 1
    }
    if let explicit { return explicit }
    let location = DataLocation.resolve(dataDir: dataDir, environment: environment)
    let settings = try? SettingsStore(location: location).load()
    return Language.choose(explicit: nil, settings: settings?.language, environment: environment)
  }
}
