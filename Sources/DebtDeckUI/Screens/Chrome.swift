import DebtCore
import TerminalUI

/// The frame around every screen: the top bar with tabs and counts, the message line and the
/// footer of key hints (from the key table, so they always match what the keys do).
enum Chrome {
  static func topBar(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    buffer.fill(rect, style: theme.bar)
    // The same counts as the Today headline and `debtdeck today`.
    let c = state.brief.counts
    let overdue = c.overdue
    var counts = state.t(LocalizedText(en: " \(c.today) for today ", zh: " 今日 \(c.today) "))
    if overdue > 0 {
      counts = state.t(LocalizedText(en: " \(overdue) overdue ·", zh: " 逾期 \(overdue) ·")) + counts
    }
    if state.saveError != nil { counts = state.t(LocalizedText(en: " NOT SAVED ·", zh: " 未保存 ·")) + counts }
    // Tabs in full when they fit beside the counts; else the other tabs shrink to their number.
    // The counts and NOT SAVED always stay; the name and the date go first.
    func label(_ screen: Screen, full: Bool) -> String {
      full || screen == state.screen
        ? " \(screen.rawValue) \(state.t(screen.title)) " : " \(screen.rawValue) "
    }
    let brand = " DebtDeck "
    let fullTabs = Screen.allCases.map { label($0, full: true).displayWidth }.reduce(0, +)
    let compact = fullTabs + counts.displayWidth > rect.width
    let showBrand = brand.count + fullTabs + counts.displayWidth + 14 <= rect.width
    var x = rect.x
    if showBrand { x += buffer.put(brand, x: x, y: rect.y, style: theme.barAccent, clip: rect) }
    for screen in Screen.allCases {
      let active = screen == state.screen && state.form == nil
      x += buffer.put(
        label(screen, full: !compact), x: x, y: rect.y, style: active ? theme.selection : theme.bar,
        clip: rect)
    }
    for right in [" \(state.today) ·" + counts, counts] where rect.maxX - right.displayWidth >= x {
      let style = state.saveError != nil || overdue > 0 ? theme.barAccent : theme.bar
      buffer.put(right, x: rect.maxX - right.displayWidth, y: rect.y, style: style, clip: rect)
      break
    }
  }

  static func messageLine(_ state: AppState, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme) {
    buffer.fill(rect, style: theme.base)
    if let error = state.saveError {
      let text = state.t(
        LocalizedText(
          en: "Not saved: \(error) Your changes are kept here; they are saved with the next change.",
          zh: "未保存：\(error) 修改仍保留在内存中，下次修改时会再次保存。"))
      buffer.put(text, x: rect.x + 1, y: rect.y, style: theme.danger, clip: rect)
    } else if let message = state.message {
      let style: Style
      switch message.kind {
      case .info: style = theme.muted
      case .success: style = theme.ok
      case .error: style = theme.danger
      }
      buffer.put(state.t(message.text), x: rect.x + 1, y: rect.y, style: style, clip: rect)
    } else if let warning = state.startupWarning {
      buffer.put(warning, x: rect.x + 1, y: rect.y, style: theme.warning, clip: rect)
    }
  }

  static func footer(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    buffer.fill(rect, style: theme.bar)
    var x = rect.x + 1
    var seen: Set<Action> = []
    for binding in keyMap.footer(for: state.keyContexts) where seen.insert(binding.action).inserted {
      let key = binding.key.name
      let help = state.t(binding.help)
      guard x + key.displayWidth + help.displayWidth + 2 <= rect.maxX else { break }
      x += buffer.put(key, x: x, y: rect.y, style: theme.barAccent, clip: rect)
      x += buffer.put(" " + help + "  ", x: x, y: rect.y, style: theme.bar, clip: rect)
    }
  }
}
