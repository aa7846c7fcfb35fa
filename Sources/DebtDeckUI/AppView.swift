import DebtCore
import TerminalUI

/// Draws the whole app for a state: a pure function from state and size to a screen of cells.
public enum AppView {
  public static let minimumWidth = 50
  public static let minimumHeight = 12

  public static func render(_ state: AppState, keyMap: KeyMap, theme: Theme, width: Int, height: Int)
    -> ScreenBuffer
  {
    draw(state, keyMap: keyMap, theme: theme, width: width, height: height).buffer
  }

  /// What a frame drew that scrolling needs next: `update` reads it, never the views.
  public struct Drawn: Hashable, Sendable {
    /// How far the debt detail can scroll (its lines less the rows it had); 0 when not drawn.
    public var detailMaxScroll = 0
    /// How far the case's ladder, agreement and log pane can scroll, and where each section
    /// starts in it (Tab jumps there).
    public var caseDetailMaxScroll = 0
    var caseSectionStarts: [CaseSection: Int] = [:]
    public init() {}
  }

  /// The screen for a state, and what it drew that the next key's scrolling needs (the shell
  /// keeps it in `AppState.drawn`).
  public static func draw(_ state: AppState, keyMap: KeyMap, theme: Theme, width: Int, height: Int)
    -> (buffer: ScreenBuffer, drawn: Drawn)
  {
    var drawn = Drawn()
    var buffer = ScreenBuffer(width: width, height: height, style: theme.base)
    let all = buffer.bounds
    guard width >= minimumWidth, height >= minimumHeight else {
      let lines = [
        state.t(LocalizedText(en: "Enlarge the window", zh: "请把窗口放大")),
        state.t(
          LocalizedText(
            en: "(at least \(minimumWidth)×\(minimumHeight))", zh: "（至少 \(minimumWidth)×\(minimumHeight)）")),
      ]
      for (i, line) in lines.enumerated() {
        buffer.put(
          line, x: max(0, (width - line.displayWidth) / 2), y: height / 2 - 1 + i, style: theme.warning,
          clip: all)
      }
      return (buffer, drawn)
    }
    let (top, rest) = all.splitTop(1)
    let (middle, bottom) = rest.splitBottom(2)
    let (message, footer) = bottom.splitTop(1)
    Chrome.topBar(state, &buffer, top, theme)
    let content = Rect(x: middle.x, y: middle.y + 1, width: middle.width, height: middle.height - 1)
    if let form = state.form {
      FormScreen.render(state, form, &buffer, content, theme)
    } else if let summary = state.caseSummary {
      (drawn.caseDetailMaxScroll, drawn.caseSectionStarts) = CaseScreen.render(
        state, summary, keyMap, &buffer, content, theme)
    } else if let id = state.detail, let debt = state.portfolio.debt(id: id) {
      drawn.detailMaxScroll = DetailScreen.render(state, debt, &buffer, content, theme)
    } else {
      switch state.screen {
      case .today: TodayScreen.render(state, &buffer, content, theme)
      case .dashboard: DashboardScreen.render(state, &buffer, content, theme)
      case .debts: DebtsScreen.render(state, &buffer, content, theme)
      case .calendar: CalendarScreen.render(state, &buffer, content, theme)
      case .plan: PlanScreen.render(state, &buffer, content, theme)
      case .settings: SettingsScreen.render(state, &buffer, content, theme)
      }
    }
    Overlays.render(state, keyMap, &buffer, middle, theme)
    Chrome.messageLine(state, &buffer, message, theme)
    Chrome.footer(state, keyMap, &buffer, footer, theme)
    return (buffer, drawn)
  }

  /// Rows a list has on screen at this height (for PgUp/PgDn).
  public static func pageSize(height: Int) -> Int { max(1, height - 7) }
}
