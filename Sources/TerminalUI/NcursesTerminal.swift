import CNcursesw

#if canImport(Glibc)
  import Glibc
#endif

/// The real terminal, through ncursesw. The only code in DebtDeck that talks to curses.
@MainActor
public final class NcursesTerminal: Terminal {
  public enum StartError: Error, CustomStringConvertible {
    case notATerminal
    case cannotStart(String)

    public var description: String {
      switch self {
      case .notATerminal:
        return
          "standard input and output must be a terminal to open the full-screen app (try `debtdeck today`)"
      case .cannotStart(let term): return "cannot start the terminal (TERM=\(term))"
      }
    }
  }

  private var colorCount = 0
  private var pairs: [PairKey: Int16] = [:]
  private var nextPair: Int32 = 1
  private var maxPairs: Int32 = 0
  private var monochrome: Bool
  /// Set when the locale's character set is not UTF-8: CJK text would not show.
  public let codesetWarning: String?

  private struct PairKey: Hashable {
    let fg: Int32
    let bg: Int32
  }

  public init(monochrome: Bool = false) throws {
    setlocale(LC_ALL, "")
    let codeset = String(cString: nl_langinfo(nl_item(CODESET)))
    codesetWarning =
      codeset.uppercased().filter { $0 != "-" } == "UTF8"
      ? nil
      : "the locale's character set is \(codeset), not UTF-8: Chinese text cannot be shown (set LANG=C.UTF-8)"
    guard isatty(0) == 1, isatty(1) == 1 else { throw StartError.notATerminal }
    NcursesTerminal.unblockTerminalSignals()
    guard initscr() != nil else {
      throw StartError.cannotStart(getenv("TERM").map { String(cString: $0) } ?? "?")
    }
    self.monochrome = monochrome
    // A hang-up, SIGTERM or SIGINT is noted and handled by the key loop (save, restore, end);
    // ncurses' own handler would end the process at once, in the middle of a save. SIGQUIT
    // restores the terminal and ends at once.
    TerminationSignals.install()
    Glibc.signal(SIGQUIT, restoreTerminalAndDie)
    raw()
    noecho()
    nonl()
    keypad(dd_stdscr(), true)
    set_escdelay(25)
    NcursesTerminal.bracketedPaste(true)
    curs_set(0)
    if !monochrome && has_colors() {
      start_color()
      use_default_colors()
      colorCount = Int(dd_colors())
      maxPairs = dd_color_pairs()
    } else {
      self.monochrome = true
    }
  }

  /// A parent may have blocked or ignored signals a terminal app depends on (window size changes,
  /// stop and continue); a child inherits that. Take them back.
  static func unblockTerminalSignals() {
    var set = sigset_t()
    sigemptyset(&set)
    for signal in [SIGWINCH, SIGTSTP, SIGCONT, SIGINT, SIGTERM, SIGHUP] {
      sigaddset(&set, signal)
      Glibc.signal(signal, SIG_DFL)
    }
    sigprocmask(SIG_UNBLOCK, &set, nil)
  }

  public var terminationSignal: Int32? { TerminationSignals.pending }

  public var width: Int { Int(getmaxx(dd_stdscr())) }
  public var height: Int { Int(getmaxy(dd_stdscr())) }

  public func show(_ buffer: ScreenBuffer) {
    let w = min(buffer.width, width)
    let h = min(buffer.height, height)
    for y in 0..<h {
      for x in 0..<w {
        let cell = buffer[x, y]
        if cell.isContinuation { continue }
        // A wide character in the last column would wrap: show a space there instead.
        var character = cell.character
        if DisplayWidth.of(character) == 2 && x == w - 1 { character = " " }
        let scalar = character.unicodeScalars.first?.value ?? 0x20
        _ = dd_put_cell(
          Int32(y), Int32(x), wchar_t(truncatingIfNeeded: scalar), attributes(cell.style), pair(cell.style))
      }
    }
    refresh()
  }

  private func attributes(_ s: Style) -> attr_t {
    var a = dd_a_normal()
    if s.bold { a |= dd_a_bold() }
    if s.underline { a |= dd_a_underline() }
    if s.reverse { a |= dd_a_reverse() }
    if s.dim { a |= dd_a_dim() }
    return a
  }

  private func pair(_ s: Style) -> Int16 {
    guard !monochrome else { return 0 }
    let fg = s.foreground.map { Int32(ColorPalette.nearest($0, count: colorCount)) } ?? -1
    let bg = s.background.map { Int32(ColorPalette.nearest($0, count: colorCount)) } ?? -1
    if fg == -1 && bg == -1 { return 0 }
    let key = PairKey(fg: fg, bg: bg)
    if let p = pairs[key] { return p }
    guard nextPair < min(maxPairs, 32_767) else { return 0 }
    let p = Int16(nextPair)
    init_pair(p, Int16(fg), Int16(bg))
    pairs[key] = p
    nextPair += 1
    return p
  }

  /// Keys decoded ahead (the rest of an escape sequence that turned out not to be one).
  private var pending: [Key] = []

  public func readKey(timeoutMilliseconds: Int?) -> Key? {
    if !pending.isEmpty { return pending.removeFirst() }
    guard let key = readRawKey(timeoutMilliseconds: timeoutMilliseconds) else { return nil }
    guard key == .escape else { return key }
    return decodeEscapeSequence()
  }

