import DebtCore
import TerminalUI

/// `?`: every key, the current screen's first, in a box that scrolls (↑↓ PgUp PgDn Home End) and
/// filters as you type (English and Chinese labels, and key names). Its view and its keys.
enum HelpOverlay {
  /// What the help remembers while open: the contexts it was opened from, the scroll, the filter.
  struct Model: Hashable, Sendable {
    var first: [KeyContext] = []
    var scroll = 0
    var filter = TextField(maximumLength: 40)
    /// What the help was opened over (a letter, a page), shown again when it closes.
    var under: Overlay?
  }

  /// Opens the help over what is on screen: its keys first, then the screen's beneath.
  static func open(_ state: inout AppState) {
    state.help = Model(first: underneath(state), under: state.overlay)
    state.overlay = .help
  }

  /// Closes the help, back to what it was opened over.
  static func close(_ state: inout AppState) {
    state.overlay = state.help?.under
    state.help = nil
  }

  static let contextNames: [KeyContext: LocalizedText] = [
    .global: LocalizedText(en: "Everywhere", zh: "全局"), .list: LocalizedText(en: "Lists", zh: "列表"),
    .today: LocalizedText(en: "Today", zh: "今日"), .debts: LocalizedText(en: "Debts", zh: "债务"),
    .detail: LocalizedText(en: "Debt detail", zh: "债务详情"),
    .caseFile: LocalizedText(en: "Case file", zh: "案件档案"), .letter: LocalizedText(en: "Letters", zh: "信函"),
    .calendar: LocalizedText(en: "Calendar", zh: "日历"), .plan: LocalizedText(en: "Plan", zh: "还款计划"),
    .settings: LocalizedText(en: "Settings", zh: "设置"), .form: LocalizedText(en: "Forms", zh: "表单"),
    .dialog: LocalizedText(en: "Dialogs", zh: "对话框"), .confirm: LocalizedText(en: "Questions", zh: "确认"),
    .help: LocalizedText(en: "This help", zh: "帮助"),
    .page: LocalizedText(en: "Pages (the door page)", zh: "页面（有人上门）"),
    .rehearsal: LocalizedText(en: "Call rehearsal", zh: "通话前准备"),
    .unsaved: LocalizedText(en: "Quitting with a change not saved", zh: "有未保存的修改时退出"),
  ]

  /// One line of the help: a heading or a key with what it does.
  struct Line: Hashable {
    let keys: String
    let text: String
    let isHeading: Bool
  }

  /// The lines in order: the contexts the help was opened from, then every other; filtered.
  static func lines(_ state: AppState, _ keyMap: KeyMap, _ model: Model) -> [Line] {
    let order = model.first + KeyContext.allCases.filter { !model.first.contains($0) }
    let needle = model.filter.text.lowercased()
    var out: [Line] = []
    for context in order {
      let bindings = keyMap.bindings.filter { $0.context == context }
      var byAction: [(Action, [String], LocalizedText)] = []
      for b in bindings {
        if let i = byAction.firstIndex(where: { $0.0 == b.action }) {
          byAction[i].1.append(b.key.name)
        } else {
          byAction.append((b.action, [b.key.name], b.help))
        }
      }
      let rows = byAction.filter { _, keys, help in
        needle.isEmpty || help.en.lowercased().contains(needle) || help.zh.contains(needle)
          || keys.contains { $0.lowercased() == needle }
      }
      guard !rows.isEmpty else { continue }
      let name = contextNames[context] ?? LocalizedText(en: context.rawValue, zh: context.rawValue)
      out.append(Line(keys: "", text: state.t(name), isHeading: true))
      for (_, keys, help) in rows {
        out.append(Line(keys: keys.joined(separator: " "), text: state.t(help), isHeading: false))
      }
    }
    return out
  }

  /// The key contexts of what the help is open over: the overlay's (a letter's), then the
  /// screen's beneath it.
  static func underneath(_ state: AppState) -> [KeyContext] {
    var below = state
    below.overlay = state.overlay == .help ? state.help?.under : state.overlay
    var contexts = below.overlay == nil ? [] : below.keyContexts
    below.overlay = nil
    contexts += below.keyContexts.filter { !contexts.contains($0) }
    return contexts
  }

  /// The rows the box shows for its lines (the terminal's height less the frame).
  static func visibleRows(_ state: AppState) -> Int { max(1, state.contentHeight - 5) }

  /// Keys while the help is open: scrolling, the filter, closing.
  static func handle(_ key: Key, _ state: inout AppState, _ keyMap: KeyMap) -> Bool {
    guard var model = state.help else { return false }
    let count = lines(state, keyMap, model).count
    let page = max(1, visibleRows(state) - 1)
    let last = max(0, count - visibleRows(state))
    let typing = !model.filter.text.isEmpty
    switch key {
    case .up: model.scroll -= 1
    case .character("k") where !typing: model.scroll -= 1
    case .down: model.scroll += 1
    case .character("j") where !typing: model.scroll += 1
    case .pageUp: model.scroll -= page
    case .pageDown: model.scroll += page
    case .character(" ") where !typing: model.scroll += page
    case .home: model.scroll = 0
    case .end: model.scroll = last
    case .escape:
      if model.filter.text.isEmpty {
        close(&state)
        return true
      }
      model.filter.set("")
    case .character("?"):
      close(&state)
      return true
    case .character("q") where !typing:
      close(&state)
      return true
    case .enter:
      return true
    default:
      guard model.filter.handle(key) else { return true }
      model.scroll = 0
    }
    model.scroll = min(max(model.scroll, 0), last)
    state.help = model
    return true
  }

  static func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    let model = state.help ?? Model(first: underneath(state))
    let rect = area.centered(width: min(76, area.width), height: area.height - 2)
    let all = lines(state, keyMap, model)
    let inner = buffer.box(
      rect, title: state.t(LocalizedText(en: "Keys", zh: "按键")), style: theme.border, titleStyle: theme.title)
    buffer.fill(inner, style: theme.base)
    let rows = max(1, inner.height - 2)
    let scroll = min(model.scroll, max(0, all.count - rows))
    for (i, line) in all.dropFirst(scroll).prefix(rows).enumerated() {
      let text =
        line.isHeading ? line.text : "  " + line.keys.padded(toWidth: 16) + line.text
      buffer.put(
        text.truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.y + i,
        style: line.isHeading ? theme.title : theme.base, clip: inner)
    }
    if all.isEmpty {
      buffer.put(
        state.t(
          LocalizedText(en: "No key matches “\(model.filter.text)”.", zh: "没有匹配“\(model.filter.text)”的按键。")),
        x: inner.x + 1, y: inner.y, style: theme.muted, clip: inner)
    }
    let shown = all.isEmpty ? "0" : "\(scroll + 1)–\(min(all.count, scroll + rows)) / \(all.count)"
    let filter =
      model.filter.text.isEmpty
      ? state.t(LocalizedText(en: "type to filter", zh: "输入文字筛选"))
      : state.t(LocalizedText(en: "filter: ", zh: "筛选：")) + model.filter.text
    let hint =
      "\(shown) · ↑↓ PgUp PgDn Home End · \(filter) · \(state.key(.back, in: .help)) "
      + state.t(LocalizedText(en: "close", zh: "关闭"))
    buffer.put(
      hint.truncated(toWidth: inner.width - 2), x: inner.x + 1, y: inner.maxY - 1, style: theme.muted,
      clip: inner)
  }
}
