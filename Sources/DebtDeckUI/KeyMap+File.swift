import Foundation

extension KeyMap {
  /// Reads a user key file: `{"quit": ["Q", "Ctrl-Q"], "pay": ["$"]}` — an action name and the
  /// keys that replace its default ones. Returns the problems with the file name and line.
  public mutating func applyFile(_ path: String) -> [String] {
    applyFile(path, contents: FileManager.default.contents(atPath: path))
  }

  /// The most actions a key file may name: there are a few dozen; a file with thousands of
  /// entries is not a key file, and is refused whole rather than slowing the first frame.
  public static let fileEntryLimit = 500

  /// Applies a key file already read (the caller reads it with the regular-file rules: no FIFO,
  /// no device, a size limit). `nil` means there is no file.
  public mutating func applyFile(_ path: String, contents data: Data?) -> [String] {
    guard let data else { return [] }
    let text = String(decoding: data, as: UTF8.self)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      return ["\(path): not a JSON object of action names to key lists, e.g. {\"quit\": [\"Q\"]}"]
    }
    guard object.count <= KeyMap.fileEntryLimit else {
      return [
        "\(path): \(object.count) entries, more than the \(KeyMap.fileEntryLimit) a key file may have; ignored"
      ]
    }
    var entries: [(action: String, keys: [String], line: Int)] = []
    var problems: [String] = []
    for (action, value) in object.sorted(by: { $0.key < $1.key }) {
      let line = KeyMap.line(of: "\"\(action)\"", in: text)
      guard let keys = value as? [String] else {
        problems.append("\(path): line \(line): “\(action)” needs a list of key names")
        continue
      }
      entries.append((action, keys, line))
    }
    return problems + applyingOverrides(entries).map { "\(path): \($0)" }
  }

  /// The 1-based line on which `needle` first appears.
  static func line(of needle: String, in text: String) -> Int {
    guard let range = text.range(of: needle) else { return 1 }
    return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
  }
}