  /// After ESC: a sequence the terminfo entry did not describe (a terminal whose TERM does not
  /// match it, e.g. `ESC [ 4 ~` for End inside tmux with TERM=xterm) is decoded here; anything
  /// else is ESC followed by the keys typed.
  private func decodeEscapeSequence() -> Key {
    var raw: [Key] = []
    while raw.count < 6, let next = readRawKey(timeoutMilliseconds: 0) {
      raw.append(next)
      if case .character(let c) = next, raw.count > 1, c == "~" || c.isLetter { break }
    }
    let text = raw.compactMap { key -> Character? in
      if case .character(let c) = key { return c }
      return nil
    }
    if text.count == raw.count, String(text) == "[200~" { return readPaste() }
    if text.count == raw.count, let key = NcursesTerminal.sequences[String(text)] { return key }
    pending.append(contentsOf: raw)
    return .escape
  }

  /// The most a paste may hold; the rest is read and dropped.
  static let pasteLimit = 1 << 20

  /// After `ESC [ 200 ~`: everything up to `ESC [ 201 ~` is one paste. A terminal that never
  /// sends the end (or a paste cut off) ends it after a pause of a second.
  private func readPaste() -> Key {
    var text = ""
    var count = 0
    while let key = readRawKey(timeoutMilliseconds: 1_000) {
      switch key {
      case .character(let c):
        if count < NcursesTerminal.pasteLimit { text.append(c) }
        count += 1
      case .enter:
        if count < NcursesTerminal.pasteLimit { text.append("\n") }
        count += 1
      case .tab:
        text.append("\t")
        count += 1
      case .escape:
        var tail = ""
        while tail.count < 5, let next = readRawKey(timeoutMilliseconds: 50), case .character(let c) = next {
          tail.append(c)
          if c == "~" { break }
        }
        if tail == "[201~" { return .paste(text) }
      case .endOfInput:
        return .paste(text)
      default:
        continue
      }
    }
    return .paste(text)
  }

  /// Asks the terminal to mark pastes (`ESC [ ? 2004 h`), or stops it.
  static func bracketedPaste(_ on: Bool) {
    let sequence = on ? "\u{1B}[?2004h" : "\u{1B}[?2004l"
    _ = sequence.withCString { write(1, $0, strlen($0)) }
  }

  static let sequences: [String: Key] = [
    "[A": .up, "[B": .down, "[C": .right, "[D": .left, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
    "[H": .home, "[F": .end, "OH": .home, "OF": .end, "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end,
    "[2~": .insert, "[3~": .delete, "[5~": .pageUp, "[6~": .pageDown, "[Z": .backTab,
    "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
  ]

  private func readRawKey(timeoutMilliseconds: Int?) -> Key? {
    timeout(Int32(timeoutMilliseconds ?? -1))
    let started = NcursesTerminal.milliseconds()
    while true {
      var ch: wint_t = 0
      let result = get_wch(&ch)
      if result == ERR {
        // Blocking ERR, or one that came back long before the timeout: input is gone.
        let elapsed = NcursesTerminal.milliseconds() - started
        if timeoutMilliseconds == 0 { return nil }
        if timeoutMilliseconds == nil || elapsed < (timeoutMilliseconds ?? 0) / 2 { return .endOfInput }
        return nil
      }
      if result == KEY_CODE_YES {
        if let key = NcursesTerminal.special(Int32(ch)) { return key }
        continue
      }
      if let key = Key.decode(scalar: UInt32(ch)) { return key }
    }
  }

  static func special(_ code: Int32) -> Key? {
    switch code {
    case KEY_UP: return .up
    case KEY_DOWN: return .down
    case KEY_LEFT: return .left
    case KEY_RIGHT: return .right
    case KEY_HOME: return .home
    case KEY_END: return .end
    case KEY_PPAGE: return .pageUp
    case KEY_NPAGE: return .pageDown
    case KEY_BTAB: return .backTab
    case KEY_ENTER: return .enter
    case KEY_BACKSPACE: return .backspace
    case KEY_DC: return .delete
    case KEY_IC: return .insert
    case KEY_RESIZE: return .resize
    default:
      let f0 = dd_key_f(0)
      if code > f0 && code <= f0 + 24 { return .function(Int(code - f0)) }
      return nil
    }
  }

  static func milliseconds() -> Int {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return Int(t.tv_sec) * 1000 + Int(t.tv_nsec) / 1_000_000
  }

  public func suspend() {
    NcursesTerminal.bracketedPaste(false)
    endwin()
    raise(SIGSTOP)
    NcursesTerminal.bracketedPaste(true)
    // Continued with `fg`: take the terminal back and repaint everything.
    clearok(dd_stdscr(), true)
    refresh()
  }

  public func handOver() {
    NcursesTerminal.bracketedPaste(false)
    def_prog_mode()
    endwin()
  }

  public func takeBack() {
    reset_prog_mode()
    NcursesTerminal.bracketedPaste(true)
    curs_set(0)
    clearok(dd_stdscr(), true)
    refresh()
  }

  public func end() {
    NcursesTerminal.bracketedPaste(false)
    endwin()
  }
}

/// Restores the terminal (cooked mode, echo, the normal screen, the cursor) and dies of the same
/// signal, so the parent sees how the app ended.
private func restoreTerminalAndDie(_ signal: Int32) {
  endwin()
  Glibc.signal(signal, SIG_DFL)
  raise(signal)
}
