/// Which rows of a list taller than its window are shown, so that the focused row is in view —
/// centred while there is room, and the last rows (a form's preview below its fields) come into
/// view as the focus reaches the end.
public enum ScrollWindow {
  /// The first row shown of `count` rows in a window of `visible` rows, keeping `focus` in view.
  public static func first(focus: Int, count: Int, visible: Int) -> Int {
    guard visible > 0, count > visible else { return 0 }
    return min(max(0, focus - visible / 2), count - visible)
  }
}
