import DebtCore
import TerminalUI

/// Settings: language, theme, currency, reminder lead days and the "due soon" window. Each row
/// cycles through its values with ←/→; a change applies at once and is saved to settings.json.
enum SettingsScreen {
  enum Row: Int, CaseIterable {
    case language, theme, currency, leadDays, dueSoon

    var label: LocalizedText {
      switch self {
      case .language: return LocalizedText(en: "Language", zh: "语言")
      case .theme: return LocalizedText(en: "Theme", zh: "主题")
      case .currency: return LocalizedText(en: "Currency for new debts", zh: "新债务的币种")
      case .leadDays: return LocalizedText(en: "Remind before a due date", zh: "到期前提醒")
      case .dueSoon: return LocalizedText(en: "\"Due soon\" window", zh: "“即将到期”范围")
      }
    }
  }

  static let languages: [Language?] = [nil, .en, .zhHans]
  static let currencies = ["CNY", "USD", "EUR", "HKD", "GBP", "JPY"].compactMap { Currency(code: $0) }
  static let leadPresets: [[Int]] = [[7, 3, 1, 0], [14, 7, 3, 1, 0], [3, 1, 0], [1, 0], [0]]
  static let dueSoonPresets = [3, 5, 7, 10, 14]

  static func value(_ row: Row, _ state: AppState) -> String {
    let s = state.settings
    switch row {
    case .language:
      switch s.language {
      case nil: return state.t(LocalizedText(en: "follow the locale", zh: "跟随系统"))
      case .en: return "English"
      case .zhHans: return "简体中文"
      }
    case .theme: return s.theme
    case .currency: return s.currency.code
    case .leadDays:
      let before = s.reminderLeadDays.filter { $0 > 0 }.sorted(by: >).map(String.init).joined(separator: ", ")
      let onTheDay = s.reminderLeadDays.contains(0)
      switch (before.isEmpty, onTheDay) {
      case (true, _): return state.t(LocalizedText(en: "on the day", zh: "当天"))
      case (false, true):
        return state.t(LocalizedText(en: "\(before) days before, and on the day", zh: "提前 \(before) 天及当天"))
      case (false, false): return state.t(LocalizedText(en: "\(before) days before", zh: "提前 \(before) 天"))
      }
    case .dueSoon: return state.t(LocalizedText(en: "\(s.dueSoonDays) days", zh: "\(s.dueSoonDays) 天"))
    }
  }

  /// Moves the selected row's value by `step` and asks for the settings to be saved.
  static func change(_ state: inout AppState, by step: Int) -> [Effect] {
    guard let row = Row(rawValue: state.settingsRow) else { return [] }
    func cycle<T: Equatable>(_ all: [T], _ current: T) -> T {
      let i = all.firstIndex(of: current) ?? 0
      return all[(i + step + all.count) % all.count]
    }
    var s = state.settings
    switch row {
    case .language:
      s.language = cycle(languages, s.language)
      state.language = s.language ?? state.localeLanguage
    case .theme: s.theme = cycle(Theme.shippedNames, s.theme)
    case .currency: s.currency = cycle(currencies, s.currency)
    case .leadDays: s.reminderLeadDays = cycle(leadPresets, s.reminderLeadDays.sorted(by: >))
    case .dueSoon: s.dueSoonDays = cycle(dueSoonPresets, s.dueSoonDays)
    }
    state.settings = s
    // Reminders and stages depend on these: recompute.
    let p = state.portfolio
    state.portfolio = p
    return [.saveSettings(s)]
  }

  static func render(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    buffer.put(
      state.t(LocalizedText(en: "Settings", zh: "设置")), x: rect.x + 1, y: rect.y, style: theme.title,
      clip: rect)
    for row in Row.allCases {
      let y = rect.y + 2 + row.rawValue
      let selected = row.rawValue == state.settingsRow
      buffer.put(
        state.t(row.label), x: rect.x + 1, y: y, width: 28, style: selected ? theme.accent : theme.muted,
        clip: rect)
      buffer.put(
        "‹ " + value(row, state) + " ›", x: rect.x + 30, y: y, width: min(40, rect.width - 31),
        style: selected ? theme.selection : theme.base, clip: rect)
    }
    let y = rect.y + 3 + Row.allCases.count
    let note = LocalizedText(
      en: "Saved at once to settings.json. NO_COLOR in the environment keeps every theme monochrome.",
      zh: "修改会立即保存到 settings.json。环境变量 NO_COLOR 会让所有主题保持单色。")
    buffer.put(state.t(note), x: rect.x + 1, y: y, style: theme.muted, clip: rect)
  }
}
