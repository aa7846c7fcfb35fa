import Synchronization

#if canImport(Glibc)
  import Glibc
#endif

/// SIGHUP (the terminal was closed), SIGTERM and SIGINT while the app runs: the handler only
/// notes the signal, so a save in progress runs to its end; the key loop sees the note, saves
/// what it can, gives the terminal back and then ends of the same signal.
public enum TerminationSignals {
  /// The signal received (0: none yet).
  private static let received = Atomic<Int32>(0)

  /// The signals handled this way.
  public static let handled: [Int32] = [SIGHUP, SIGTERM, SIGINT]

  /// The terminating signal received since `install`, if any.
  public static var pending: Int32? {
    let value = received.load(ordering: .relaxed)
    return value == 0 ? nil : value
  }

  /// Notes these signals from now on instead of dying of them. `SA_RESTART`: a write or fsync
  /// of a save is resumed rather than failed with EINTR.
  public static func install() {
    _ = received.load(ordering: .relaxed)  // initialised here, never first inside the handler
    var action = sigaction()
    action.__sigaction_handler.sa_handler = noteSignal
    action.sa_flags = SA_RESTART
    sigemptyset(&action.sa_mask)
    for signal in handled { sigaction(signal, &action, nil) }
  }

  /// Ends the process of `signal` with the default action, so the parent sees how it ended.
  public static func dieOf(_ signal: Int32) -> Never {
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
    exit(128 + signal)
  }

  static func note(_ signal: Int32) { received.store(signal, ordering: .relaxed) }
}

/// The handler: async-signal-safe (one atomic store).
private func noteSignal(_ signal: Int32) {
  TerminationSignals.note(signal)
}
