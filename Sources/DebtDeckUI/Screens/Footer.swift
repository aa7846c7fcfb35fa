import DebtCore
import TerminalUI

/// The footer of key hints: the current place's footer keys from the key table, as many as fit
/// (arrows drawn as arrows).
/// `?` help and the place's main key always stay (then quit and the door page, when there is room);
/// a hint that does not fit is left out and the ones after it still get their chance. A key that
/// cannot act now is dimmed (`AppLogic.unavailable` says why when it is pressed).
enum Footer {
  /// The key each place is mostly for: it stays in the footer however narrow the window.
  static let mainAction: [KeyContext: Action] = [
    .today: .reminderDone, .debts: .open, .detail: .pay, .caseFile: .doStep, .letter: .saveLetter,
    .page: .back, .rehearsal: .liveCall, .calendar: .goToToday, .plan: .budgetUp, .settings: .choiceNext,
    .form: .submit, .dialog: .submit, .confirm: .confirmYes, .unsaved: .retrySave, .help: .back,
    .global: .door,
  ]

  /// One hint: the key's name and what it does.
  struct Item: Equatable {
    let action: Action
    let key: String
    let label: String
    let available: Bool
    var width: Int { key.displayWidth + label.displayWidth + 3 }
  }

  /// The hints shown in `width` columns, in the order they are drawn.
  static func items(_ state: AppState, _ keyMap: KeyMap, width: Int) -> [Item] {
    var seen: Set<Action> = []
    let bindings = keyMap.footer(for: state.keyContexts).filter { seen.insert($0.action).inserted }
    let all = bindings.map { b in
      // The door page's label is long; the footer says it short.
      let label =
        b.action == .door ? state.t(LocalizedText(en: "door", zh: "有人上门")) : state.t(b.help)
      return Item(
        action: b.action, key: b.key.symbol, label: label,
        available: AppLogic.unavailable(b.action, in: state) == nil)
    }
    let main = state.keyContexts.first.flatMap { mainAction[$0] }
    // What stays, most needed first; the last of these goes first when even they do not fit.
    var pinned = [Action.help] + (main.map { [$0] } ?? []) + [.quit, .door]
    pinned = pinned.filter { a in all.contains { $0.action == a } }
    func widthOf(_ actions: [Action]) -> Int {
      all.filter { actions.contains($0.action) }.map(\.width).reduce(0, +)
    }
    while widthOf(pinned) + 1 > width, !pinned.isEmpty { pinned.removeLast() }
    // The rest in the table's order, each while it fits; the essentials (help, quit, door) last.
    let essential: [Action] = [.help, .quit, .door]
    var used = 1 + widthOf(pinned)
    var shown = Set(pinned)
    for item in all where !shown.contains(item.action) && used + item.width <= width {
      shown.insert(item.action)
      used += item.width
    }
    let ordered = all.filter { !essential.contains($0.action) } + all.filter { essential.contains($0.action) }
    return ordered.filter { shown.contains($0.action) }
  }

  static func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ rect: Rect, _ theme: Theme
  ) {
    buffer.fill(rect, style: theme.bar)
    var x = rect.x + 1
    for item in items(state, keyMap, width: rect.width) {
      var keyStyle = theme.barAccent
      var labelStyle = theme.bar
      if !item.available {
        keyStyle = theme.bar
        keyStyle.dim = true
        labelStyle.dim = true
      }
      x += buffer.put(item.key, x: x, y: rect.y, style: keyStyle, clip: rect)
      x += buffer.put(" " + item.label + "  ", x: x, y: rect.y, style: labelStyle, clip: rect)
    }
  }
}
