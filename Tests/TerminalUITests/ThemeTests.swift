import Foundation
import Testing

@testable import TerminalUI

@Suite("Themes")
struct ThemeTests {
  static let themesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("themes")

  static var files: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: themesDirectory.path)) ?? [])
      .filter { $0.hasSuffix(".json") }.sorted()
  }

  @Test("themes/ is the single source: the embedded copies match it exactly")
  func embeddedMatchesFiles() throws {
    #expect(ThemeTests.files.count >= 5)
    #expect(Set(ShippedThemes.files.keys) == Set(ThemeTests.files.map { String($0.dropLast(5)) }))
    for file in ThemeTests.files {
      let text = try String(
        contentsOf: ThemeTests.themesDirectory.appendingPathComponent(file), encoding: .utf8)
      let embedded = ShippedThemes.files[String(file.dropLast(5))] ?? ""
      let a = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? NSDictionary
      let b = try JSONSerialization.jsonObject(with: Data(embedded.utf8)) as? NSDictionary
      #expect(a == b, "\(file) differs from the embedded copy: run scripts/gen-themes.sh")
    }
  }

  @Test("every shipped theme parses, knows every role, and has readable text (WCAG ≥ 4.5:1)")
  func contrast() throws {
    for name in ["default", "light", "high-contrast", "solarized-dark", "mono"] {
      let theme = try #require(Theme.shipped(name), "\(name) does not load")
      if theme.monochrome { continue }
      for role in Theme.Role.allCases { #expect(theme.colors[role] != nil, "\(name) lacks \(role)") }
      let bg = try #require(theme.colors[.background])
      for role in [Theme.Role.text, .muted, .accent, .title, .ok, .warning, .danger] {
        let fg = try #require(theme.colors[role])
        let ratio = RGB.contrast(fg, bg)
        #expect(ratio >= 4.5, "\(name): \(role) on background is \(ratio):1")
      }
      let sel = RGB.contrast(
        try #require(theme.colors[.selectionText]), try #require(theme.colors[.selectionBackground]))
      #expect(sel >= 4.5, "\(name): selection is \(sel):1")
      let bar = RGB.contrast(try #require(theme.colors[.barText]), try #require(theme.colors[.barBackground]))
      #expect(bar >= 4.5, "\(name): bar is \(bar):1")
    }
  }

  @Test("missing colours fall back to the default; unknown roles and newer versions are refused")
  func parsing() throws {
    let partial = try Theme.parse(##"{"version": 1, "colors": {"danger": "#ff0000"}}"##, fallback: .standard)
    #expect(partial.colors[.danger] == RGB(255, 0, 0))
    #expect(partial.colors[.text] == Theme.standard.colors[.text])
    #expect(throws: Theme.LoadError.self) {
      try Theme.parse(##"{"colors": {"sparkle": "#ffffff"}}"##, fallback: nil)
    }
    #expect(throws: Theme.LoadError.self) { try Theme.parse(#"{"colors": {"text": "red"}}"#, fallback: nil) }
    #expect(throws: Theme.LoadError.self) { try Theme.parse(#"{"version": 9}"#, fallback: nil) }
  }

  @Test("256- and 8-colour terminals get the nearest colour")
  func palette() {
    #expect(ColorPalette.nearest(RGB(255, 0, 0), count: 256) == 196)
    #expect(ColorPalette.nearest(RGB(0, 0, 0), count: 256) == 16)
    #expect(ColorPalette.nearest(RGB(128, 128, 128), count: 256) == 244)
    #expect(ColorPalette.nearest(RGB(250, 10, 10), count: 8) == 1)
    #expect(ColorPalette.nearest(RGB(10, 200, 20), count: 8) == 2)
  }
}
