extension ScreenBuffer {
  /// Draws a single-line border around `rect` with an optional title; returns the inside.
  @discardableResult
  public mutating func box(_ rect: Rect, title: String = "", style: Style, titleStyle: Style) -> Rect {
    guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
    fill(rect, style: style)
    let top = "┌" + String(repeating: "─", count: rect.width - 2) + "┐"
    let bottom = "└" + String(repeating: "─", count: rect.width - 2) + "┘"
    put(top, x: rect.x, y: rect.y, style: style, clip: rect)
    put(bottom, x: rect.x, y: rect.maxY - 1, style: style, clip: rect)
    for y in (rect.y + 1)..<(rect.maxY - 1) {
      put("│", x: rect.x, y: y, style: style, clip: rect)
      put("│", x: rect.maxX - 1, y: y, style: style, clip: rect)
    }
    if !title.isEmpty && rect.width > 4 {
      put(
        " " + title.truncated(toWidth: rect.width - 4) + " ", x: rect.x + 1, y: rect.y, style: titleStyle,
        clip: rect)
    }
    return rect.inset(by: 1)
  }

  /// Draws a horizontal line across `rect`'s first row.
  public mutating func hline(_ rect: Rect, style: Style) {
    put(String(repeating: "─", count: max(0, rect.width)), x: rect.x, y: rect.y, style: style, clip: rect)
  }
}
