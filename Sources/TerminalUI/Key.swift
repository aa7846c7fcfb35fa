/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
  case character(Character)
  /// Ctrl plus a letter, lower-case (Ctrl-R = `.control("r")`).
  case control(Character)
  case up, down, left, right
  case home, end, pageUp, pageDown
  case tab, backTab, enter, escape, backspace, delete, insert
  case function(Int)
  /// The terminal changed size.
  case resize
  /// Standard input closed or the terminal hung up.
  case endOfInput
  /// Text the terminal delivered as a paste (bracketed paste): text for the focused field, never
  /// keys to run.
  case paste(String)

  /// The name used in help, the footer and `keys.json`: `q`, `Ctrl-R`, `Up`, `F1`, `Enter`.
  public var name: String {
    switch self {
    case .character(" "): return "Space"
    case .character(let c): return String(c)
    case .control(let c): return "Ctrl-" + String(c).uppercased()
    case .up: return "Up"
    case .down: return "Down"
    case .left: return "Left"
    case .right: return "Right"
    case .home: return "Home"
    case .end: return "End"
    case .pageUp: return "PgUp"
    case .pageDown: return "PgDn"
    case .tab: return "Tab"
    case .backTab: return "Shift-Tab"
    case .enter: return "Enter"
    case .escape: return "Esc"
    case .backspace: return "Backspace"
    case .delete: return "Delete"
    case .insert: return "Insert"
    case .function(let n): return "F\(n)"
    case .resize: return "Resize"
    case .endOfInput: return "EOF"
    case .paste: return "Paste"
    }
  }

  /// The name as hints print it: arrows as arrows (`←` rather than `Left`), else `name`.
  public var symbol: String {
    switch self {
    case .up: return "↑"
    case .down: return "↓"
    case .left: return "←"
    case .right: return "→"
    default: return name
    }
  }

  /// Reads a key name as written in `keys.json` (the inverse of `name`).
  public init?(name: String) {
    let named: [String: Key] = [
      "up": .up, "down": .down, "left": .left, "right": .right, "home": .home, "end": .end,
      "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "tab": .tab,
      "shift-tab": .backTab, "backtab": .backTab, "enter": .enter, "return": .enter, "esc": .escape,
      "escape": .escape, "backspace": .backspace, "delete": .delete, "del": .delete, "insert": .insert,
      "space": .character(" "),
    ]
    if let k = named[name.lowercased()] {
      self = k
      return
    }
    if name.count == 1, let c = name.first {
      self = .character(c)
      return
    }
    let lower = name.lowercased()
    if lower.hasPrefix("ctrl-"), name.count == 6, let c = lower.last, c.isLetter {
      self = .control(c)
      return
    }
    if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) {
      self = .function(n)
      return
    }
    return nil
  }

  /// Decodes a raw character from the terminal: controls become `.control`, Enter, Tab, etc.
  public static func decode(scalar value: UInt32) -> Key? {
    switch value {
    case 0x0D, 0x0A: return .enter
    case 0x09: return .tab
    case 0x1B: return .escape
    case 0x7F, 0x08: return .backspace
    case 0x01...0x1A:
      return .control(Character(Unicode.Scalar(value + 0x60) ?? "?"))
    case 0x00, 0x1C...0x1F: return nil
    default:
      guard let scalar = Unicode.Scalar(value), !(0x80...0x9F).contains(value) else { return nil }
      return .character(Character(scalar))
    }
  }
}

extension Terminal {
  public func handOver() {}
  public func takeBack() {}
}

/// What a terminal can do for the app: tell its size, show a frame, read keys.
/// The ncurses backend is the real one; `MemoryTerminal` is for tests.
@MainActor
public protocol Terminal: AnyObject {
  var width: Int { get }
  var height: Int { get }
  /// Shows `buffer`, sending only what changed.
  func show(_ buffer: ScreenBuffer)
  /// The next key, or nil when `timeoutMilliseconds` passed without one (nil = wait forever).
  func readKey(timeoutMilliseconds: Int?) -> Key?
  /// Gives the terminal back to the shell (Ctrl-Z) until the process is continued.
  func suspend()
  /// Restores the terminal for good.
  func end()
  /// Gives the terminal to a program the app runs (an editor) until `takeBack`.
  func handOver()
  /// Takes the terminal back after `handOver` and repaints everything.
  func takeBack()
  /// A terminating signal (SIGHUP, SIGTERM, SIGINT) received while running: the app saves what
  /// it can and ends.
  var terminationSignal: Int32? { get }
}
