import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

/// Issue 14: one key does one thing wherever it works (`d` was done on Today and delete on Debts).
@Suite("One key, one meaning")
struct KeyOverloadTests {
  /// Keys that do different actions in different places because the actions mean the same thing
  /// there. Each entry: the key, the actions it may have, and why they are one meaning.
  static let sameMeaning: [(key: Key, actions: Set<Action>, why: String)] = [
    // Esc always goes back: it closes what is on top, cancels a dialog, clears the filter.
    (.escape, [.back, .cancel], "back"),
    // q quits, or closes the help or the page on top first (as in less and lazygit).
    (.character("q"), [.quit, .back], "quit or close"),
    // ? opens the help and, pressed again, closes it.
    (.character("?"), [.help, .back], "help on and off"),
    // Enter does what is under the cursor: opens the debt, does the guide step, sends the form.
    (.enter, [.open, .doStep, .submit], "do it"),
    // Ctrl-S saves: the form, the letter, the rehearsal.
    (.control("s"), [.submit, .saveLetter, .saveRehearsal], "save"),
    // The arrows and Tab move to the one before or after: line, field, week, day, letter, value.
    (.up, [.moveUp, .previousField, .previousWeek], "the one above"),
    (.down, [.moveDown, .nextField, .nextWeek], "the one below"),
    (.left, [.previousDay, .previousLetter, .choicePrevious], "the one before"),
    (.right, [.nextDay, .nextLetter, .choiceNext], "the one after"),
    (.tab, [.nextScreen, .nextSection, .nextField], "the next part"),
    (.backTab, [.previousScreen, .previousSection, .previousField], "the part before"),
    // Space pages long text on (as in less), and turns what is under the cursor on a list of
    // choices or a checklist (a value, a guide step), as a checkbox does.
    (.character(" "), [.pageDown, .choiceNext, .stepDone], "next / tick"),
    // d marks done what is under the cursor: a reminder on Today, a step of the guide.
    (.character("d"), [.reminderDone, .stepDone], "done"),
    // x sets it aside, not done: dismisses a reminder, skips a guide step.
    (.character("x"), [.dismissReminder, .stepSkipped], "set aside"),
    // / finds: filters a list, searches long text.
    (.character("/"), [.filter, .search], "find"),
  ]

  /// A question (yes/no, quitting with a change not saved) takes only the answers it shows on
  /// screen, and only while it is open: its keys are answers, not commands.
  static let questions: Set<KeyContext> = [.confirm, .unsaved]

  @Test("no key does unrelated things in different places (except the short list that mean the same)")
  func noOverloadedKey() {
    var actions: [Key: Set<Action>] = [:]
    var places: [Key: [String]] = [:]
    for b in KeyMap.defaultBindings where !KeyOverloadTests.questions.contains(b.context) {
      actions[b.key, default: []].insert(b.action)
      places[b.key, default: []].append("\(b.context.rawValue): \(b.action.rawValue)")
    }
    for (key, set) in actions where set.count > 1 {
      let allowed = KeyOverloadTests.sameMeaning.first { $0.key == key }?.actions ?? []
      #expect(
        set.isSubset(of: allowed),
        "\(key.name) does unrelated things: \(places[key, default: []].joined(separator: ", "))")
    }
  }

  @Test("the allow-list holds only keys that still do several things (it stays short and true)")
  func allowListIsNeeded() {
    for entry in KeyOverloadTests.sameMeaning {
      let used = Set(
        KeyMap.defaultBindings.filter {
          $0.key == entry.key && !KeyOverloadTests.questions.contains($0.context)
        }
        .map(\.action))
      #expect(used.count > 1, "\(entry.key.name) (\(entry.why)) does one thing only: drop it from the list")
    }
  }

  @Test(
    "the issue's keys: d done, x set aside, D delete, X archive, s sort, A agreement, w letters, i what-if")
  func newScheme() {
    let map = KeyMap.standard
    func action(_ key: Key, _ context: KeyContext) -> Action? { map.action(for: key, in: [context]) }
    #expect(action(.character("d"), .today) == .reminderDone)
    #expect(action(.character("d"), .caseFile) == .stepDone)
    #expect(action(.character(" "), .caseFile) == .stepDone)
    #expect(action(.character("x"), .today) == .dismissReminder)
    #expect(action(.character("x"), .caseFile) == .stepSkipped)
    #expect(action(.character("D"), .debts) == .delete && action(.character("D"), .detail) == .delete)
    #expect(action(.character("X"), .debts) == .archive && action(.character("X"), .detail) == .archive)
    #expect(action(.character("s"), .debts) == .sort && action(.character("S"), .debts) == .reverseSort)
    #expect(
      action(.control("s"), .letter) == .saveLetter && action(.control("s"), .rehearsal) == .saveRehearsal)
    #expect(action(.character("a"), .list) == .add && action(.character("A"), .caseFile) == .recordAgreement)
    #expect(action(.character("w"), .caseFile) == .draftLetter && action(.character("i"), .plan) == .whatIf)
    #expect(
      action(.character("t"), .calendar) == .goToToday && action(.character("T"), .today) == .snoozeUntil)
    // Nothing left on the old keys.
    #expect(action(.character("s"), .caseFile) == nil && action(.character("s"), .letter) == nil)
    #expect(action(.character("a"), .caseFile) == nil && action(.character("w"), .plan) == nil)
  }
}

extension KeyOverloadTests {
  /// The README's keys.json that brings back the keys before issue 14.
  static let oldKeys = """
    {"delete": ["d"], "archive": ["x"], "stepSkipped": ["s"], "recordAgreement": ["a"],
     "saveLetter": ["s"], "saveRehearsal": ["s"], "whatIf": ["w"], "snoozeUntil": ["t"]}
    """

  @Test("a keys.json can bring the old keys back, each where it was, with no problem reported")
  func oldKeysBack() {
    var map = KeyMap.standard
    let problems = map.applyFile("/keys.json", contents: Data(KeyOverloadTests.oldKeys.utf8))
    #expect(problems.isEmpty, "\(problems)")
    func action(_ key: Character, _ context: KeyContext) -> Action? {
      map.action(for: .character(key), in: [context])
    }
    #expect(
      action("d", .debts) == .delete && action("d", .detail) == .delete && action("x", .debts) == .archive)
    #expect(action("s", .caseFile) == .stepSkipped && action("a", .caseFile) == .recordAgreement)
    #expect(action("s", .letter) == .saveLetter && action("s", .rehearsal) == .saveRehearsal)
    #expect(action("w", .plan) == .whatIf && action("t", .today) == .snoozeUntil)
    // The keys that stayed keep working beside them.
    #expect(
      action("d", .today) == .reminderDone && action("s", .debts) == .sort
        && action("t", .calendar) == .goToToday)
  }

  @Test("the README shows that keys.json")
  func readmeShowsOldKeys() throws {
    let text = try String(contentsOf: ReadmeKeyTableTests.readme, encoding: .utf8)
    let flat = { (s: String) in s.filter { !$0.isWhitespace } }
    #expect(flat(text).contains(flat(KeyOverloadTests.oldKeys)))
  }
}
