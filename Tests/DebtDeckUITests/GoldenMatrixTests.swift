import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Every scene of `MatrixScene` (every screen, dialog, page and form, and the empty states) at
/// 80×24 and 120×40, in English and Chinese, on long Chinese data, compared with the text files in
/// Golden/matrix/. Each frame as drawn must have full-width rows and no line that ends in a word
/// cut without an ellipsis. To accept a change on purpose:
/// `DEBTDECK_RECORD_GOLDEN=1 swift test --filter GoldenMatrixTests`, then read every changed file.
@Suite("Golden matrix: every screen and dialog, two sizes, two languages")
struct GoldenMatrixTests {
  static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Golden").appendingPathComponent("matrix")
  static let sizes = [(80, 24), (120, 40)]
  static var recording: Bool { ProcessInfo.processInfo.environment["DEBTDECK_RECORD_GOLDEN"] == "1" }

  /// Every frame of one language: the golden file's name and the screen.
  static func frames(_ language: Language) -> [(String, ScreenBuffer)] {
    let tag = language == .zhHans ? "zh" : "en"
    return MatrixScene.all.flatMap { scene in
      sizes.map { (width, height) in
        let state = scene.state(language, width: width, height: height)
        let screen = AppView.render(state, keyMap: .standard, theme: .standard, width: width, height: height)
        return ("\(scene.name)-\(tag)-\(width)x\(height)", screen)
      }
    }
  }

