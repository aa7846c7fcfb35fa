/// Reads `"schemaVersion": N` from a JSON text without decoding the whole document.
enum SchemaVersion {
  static func find(in bytes: [UInt8]) -> Int? {
    let key = Array("\"schemaVersion\"".utf8)
    guard bytes.count > key.count else { return nil }
    var i = 0
    let last = bytes.count - key.count
    // Only top-level objects carry this key, so the first occurrence is the one.
    while i <= last {
      if bytes[i] == key[0] && bytes[i..<(i + key.count)].elementsEqual(key) {
        var j = i + key.count
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x0D || bytes[j] == 0x09 {
          j += 1
        }
        guard j < bytes.count, bytes[j] == UInt8(ascii: ":") else { return nil }
        j += 1
        while j < bytes.count, bytes[j] == 0x20 || bytes[j] == 0x0A || bytes[j] == 0x09 { j += 1 }
        var n = 0
        var digits = 0
        while j < bytes.count, bytes[j] >= 48, bytes[j] <= 57, digits < 9 {
          n = n * 10 + Int(bytes[j] - 48)
          j += 1
          digits += 1
        }
        return digits > 0 ? n : nil
      }
      i += 1
    }
    return nil
  }
}
