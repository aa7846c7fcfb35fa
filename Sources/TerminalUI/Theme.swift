import Foundation

/// Colours by role, loaded from a theme file. Views ask for roles (`theme.danger`), never for
/// colours, so every theme — including monochrome — keeps the meaning.
public struct Theme: Sendable, Equatable {
  public enum Role: String, CaseIterable, Sendable {
    case background, text, muted, accent, border, title, selectionBackground, selectionText
    case ok, warning, danger, barBackground, barText
  }

  public static let currentVersion = 1

  public let name: String
  /// No colours: meaning from bold, underline and reverse video.
  public let monochrome: Bool
  public let colors: [Role: RGB]

  public init(name: String, monochrome: Bool, colors: [Role: RGB]) {
    self.name = name
    self.monochrome = monochrome
    self.colors = colors
  }

  public static var shippedNames: [String] { ShippedThemes.files.keys.sorted() }

  /// The built-in default (dark) theme.
  public static let standard: Theme =
    (try? Theme.parse(ShippedThemes.files["default"] ?? "", fallback: nil))
    ?? Theme(name: "default", monochrome: true, colors: [:])

  public static let mono = Theme(name: "mono", monochrome: true, colors: [:])

  /// A shipped theme by name.
  public static func shipped(_ name: String) -> Theme? {
    guard let text = ShippedThemes.files[name] else { return nil }
    return try? parse(text, fallback: standard)
  }

  public struct LoadError: Error, CustomStringConvertible {
    public let message: String
    public var description: String { message }
  }

  /// Reads a theme file. Colours it leaves out come from `fallback`; a newer version is refused.
  public static func parse(_ text: String, fallback: Theme?) throws -> Theme {
    guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] else {
      throw LoadError(message: "a theme is a JSON object")
    }
    let version = object["version"] as? Int ?? 1
    guard version <= currentVersion else {
      throw LoadError(
        message: "theme version \(version) is newer than this DebtDeck knows (\(currentVersion))")
    }
    var colors = fallback?.colors ?? [:]
    for (key, value) in object["colors"] as? [String: Any] ?? [:] {
      guard let role = Role(rawValue: key) else {
        throw LoadError(message: "unknown colour role “\(key)”")
      }
      guard let hex = value as? String, let rgb = RGB(hex: hex) else {
        throw LoadError(message: "\(key): “\(value)” is not a colour like #1c1c1c")
      }
      colors[role] = rgb
    }
    return Theme(
      name: object["name"] as? String ?? "custom", monochrome: object["monochrome"] as? Bool ?? false,
      colors: colors)
  }

  private func color(_ role: Role) -> RGB? { monochrome ? nil : colors[role] }

  private func style(_ role: Role, bold: Bool = false) -> Style {
    Style(foreground: color(role), background: color(.background), bold: bold)
  }

  public var base: Style { style(.text) }
  public var muted: Style {
    var s = style(.muted)
    s.dim = monochrome
    return s
  }
  public var accent: Style {
    var s = style(.accent)
    s.underline = monochrome
    return s
  }
  public var title: Style { style(.title, bold: true) }
  public var border: Style { style(.border) }
  public var ok: Style { style(.ok) }
  public var warning: Style { style(.warning, bold: true) }
  public var danger: Style { style(.danger, bold: true) }
  public var selection: Style {
    monochrome
      ? Style(reverse: true)
      : Style(foreground: colors[.selectionText], background: colors[.selectionBackground], bold: true)
  }
  public var bar: Style {
    monochrome
      ? Style(reverse: true) : Style(foreground: colors[.barText], background: colors[.barBackground])
  }
  public var barAccent: Style {
    monochrome
      ? Style(bold: true, reverse: true)
      : Style(foreground: colors[.accent], background: colors[.barBackground], bold: true)
  }
}
