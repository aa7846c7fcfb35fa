import DebtCore
import TerminalUI

/// A dialog over the screen: a title, a form of fields (`FieldForm`), a hint naming its keys, an
/// optional preview of what Enter would do, and what Enter records once the fields make sense.
///
/// Every dialog takes its keys on one path (`AppLogic.handleDialogKey`): typing and ←→ edit the
/// field in focus, Tab/↑↓ move between fields, Enter submits, Esc cancels. A dialog's fields, view
/// and submit live in its own file (`PayDialog`, `SnoozeDialog`, `ContactDialog`, …).
protocol Dialog: Hashable, Sendable {
  var form: FieldForm { get set }
  /// The dialog as the overlay it is shown in.
  var overlay: Overlay { get }
  func title(_ state: AppState) -> LocalizedText
  func hint(_ keys: DialogKeys) -> LocalizedText
  /// What Enter would do, drawn below the fields as they are typed; empty for most dialogs.
  func preview(_ state: AppState, _ theme: Theme) -> [(String, Style)]
  /// A key for the field in focus that is not a move between fields.
  mutating func edit(_ key: Key)
  /// Enter: says what is wrong, or records and says what it did (`state.message`). On `.done` the
  /// dialog is closed; it may open what comes next by setting `state.overlay`.
  mutating func submit(_ state: inout AppState) -> DialogSubmission
  /// Esc: true when the dialog closes (the live-call card asks once before losing notes).
  mutating func cancel(_ state: inout AppState) -> Bool
  func render(_ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme)
}

/// What Enter in a dialog came to.
enum DialogSubmission: Equatable {
  /// Nothing recorded: the dialog stays open and shows what is wrong, in both languages.
  case problem(LocalizedText)
  /// The dialog stays open while the shell does these first (a contact's evidence is hashed).
  case waiting([Effect])
  /// Recorded: the dialog closes and the shell runs these.
  case done([Effect])
}

/// The keys a dialog's hint names, as the key table has them (a key file may change them).
struct DialogKeys {
  let next: String
  let submit: String
  let cancel: String

  init(_ keyMap: KeyMap) {
    func key(_ action: Action) -> String { keyMap.keys(for: action, in: .dialog).first?.symbol ?? "—" }
    next = key(.nextField)
    submit = key(.submit)
    cancel = key(.cancel)
  }
}

extension Dialog {
  func preview(_ state: AppState, _ theme: Theme) -> [(String, Style)] { [] }

  mutating func edit(_ key: Key) { _ = form.edit(key) }

  mutating func cancel(_ state: inout AppState) -> Bool { true }

  func render(
    _ state: AppState, _ keyMap: KeyMap, _ buffer: inout ScreenBuffer, _ area: Rect, _ theme: Theme
  ) {
    form.render(
      title: state.t(title(state)), hint: state.t(hint(DialogKeys(keyMap))), preview: preview(state, theme),
      state: state, &buffer, area, theme)
  }
}

extension Overlay {
  /// The dialog of fields this overlay shows; nil for help, pages, confirmations and lists.
  var dialog: (any Dialog)? {
    switch self {
    case .pay(let d): return d
    case .snoozeUntil(let d): return d
    case .contact(let d): return d
    case .offer(let d): return d
    case .followUp(let d): return d
    case .agreement(let d): return d
    case .liveCall(let d): return d
    default: return nil
    }
  }
}

extension ScreenBuffer {
  /// Clears the rows a dialog's box spans, across the whole area: no line of the screen below
  /// runs into its frame half hidden (a word cut at the box's edge).
  mutating func clearRows(of box: Rect, in area: Rect, style: Style) {
    fill(Rect(x: area.x, y: box.y, width: area.width, height: box.height), style: style)
  }
}

extension Overlay {
  /// The fields of the dialog this overlay shows; nil for the others.
  var fieldForm: FieldForm? { dialog?.form }

  /// The same dialog with its fields replaced.
  func replacing(_ form: FieldForm) -> Overlay {
    guard var dialog else { return self }
    dialog.form = form
    return dialog.overlay
  }
}
