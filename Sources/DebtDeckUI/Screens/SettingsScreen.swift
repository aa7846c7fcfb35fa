import DebtCore
import TerminalUI

/// Settings: language, theme, currency, reminder lead days, the "due soon" window, and when and
/// how `debtdeck notify` sends notices. Each row cycles through its values with ←/→; a change
/// applies at once and is saved to settings.json. The notify command is edited in the file.
enum SettingsScreen {
  enum Row: Int, CaseIterable {
    case language, theme, currency, leadDays, dueSoon, notifyTime, quietHours, channels, command

    var label: LocalizedText {
      switch self {
      case .language: return LocalizedText(en: "Language", zh: "语言")
      case .theme: return LocalizedText(en: "Theme", zh: "主题")
      case .currency: return LocalizedText(en: "Currency for new debts", zh: "新债务的币种")
      case .leadDays: return LocalizedText(en: "Remind before a due date", zh: "到期前提醒")
      case .dueSoon: return LocalizedText(en: "\"Due soon\" window", zh: "“即将到期”范围")
      case .notifyTime: return LocalizedText(en: "Notify from", zh: "通知时间")
      case .quietHours: return LocalizedText(en: "Quiet hours (no notices)", zh: "免打扰时段（不发通知）")
      case .channels: return LocalizedText(en: "Notify through", zh: "通知渠道")
      case .command: return LocalizedText(en: "Notify command", zh: "通知命令")
      }
    }
  }

  static let languages: [Language?] = [nil, .en, .zhHans]
  static let currencies = ["CNY", "USD", "EUR", "HKD", "GBP", "JPY"].compactMap { Currency(code: $0) }
  static let leadPresets: [[Int]] = [[7, 3, 1, 0], [14, 7, 3, 1, 0], [3, 1, 0], [1, 0], [0]]
  static let dueSoonPresets = [3, 5, 7, 10, 14]
  static let notifyTimes = [7 * 60, 8 * 60, 9 * 60, 10 * 60, 12 * 60, 18 * 60, 20 * 60]
  /// (from, until); equal values: no quiet hours.
  static let quietPresets: [[Int]] = [[22 * 60, 8 * 60], [23 * 60, 7 * 60], [21 * 60, 9 * 60], [0, 0]]
  static let channelPresets: [[NotifySettings.Channel]] = [
    [.desktop, .terminal, .stdout], [.desktop, .stdout], [.terminal, .stdout], [.stdout], [],
  ]

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
      let lead = s.reminderLeadDays.filter { $0 > 0 }.sorted(by: >)
      let before = lead.map(String.init).joined(separator: ", ")
      // "1 day before", "14, 7, 3 days before".
      let days = lead.count == 1 ? LocalizedText.days(lead[0]).en : before + " days"
      let onTheDay = s.reminderLeadDays.contains(0)
      switch (before.isEmpty, onTheDay) {
      case (true, _): return state.t(LocalizedText(en: "on the day", zh: "当天"))
      case (false, true):
        return state.t(LocalizedText(en: "\(days) before, and on the day", zh: "提前 \(before) 天及当天"))
      case (false, false): return state.t(LocalizedText(en: "\(days) before", zh: "提前 \(before) 天"))
      }
    case .dueSoon: return state.t(LocalizedText.days(s.dueSoonDays))
    case .notifyTime:
      return state.t(
        LocalizedText(
          en: "\(NotifySettings.clock(s.notify.time)) daily",
          zh: "每天 \(NotifySettings.clock(s.notify.time)) 起"))
    case .quietHours:
      if s.notify.quietStart == s.notify.quietEnd { return state.t(LocalizedText(en: "none", zh: "无")) }
      return NotifySettings.clock(s.notify.quietStart) + "–" + NotifySettings.clock(s.notify.quietEnd)
    case .channels:
      if s.notify.channels.isEmpty {
        return state.t(LocalizedText(en: "only the notify command", zh: "仅通知命令"))
      }
      return s.notify.channels.map { state.t($0.label) }.joined(separator: " → ")
    case .command:
      if s.notify.command.isEmpty {
        return state.t(
          LocalizedText(
            en: "none (set it in settings.json)", zh: "无（在 settings.json 中设置）"))
      }
      return s.notify.command.joined(separator: " ").terminalSafe
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
    case .notifyTime: s.notify.time = cycle(notifyTimes, s.notify.time)
    case .quietHours:
      let next = cycle(quietPresets, [s.notify.quietStart, s.notify.quietEnd])
      s.notify.quietStart = next[0]
      s.notify.quietEnd = next[1]
    case .channels: s.notify.channels = cycle(channelPresets, s.notify.channels)
    case .command: return []
    }
    // Reminders and stages depend on these: the state recomputes them.
    state.settings = s
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
    let notify = LocalizedText(
      en: "Notices: debtdeck notify --install sets up the daily timer.",
      zh: "通知：运行 debtdeck notify --install 设置每日定时器。")
    // Wrapped: at 80 columns the note is longer than a line.
    let lines = [note, notify].flatMap { state.t($0).wrapped(toWidth: max(10, rect.width - 2)) }
    for (i, line) in lines.enumerated() {
      buffer.put(line, x: rect.x + 1, y: y + i, style: theme.muted, clip: rect)
    }
  }
}
