import ArgumentParser
import DebtCore
import DebtStore
import Foundation

/// Options every command takes.
struct CommonOptions: ParsableArguments {
  @Option(
    name: .customLong("data-dir"),
    help: HelpText.option(
      en: "Directory of the data files (default: $DEBTDECK_HOME, else $XDG_DATA_HOME/debtdeck).",
      zh: "数据文件所在的目录（默认：$DEBTDECK_HOME，否则 $XDG_DATA_HOME/debtdeck）。",
      valueName: "dir"))
  var dataDir: String?

  @Option(
    name: .customLong("lang"),
    help: HelpText.option(
      en: "Language of the output: en or zh-Hans (default: settings, else locale).",
      zh: "输出的语言：en 或 zh-Hans（默认：按设置，否则按系统语言）。")
  )
  var language: Language?
}

extension Language: ExpressibleByArgument {
  public init?(argument: String) {
    switch argument.lowercased() {
    case "en", "english": self = .en
    case "zh", "zh-hans", "zh_cn", "zh-cn", "中文": self = .zhHans
    default: return nil
    }
  }
}

/// What a command needs from its surroundings: where the files are, today's date, the language.
/// Everything from the environment is read here, once, and passed down.
struct AppContext {
  let location: DataLocation
  let today: LocalDate
  let settings: Settings
  let language: Language
  let environment: [String: String]

  init(_ options: CommonOptions) throws {
    try self.init(dataDir: options.dataDir, language: options.language)
  }

  init(dataDir: String?, language chosen: Language?) throws {
    let env = ProcessInfo.processInfo.environment
    environment = env
    location = DataLocation.resolve(dataDir: dataDir, environment: env)
    today = try AppContext.today(environment: env)
    do {
      settings = try SettingsStore(location: location).load()
    } catch {
      throw CLIError.from(error)
    }
    language = Language.choose(explicit: chosen, settings: settings.language, environment: env)
  }

  var store: PortfolioStore {
    PortfolioStore(location: location, fileSystem: FileSystem.fromEnvironment(environment))
  }

  func load() throws -> LoadedPortfolio {
    do {
      return try store.load()
    } catch {
      throw CLIError.from(error)
    }
  }

  /// Applies a change under the lock and saves it; store errors become one-line CLI errors.
  func update<T>(_ change: (inout Portfolio) throws -> T) throws -> T {
    do {
      let (result, saved) = try store.update(change)
      if let warning = saved.warning { printProblem(warning.text, language) }
      return result
    } catch let error as StoreError {
      throw CLIError.from(error)
    }
  }

  /// `DEBTDECK_TODAY=YYYY-MM-DD`, else the local calendar date.
  static func today(environment env: [String: String]) throws -> LocalDate {
    if let forced = env["DEBTDECK_TODAY"], !forced.isEmpty {
      do {
        return try LocalDate(iso: forced)
      } catch {
        throw CLIError.usage(option: "DEBTDECK_TODAY", error.text)
      }
    }
    var t = time(nil)
    var parts = tm()
    localtime_r(&t, &parts)
    return LocalDate.clamped(
      year: Int(parts.tm_year) + 1900, month: Int(parts.tm_mon) + 1, day: Int(parts.tm_mday))
  }

  func text(_ t: LocalizedText) -> String { t(language) }
  func text(en: String, zh: String) -> String { LocalizedText(en: en, zh: zh)(language) }
  var t: Translator { Translator(language: language) }

  func money(_ minor: Int64, _ currency: Currency) -> String { Money.format(minor, currency) }
}

/// Reads a debt reference (id or unique name).
func resolve(_ reference: String, in portfolio: Portfolio) throws -> Debt {
  switch portfolio.resolveDebt(reference) {
  case .success(let d): return d
  case .failure(let e): throw CLIError.usage(e.text)
  }
}

/// Picks the string of the current language: `t(en: "…", zh: "…")` or `t(someLocalizedText)`.
struct Translator {
  let language: Language
  func callAsFunction(_ text: LocalizedText) -> String { text(language) }
  func callAsFunction(en: String, zh: String) -> String { LocalizedText(en: en, zh: zh)(language) }
}
