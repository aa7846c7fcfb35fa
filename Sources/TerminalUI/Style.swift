#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A 24-bit colour; terminals with fewer colours get the nearest one they have.
public struct RGB: Hashable, Sendable {
  public let r: UInt8
  public let g: UInt8
  public let b: UInt8

  public init(_ r: UInt8, _ g: UInt8, _ b: UInt8) {
    self.r = r
    self.g = g
    self.b = b
  }

  /// `#rrggbb`.
  public init?(hex: String) {
    var s = Substring(hex)
    if s.hasPrefix("#") { s = s.dropFirst() }
    guard s.count == 6, let v = UInt32(s, radix: 16) else { return nil }
    self.init(UInt8(v >> 16 & 0xFF), UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF))
  }

  /// WCAG relative luminance.
  public var luminance: Double {
    func channel(_ c: UInt8) -> Double {
      let v = Double(c) / 255
      return v <= 0.03928 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4)
    }
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
  }

  /// WCAG contrast ratio between two colours (1 to 21).
  public static func contrast(_ a: RGB, _ b: RGB) -> Double {
    let la = a.luminance
    let lb = b.luminance
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
  }
}

/// How a cell looks: colours (nil = the terminal's default) and attributes.
public struct Style: Hashable, Sendable {
  public var foreground: RGB?
  public var background: RGB?
  public var bold = false
  public var underline = false
  public var reverse = false
  public var dim = false

  public init(
    foreground: RGB? = nil, background: RGB? = nil, bold: Bool = false, underline: Bool = false,
    reverse: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.underline = underline
    self.reverse = reverse
    self.dim = dim
  }

  public static let plain = Style()

  public func with(bold: Bool? = nil, underline: Bool? = nil, reverse: Bool? = nil) -> Style {
    var s = self
    if let bold { s.bold = bold }
    if let underline { s.underline = underline }
    if let reverse { s.reverse = reverse }
    return s
  }
}
