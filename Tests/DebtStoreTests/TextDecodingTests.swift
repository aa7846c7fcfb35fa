import Testing

@testable import DebtStore

@Suite("Reading text in the encodings spreadsheets save")
struct TextDecodingTests {
  static let text = "名称,本金\n借呗,20000\n"

  /// UTF-16 bytes written out by hand from the code units, in either byte order.
  static func utf16(_ s: String, littleEndian: Bool, mark: Bool) -> [UInt8] {
    let units = (mark ? [UInt16(0xFEFF)] : []) + Array(s.utf16)
    return units.flatMap { u -> [UInt8] in
      let (high, low) = (UInt8(u >> 8), UInt8(u & 0xFF))
      return littleEndian ? [low, high] : [high, low]
    }
  }

  @Test(
    "UTF-16 in either byte order, with or without a byte order mark, with --encoding utf-16",
    arguments: [(true, true), (true, false), (false, true), (false, false)])
  func utf16(littleEndian: Bool, mark: Bool) throws {
    let bytes = TextDecodingTests.utf16(TextDecodingTests.text, littleEndian: littleEndian, mark: mark)
    let (s, encoding) = try TextDecoding.decode(bytes, as: .utf16)
    #expect(s == TextDecodingTests.text)
    #expect(encoding == .utf16)
  }

  @Test("an odd number of bytes or a lone surrogate is not UTF-16")
  func notUTF16() {
    #expect(throws: TextDecoding.Failure.self) { try TextDecoding.decode([0x41, 0x00, 0x42], as: .utf16) }
    #expect(throws: TextDecoding.Failure.self) {
      try TextDecoding.decode([0xFF, 0xFE, 0x00, 0xD8], as: .utf16)
    }
  }
}
