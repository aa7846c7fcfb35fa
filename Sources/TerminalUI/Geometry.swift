/// A rectangle of cells. Views draw only inside the rectangle they are given.
public struct Rect: Hashable, Sendable {
  public var x: Int
  public var y: Int
  public var width: Int
  public var height: Int

  public init(x: Int, y: Int, width: Int, height: Int) {
    self.x = x
    self.y = y
    self.width = max(0, width)
    self.height = max(0, height)
  }

  public var maxX: Int { x + width }
  public var maxY: Int { y + height }
  public var isEmpty: Bool { width <= 0 || height <= 0 }

  public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

  public func intersection(_ other: Rect) -> Rect {
    let nx = max(x, other.x)
    let ny = max(y, other.y)
    return Rect(x: nx, y: ny, width: min(maxX, other.maxX) - nx, height: min(maxY, other.maxY) - ny)
  }

  public func inset(by n: Int) -> Rect {
    Rect(x: x + n, y: y + n, width: width - 2 * n, height: height - 2 * n)
  }

  /// The top `rows` rows, and the rest.
  public func splitTop(_ rows: Int) -> (Rect, Rect) {
    let r = min(max(rows, 0), height)
    return (Rect(x: x, y: y, width: width, height: r), Rect(x: x, y: y + r, width: width, height: height - r))
  }

  /// The bottom `rows` rows, and the rest above them.
  public func splitBottom(_ rows: Int) -> (rest: Rect, bottom: Rect) {
    let r = min(max(rows, 0), height)
    return (
      Rect(x: x, y: y, width: width, height: height - r), Rect(x: x, y: maxY - r, width: width, height: r)
    )
  }

  /// The left `columns` columns, and the rest.
  public func splitLeft(_ columns: Int) -> (Rect, Rect) {
    let c = min(max(columns, 0), width)
    return (
      Rect(x: x, y: y, width: c, height: height), Rect(x: x + c, y: y, width: width - c, height: height)
    )
  }

  /// A rectangle of at most `width`×`height`, centred in this one.
  public func centered(width w: Int, height h: Int) -> Rect {
    let cw = min(w, width)
    let ch = min(h, height)
    return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
  }

  public func row(_ i: Int) -> Rect { Rect(x: x, y: y + i, width: width, height: i < height ? 1 : 0) }
}
