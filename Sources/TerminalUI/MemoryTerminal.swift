/// A terminal in memory: it records every frame and replays scripted keys. For tests.
@MainActor
public final class MemoryTerminal: Terminal {
  public private(set) var width: Int
  public private(set) var height: Int
  public private(set) var frames: [ScreenBuffer] = []
  private var keys: [Key]

  public init(width: Int, height: Int, keys: [Key] = []) {
    self.width = width
    self.height = height
    self.keys = keys
  }

  public var lastFrame: ScreenBuffer? { frames.last }

  public func resize(width: Int, height: Int) {
    self.width = width
    self.height = height
    keys.insert(.resize, at: 0)
  }

  public func type(_ more: [Key]) { keys.append(contentsOf: more) }

  public func show(_ buffer: ScreenBuffer) { frames.append(buffer) }

  public func readKey(timeoutMilliseconds: Int?) -> Key? {
    keys.isEmpty ? .endOfInput : keys.removeFirst()
  }

  /// For tests: a terminating signal, noticed by the app at its next key.
  public var terminationSignal: Int32?

  public func suspend() {}
  public func end() {}
}
