import Testing

@testable import DebtCore

@Suite("CSV export")
struct CSVWriterTests {
  @Test(
    "cells a spreadsheet would run as formulas are written as text",
    arguments: [
      ("=1+1", "'=1+1"), ("+86 138", "'+86 138"), ("-5 refund", "'-5 refund"), ("@SUM(A1)", "'@SUM(A1)"),
      ("\t=1", "'\t=1"), ("＝1", "'＝1"), ("借呗", "借呗"), ("1234.50", "1234.50"),
      ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""),
      ("=HYPERLINK(\"x\",\"y\")", "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
    ])
  func guarded(input: String, output: String) {
    #expect(CSVWriter.cell(input) == output)
  }

  @Test("a document has a BOM, a header and CRLF lines")
  func document() {
    let text = CSVWriter.document(header: ["a", "b"], rows: [["1", "=2"]])
    #expect(text == "\u{FEFF}a,b\r\n1,'=2\r\n")
  }
}
