import Testing

@testable import DebtCore

/// The byte-level CSV reader against fields quoted by hand here: whatever a field holds —
/// commas, quotes, CR and LF, CJK, emoji, combining marks — it comes back exactly, with the
/// line each row starts on.
@Suite("CSV reader, random round trips")
struct CSVReaderRoundTripTests {
  @Test("2,000 random rows, quoted and bare, LF and CRLF")
  func roundTrip() throws {
    var rng = SplitMix(seed: 18_13)
    let pieces = [
      "a", "Z", "9", ",", "\"", "\n", "\r\n", " ", "借呗", "¥1,234.50", "👨‍👩‍👧", "e\u{301}", "\u{202E}", "'=",
    ]
    var rows: [[String]] = []
    var text = "\u{FEFF}"
    var lines: [Int] = []
    var line = 1
    for _ in 0..<2_000 {
      let fields = (0..<Int.random(in: 1...6, using: &rng)).map { _ in
        (0..<Int.random(in: 0...5, using: &rng)).map { _ in pieces.randomElement(using: &rng) ?? "" }.joined()
      }
      if fields.count == 1 && fields[0].isEmpty { continue }  // a blank line is skipped, by design
      rows.append(fields)
      lines.append(line)
      let cells = fields.map { field -> String in
        let plain = !field.contains(where: {
          $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n"
        })
        if plain && !field.isEmpty && Bool.random(using: &rng) { return field }
        return "\"" + field.split(separator: "\"", omittingEmptySubsequences: false).joined(separator: "\"\"")
          + "\""
      }
      text += cells.joined(separator: ",") + (Bool.random(using: &rng) ? "\r\n" : "\n")
      // The next row starts after this one's line breaks, those inside quotes included.
      line += 1 + fields.joined().unicodeScalars.filter { $0 == "\n" }.count
    }
    let read = try CSVReader.rows(text)
    #expect(read.count == rows.count)
    for (i, (got, want)) in zip(read, rows).enumerated() where got.fields != want || got.line != lines[i] {
      Issue.record("row \(i): \(got) vs \(want) at line \(lines[i])")
      break
    }
  }
}
