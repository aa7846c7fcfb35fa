import DebtCore
import DebtStore
import Foundation

/// A fresh directory under /tmp, removed when the test ends.
final class TempDirectory {
  let path: String

  init() {
    var template = Array("/tmp/debtdeck-test-XXXXXX".utf8CString)
    path = mkdtemp(&template).map { String(cString: $0) } ?? "/tmp/debtdeck-test-fallback"
  }

  deinit { try? FileManager.default.removeItem(atPath: path) }

  var location: DataLocation {
    DataLocation(dataDirectory: path + "/data", configDirectory: path + "/config")
  }

  func bytes(_ relative: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path + "/" + relative).map { [UInt8]($0) }
  }

  func write(_ relative: String, _ text: String) throws {
    try FileManager.default.createDirectory(
      atPath: (path + "/" + relative as NSString).deletingLastPathComponent, withIntermediateDirectories: true
    )
    try Data(text.utf8).write(to: URL(fileURLWithPath: path + "/" + relative))
  }

  func mode(_ relative: String) -> Int {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path + "/" + relative)
    return (attributes?[.posixPermissions] as? Int) ?? -1
  }

  func files(_ relative: String) -> [String] {
    (try? FileManager.default.contentsOfDirectory(atPath: path + "/" + relative))?.sorted() ?? []
  }
}

func sampleDebt(_ name: String = "借呗") -> Debt {
  Debt(
    id: "", name: name, lender: "蚂蚁", kind: .jiebei, principal: 1_000_000,
    rate: Rate(basis: .daily, scaled: 5_000_000), method: .equalInstallment, termMonths: 12,
    startDate: LocalDate(ordinal: 20_500), dueDay: 9)
}