  /// The words the app is written with: its sources and the matrix's data and scenes.
  static let wholeWords: CutWordCheck = {
    let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let sources = tests.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
      "Sources")
    return CutWordCheck(
      vocabulary: CutWordCheck.sourceWords([sources])
        .union(CutWordCheck.sourceWords([tests.appendingPathComponent("MatrixData")])))
  }()

  @Test(
    "every scene matches its golden file, fills its rows and cuts no word", arguments: [Language.en, .zhHans])
  func matrix(language: Language) throws {
    let frames = GoldenMatrixTests.frames(language)
    let check = GoldenMatrixTests.wholeWords
    if GoldenMatrixTests.recording {
      try FileManager.default.createDirectory(
        at: GoldenMatrixTests.directory, withIntermediateDirectories: true)
    }
    for (name, screen) in frames {
      for (y, line) in screen.lines().enumerated() where line.displayWidth != screen.width {
        Issue.record("\(name): row \(y) is \(line.displayWidth) columns wide, not \(screen.width)")
      }
      for problem in check.problems(screen) { Issue.record("\(name): \(problem)") }
      for problem in CutWordCheck.brokenFrames(screen) { Issue.record("\(name): \(problem)") }
      let text = screen.text + "\n"
      let file = GoldenMatrixTests.directory.appendingPathComponent("\(name).txt")
      if GoldenMatrixTests.recording {
        try text.write(to: file, atomically: true, encoding: .utf8)
        continue
      }
      let expected = try? String(contentsOf: file, encoding: .utf8)
      #expect(expected != nil, "missing golden file matrix/\(file.lastPathComponent)")
      if let expected, expected != text {
        Issue.record("\(name) differs from matrix/\(file.lastPathComponent):\n\(text)")
      }
    }
  }

  @Test("every scene reaches what it names: its overlay, form, case or screen")
  func scenesReachTheirState() {
    for scene in MatrixScene.all {
      let s = scene.state(.en, width: 80, height: 24)
      let name = scene.name
      func expect(_ ok: Bool) { if !ok { Issue.record("scene \(name) did not reach its state") } }
      switch name {
      case "help", "help-end": expect(s.overlay == .help)
      case "door": expect(s.overlay?.pager != nil)
      case _ where name.hasPrefix("letter"): expect({ if case .letter = s.overlay { true } else { false } }())
      case _ where name.hasPrefix("rehearsal"):
        expect({ if case .rehearsal = s.overlay { true } else { false } }())
      case "live-call", "live-call-notes": expect(s.needsClock)
      case "follow-through": expect({ if case .followThrough = s.overlay { true } else { false } }())
      case "follow-up": expect({ if case .followUp = s.overlay { true } else { false } }())
      case _ where name.hasPrefix("pay"): expect({ if case .pay = s.overlay { true } else { false } }())
      case "snooze-until": expect({ if case .snoozeUntil = s.overlay { true } else { false } }())
      case _ where name.hasPrefix("contact"):
        expect({ if case .contact = s.overlay { true } else { false } }())
      case _ where name.hasPrefix("agreement"):
        expect({ if case .agreement = s.overlay { true } else { false } }())
      case _ where name.hasPrefix("offer"): expect({ if case .offer = s.overlay { true } else { false } }())
      case "confirm-delete": expect({ if case .confirmDelete = s.overlay { true } else { false } }())
      case "confirm-archive": expect({ if case .confirmArchive = s.overlay { true } else { false } }())
      case "unsaved-quit": expect({ if case .quitUnsaved = s.overlay { true } else { false } }())
      case "form-discard": expect(s.overlay == .confirmDiscardForm)
      case _ where name.hasPrefix("form"): expect(s.form != nil && s.overlay == nil)
      case _ where name.hasPrefix("case"): expect(s.caseDebt != nil && s.overlay == nil)
      case _ where name.hasPrefix("detail"): expect(s.detail != nil && s.overlay == nil)
      case "empty-pay": expect(s.overlay == nil && s.message != nil)
      default: expect(s.overlay == nil && s.form == nil && s.detail == nil && s.caseDebt == nil)
      }
    }
  }

  @Test("the cut-word check can fail: a word cut at an edge or a border is found, a whole one is not")
  func cutWordCheckCanFail() {
    let check = CutWordCheck(
      vocabulary: [
        "write", "them", "down", "then", "sign", "a", "long", "line", "of", "text", "that", "does", "not",
        "fit",
      ])

    var frame = ScreenBuffer(width: 20, height: 7)
    // Cut by hand against a box border, and at the screen's edge: both found.
    frame.put("write them dow│", x: 0, y: 0, style: .plain)
    frame.put("   write them do", x: 4, y: 1, style: .plain, mayCut: true)
    // Whole words against a border or the edge, an ellipsis, Chinese: none found.
    frame.put("write them down│", x: 0, y: 2, style: .plain)
    frame.put("then sign", x: 11, y: 3, style: .plain)
    frame.put("write them dow…│", x: 0, y: 4, style: .plain)
    frame.put("约定：每月还九百元", x: 0, y: 5, style: .plain)
    // Cut by hand inside a padded column: found too.
    frame.put("then dow     sign", x: 0, y: 6, style: .plain)
    let found = check.problems(frame)
    #expect(found.count == 3, "\(found)")
    #expect(found.first?.contains("row 0") == true && found.first?.contains("“dow”") == true)
    #expect(
      found.dropFirst().first?.contains("row 1") == true && found.dropFirst().first?.contains("“do”") == true)
    #expect(found.last?.contains("row 6") == true && found.last?.contains("“dow”") == true)
    // Text the buffer had to clip is found too.
    frame.put("a long line of text that does not fit", x: 0, y: 5, style: .plain)
    #expect(check.problems(frame).count == 4)

    // Behind a box drawn over the screen, the words its left side hides are no cut; inside, one is.
    var boxed = ScreenBuffer(width: 20, height: 4)
    boxed.put("write them down then", x: 0, y: 1, style: .plain)
    boxed.put("write them down then", x: 0, y: 2, style: .plain)
    boxed.put("┌──────────┐", x: 8, y: 0, style: .plain)
    boxed.put("│ then sign│", x: 8, y: 1, style: .plain)
    boxed.put("│  then sig│", x: 8, y: 2, style: .plain)
    boxed.put("└──────────┘", x: 8, y: 3, style: .plain)
    let inBox = check.problems(boxed)
    #expect(inBox.count == 1 && inBox.first?.contains("“sig”") == true, "\(inBox)")
    #expect(CutWordCheck.brokenFrames(boxed).isEmpty)
  }

  @Test("the frame check can fail: a box side pushed out of line by a wide character is found")
  func frameCheckCanFail() {
    var box = ScreenBuffer(width: 12, height: 4)
    box.put("┌────────┐", x: 0, y: 0, style: .plain)
    box.put("│ 借呗   │", x: 0, y: 1, style: .plain)
    box.put("│ 借呗 │", x: 0, y: 2, style: .plain)
    box.put("└────────┘", x: 0, y: 3, style: .plain)
    let found = CutWordCheck.brokenFrames(box)
    #expect(found.count == 1 && found.first?.contains("row 2") == true, "\(found)")
    box.put("│ 借呗借 │", x: 0, y: 2, style: .plain)
    #expect(CutWordCheck.brokenFrames(box).isEmpty)
    box.put("└───────", x: 0, y: 3, style: .plain)
    box.put(" ", x: 9, y: 3, style: .plain)
    #expect(CutWordCheck.brokenFrames(box).count == 1)
  }
}
