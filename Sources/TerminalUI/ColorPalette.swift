/// Maps 24-bit colours to what a terminal has: the xterm 256-colour palette, or the 8 ANSI colours.
public enum ColorPalette {
  /// The 8 basic ANSI colours as xterm shows them.
  static let ansi8: [RGB] = [
    RGB(0, 0, 0), RGB(205, 0, 0), RGB(0, 205, 0), RGB(205, 205, 0),
    RGB(0, 0, 238), RGB(205, 0, 205), RGB(0, 205, 205), RGB(229, 229, 229),
  ]

  static let cubeLevels: [Int] = [0, 95, 135, 175, 215, 255]

  /// The nearest colour index among the first `count` colours (8, 16 or 256).
  public static func nearest(_ c: RGB, count: Int) -> Int {
    if count >= 256 { return nearest256(c) }
    return nearestOf(ansi8, c)
  }

  static func distance(_ a: RGB, _ b: RGB) -> Int {
    let dr = Int(a.r) - Int(b.r)
    let dg = Int(a.g) - Int(b.g)
    let db = Int(a.b) - Int(b.b)
    // Weighted for the eye's sensitivity to green.
    return 2 * dr * dr + 4 * dg * dg + 3 * db * db
  }

  static func nearestOf(_ palette: [RGB], _ c: RGB) -> Int {
    var best = 0
    var bestDistance = Int.max
    for (i, p) in palette.enumerated() {
      let d = distance(p, c)
      if d < bestDistance {
        best = i
        bestDistance = d
      }
    }
    return best
  }

  static func nearest256(_ c: RGB) -> Int {
    func level(_ v: UInt8) -> Int {
      var best = 0
      for (i, l) in cubeLevels.enumerated() where abs(l - Int(v)) < abs(cubeLevels[best] - Int(v)) {
        best = i
      }
      return best
    }
    let (ri, gi, bi) = (level(c.r), level(c.g), level(c.b))
    let cube = RGB(UInt8(cubeLevels[ri]), UInt8(cubeLevels[gi]), UInt8(cubeLevels[bi]))
    let cubeIndex = 16 + 36 * ri + 6 * gi + bi
    let average = (Int(c.r) + Int(c.g) + Int(c.b)) / 3
    let grayStep = min(max((average - 8 + 5) / 10, 0), 23)
    let grayValue = UInt8(8 + grayStep * 10)
    let gray = RGB(grayValue, grayValue, grayValue)
    return distance(gray, c) < distance(cube, c) ? 232 + grayStep : cubeIndex
  }
}
