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
    if c.inCourt > 0 {
      counts = state.t(LocalizedText(en: " \(c.inCourt) in court ·", zh: " 涉诉 \(c.inCourt) ·")) + counts
    }
    if overdue > 0 {
      counts = state.t(LocalizedText(en: " \(overdue) overdue ·", zh: " 逾期 \(overdue) ·")) + counts
    }
    if state.saveError != nil { counts = state.t(LocalizedText(en: " NOT SAVED ·", zh: " 未保存 ·")) + counts }
    // Tabs in full when they fit beside the counts; else short labels; else the other tabs
    // shrink to their number. The counts and NOT SAVED always stay; the name and the date go first.
    enum Width { case full, short, number }
    func label(_ screen: Screen, _ width: Width) -> String {
      switch width {
      case .full: return " \(screen.rawValue) \(state.t(screen.title)) "
      case .short: return " \(screen.rawValue) \(state.t(screen.shortTitle)) "
      case .number:
        return screen == state.screen
          ? " \(screen.rawValue) \(state.t(screen.shortTitle)) " : " \(screen.rawValue) "
      }
    }
    func tabsWidth(_ w: Width) -> Int { Screen.allCases.map { label($0, w).displayWidth }.reduce(0, +) }
    let brand = " DebtDeck "
    let countsWidth = counts.displayWidth
    let width: Width =
      tabsWidth(.full) + countsWidth <= rect.width
      ? .full : tabsWidth(.short) + countsWidth <= rect.width ? .short : .number
    let showBrand = brand.count + tabsWidth(.full) + countsWidth + 14 <= rect.width
    var x = rect.x
    if showBrand { x += buffer.put(brand, x: x, y: rect.y, style: theme.barAccent, clip: rect) }
    for screen in Screen.allCases {
      let active = screen == state.screen && state.form == nil
      x += buffer.put(
        label(screen, width), x: x, y: rect.y, style: active ? theme.selection : theme.bar, clip: rect)
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
      buffer.put(
        text.truncated(toWidth: rect.width - 2), x: rect.x + 1, y: rect.y, style: theme.danger, clip: rect)
    } else if let message = state.message {
      let style: Style
      switch message.kind {
      case .info: style = theme.muted
      case .success: style = theme.ok
      case .error: style = theme.danger
      }
      buffer.put(
        state.t(message.text).truncated(toWidth: rect.width - 2), x: rect.x + 1, y: rect.y, style: style,
        clip: rect)
    } else if let warning = state.startupWarning {
      buffer.put(
        warning.truncated(toWidth: rect.width - 2), x: rect.x + 1, y: rect.y, style: theme.warning, clip: rect
      )
    }
  }

  /// The key hints (see `Footer`).
  static func footer(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    Footer.render(state, keyMap, &buffer, rect, theme)
  }
}
