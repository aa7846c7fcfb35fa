/// A table with a header, a selected row and scrolling that keeps the selection in view.
public struct TableView {
  public struct Column: Sendable {
    public var title: String
    /// Fixed width; or nil to share the remaining width among flexible columns.
    public var width: Int?
    public var alignRight: Bool
    public var minimumWidth: Int

    public init(_ title: String, width: Int? = nil, alignRight: Bool = false, minimumWidth: Int = 4) {
      self.title = title
      self.width = width
      self.alignRight = alignRight
      self.minimumWidth = minimumWidth
    }
  }

  public var columns: [Column]
  public var rows: [[String]]
  public var selected: Int?
  /// Index of the sorted column and direction, shown with ▲/▼ in the header.
  public var sortColumn: Int?
  public var sortAscending = true

  /// Rows made on demand: only those on screen are ever built (a long table stays fast).
  private var makeRow: ((Int) -> [String])?
  private var lazyCount = 0

  public init(columns: [Column], rows: [[String]], selected: Int? = nil) {
    self.columns = columns
    self.rows = rows
    self.selected = selected
  }

  public init(columns: [Column], count: Int, row: @escaping (Int) -> [String], selected: Int? = nil) {
    self.columns = columns
    self.rows = []
    self.makeRow = row
    self.lazyCount = count
    self.selected = selected
  }

  public var rowCount: Int { makeRow == nil ? rows.count : lazyCount }

  /// The widths of the columns for `width` columns in all (one space between columns).
  public func layout(width: Int) -> [Int] {
    let gaps = max(0, columns.count - 1)
    let fixed = columns.compactMap(\.width).reduce(0, +)
    let flexible = columns.filter { $0.width == nil }.count
    let remaining = max(0, width - gaps - fixed)
    var widths = columns.map { $0.width ?? 0 }
    if flexible > 0 {
      let each = remaining / flexible
      var extra = remaining - each * flexible
      for i in widths.indices where columns[i].width == nil {
        widths[i] = each + (extra > 0 ? 1 : 0)
        if extra > 0 { extra -= 1 }
      }
    }
    return widths
  }

  /// The first row shown when `visible` rows fit, keeping `selected` in view.
  public static func scrollOffset(selected: Int?, count: Int, visible: Int) -> Int {
    guard let selected, visible > 0, count > visible else { return 0 }
    return min(max(0, selected - visible / 2), count - visible)
  }

  /// Draws the table. `rowStyle` gives the style of a row that is not selected.
  public func render(
    into buffer: inout ScreenBuffer, rect: Rect, header: Style, selection: Style, rowStyle: (Int) -> Style
  ) {
    guard !rect.isEmpty else { return }
    let widths = layout(width: rect.width)
    var x = rect.x
    for (i, column) in columns.enumerated() {
      var title = column.title
      if sortColumn == i { title += sortAscending ? "▲" : "▼" }
      buffer.put(
        title, x: x, y: rect.y, width: widths[i], style: header, alignRight: column.alignRight, clip: rect)
      x += widths[i] + 1
    }
    let body = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
    let count = rowCount
    let offset = TableView.scrollOffset(selected: selected, count: count, visible: body.height)
    for line in 0..<body.height {
      let index = offset + line
      guard index < count else { break }
      let cells = makeRow?(index) ?? rows[index]
      let style = index == selected ? selection : rowStyle(index)
      let y = body.y + line
      buffer.fill(Rect(x: body.x, y: y, width: body.width, height: 1), style: style)
      var cx = body.x
      for (i, column) in columns.enumerated() {
        let text = i < cells.count ? cells[i] : ""
        buffer.put(
          text, x: cx, y: y, width: widths[i], style: style, alignRight: column.alignRight, clip: body)
        cx += widths[i] + 1
      }
    }
    if count > body.height && body.height > 0 {
      let marker = "\(offset + 1)–\(min(offset + body.height, count))/\(count)"
      buffer.put(marker, x: rect.maxX - marker.count, y: rect.y, style: header, clip: rect)
    }
  }
}
