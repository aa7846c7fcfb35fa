import DebtCore
import Foundation
import Testing

@testable import DebtDeckUI
@testable import TerminalUI

@Suite("App logic")
struct AppLogicTests {
  func state() -> AppState { GoldenScreenTests.demoState() }

  func press(_ keys: [Key], _ state: inout AppState) -> [Effect] {
    keys.flatMap { AppLogic.handle($0, state: &state, keyMap: .standard) }
  }

  func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

  @Test("Today opens first with overdue items before due ones")
  func todayOrder() {
    let s = state()
    #expect(s.screen == .today)
    // Overdue (with its notice), then today's notices, then what falls due within the window.
    // 借呗 late; the 3-day notice of 微粒贷 under Today; 微粒贷's installment within the week.
    #expect(s.todayRows.map { $0.debtID ?? "" } == ["d1", "d2", "d2"])
    #expect(s.todayRows.map { $0.notice?.id } == ["overdue:d1:3", "due:d2:4:3", nil])
    #expect(s.todayGroup(0) == 0 && s.todayGroup(1) == 1 && s.todayGroup(2) == 2)
  }

  @Test("number keys and Tab switch screens")
  func screens() {
    var s = state()
    _ = press([.character("3")], &s)
    #expect(s.screen == .debts)
    _ = press([.tab], &s)
    #expect(s.screen == .calendar)
    _ = press([.tab, .tab, .tab], &s)
    #expect(s.screen == .today)
    _ = press([.backTab], &s)
    #expect(s.screen == .settings)
    _ = press([.character("5"), .character("+"), .character("]")], &s)
    #expect(s.planBudget == s.effectiveBudget(s.planner))
    #expect((s.planBudget ?? 0) >= s.planner.firstMonthMinimums + 110_000)
  }

  @Test("pay: asks the amount (default: the installment), records it, undo and redo")
  func payUndoRedo() {
    var s = state()
    let before = s.portfolio.payments.count
    _ = press([.character("p")], &s)
    guard case .pay(let dialog) = s.overlay else {
      Issue.record("no pay dialog")
      return
    }
    #expect(dialog.amount.text == "1917.22")  // the installment 1,835.98 + penalty 81.24
    let effects = press([.enter], &s)
    #expect(s.overlay == nil)
    #expect(s.portfolio.payments.count == before + 1)
    #expect(effects.count == 1)
    #expect(s.statuses["d1"]?.stage == .m1)
    _ = press([.character("u")], &s)
    #expect(s.portfolio.payments.count == before)
    #expect(s.statuses["d1"]?.stage == .m2)
    _ = press([.control("r")], &s)
    #expect(s.portfolio.payments.count == before + 1)
  }

  @Test("pay refuses a bad amount and says why, next to nothing else changing")
  func payBadAmount() {
    var s = state()
    let before = s.portfolio.payments.count
    _ = press([.character("p"), .control("u")] + type("-5") + [.enter], &s)
    guard case .pay(let dialog) = s.overlay else {
      Issue.record("dialog closed on bad input")
      return
    }
    #expect(dialog.error != nil)
    #expect(s.portfolio.payments.count == before)
  }

  @Test("add a debt typed in Chinese through the form")
  func addDebt() {
    var s = state()
    _ = press(
      [.character("a")] + type("朋友借款") + [.tab] + type("张三") + [.tab, .tab] + type("5000") + [.tab]
        + type("0.05"), &s)
    #expect(s.form?.text(.name).text == "朋友借款")
    let effects = press([.enter], &s)
    #expect(s.form == nil)
    #expect(effects.count == 1)
    #expect(s.portfolio.debts.last?.name == "朋友借款")
    #expect(s.portfolio.debts.last?.principal == 500_000)
    #expect(s.portfolio.debts.last?.id == "d6")
  }

  @Test("the form marks invalid fields and keeps the input")
  func formValidation() {
    var s = state()
    _ = press([.character("a"), .enter], &s)
    #expect(s.form != nil)
    #expect(s.form?.errors[.name] != nil)
    #expect(s.form?.errors[.principal] != nil)
    #expect(s.form?.focus == .name)
  }

  @Test("q quits at once, but asks when a form has unsaved input")
  func quit() {
    var s = state()
    #expect(press([.character("q")], &s) == [.quit])
    _ = press([.character("a")] + type("x") + [.control("c")], &s)
    #expect(s.overlay == .confirmDiscardForm)
    _ = press([.character("y")], &s)
    #expect(s.form == nil)
    // In a form, q is a letter like any other.
    _ = press([.character("a"), .character("q")], &s)
    #expect(s.form?.text(.name).text == "q")
  }

  @Test("filter the debts live; Esc resets")
  func filter() {
    var s = state()
    _ = press([.character("3"), .character("/")] + type("呗"), &s)
    #expect(s.visibleDebts.map(\.name) == ["借呗 应急", "花呗"])
    _ = press([.escape], &s)
    #expect(s.visibleDebts.count == 5)
  }

  @Test("sort cycles columns and reverses")
  func sort() {
    var s = state()
    _ = press([.character("3"), .character("s"), .character("s")], &s)
    #expect(s.sortColumn == 2)
    #expect(s.visibleDebts.first?.name == "花呗")
    _ = press([.character("S")], &s)
    #expect(s.visibleDebts.first?.name == "建行快贷")
  }

  @Test("delete asks first, and undo brings the debt and its payments back")
  func deleteUndo() {
    var s = state()
    _ = press([.character("3"), .enter], &s)
    let id = s.detail
    let payments = s.portfolio.payments.count
    _ = press([.character("D")], &s)
    #expect(s.overlay == .confirmDelete(debtID: id ?? ""))
    _ = press([.character("n")], &s)
    #expect(s.portfolio.debts.count == 5)
    _ = press([.character("D"), .character("y")], &s)
    #expect(s.portfolio.debts.count == 4)
    _ = press([.character("u")], &s)
    #expect(s.portfolio.debts.count == 5)
    #expect(s.portfolio.payments.count == payments)
  }

  @Test("archive asks when money is owed, moves the debt last, and a late one stays in the brief")
  func archive() throws {
    var s = state()
    _ = press([.character("3")], &s)
    for _ in 0..<2 {
      let first = s.visibleDebts[0]
      let status = try #require(s.statuses[first.id])
      _ = press([.character("X")], &s)
      // A balance is owed: nothing changes until the person says yes.
      #expect(s.overlay == .confirmArchive(debtID: first.id))
      #expect(s.portfolio.debt(id: first.id)?.archived == false)
      _ = press([.character("y")], &s)
      #expect(s.portfolio.debt(id: first.id)?.archived == true)
      #expect(s.visibleDebts.last?.id == first.id)
      // Late money stays in the brief; nothing else of the debt does.
      let rows = s.todayRows.filter { $0.debtID == first.id }
      #expect(rows.count == (status.isLate ? 1 : 0))
      #expect(rows.allSatisfy { $0.item?.isLate == true })
      #expect(s.brief.hasOverdue == !s.brief.overdue.isEmpty)
    }
  }

  @Test("calendar moves by day, week and month")
  func calendar() {
    var s = state()
    _ = press([.character("4"), .right, .down, .character(">")], &s)
    #expect(s.calendarDate == LocalDate(year: 2027, month: 1, day: 1))  // 11-23 +1 day +1 week +1 month
    _ = press([.character("t")], &s)
    #expect(s.calendarDate == s.today)
  }

  @Test("settings: change the language and the theme; each change asks to be saved")
  func settings() {
    var s = state()
    _ = press([.character("6")], &s)
    #expect(s.screen == .settings)
    var effects = press([.right], &s)  // follow the locale → English
    #expect(s.settings.language == .en)
    effects = press([.right], &s)  // → 简体中文
    #expect(s.settings.language == .zhHans)
    #expect(s.language == .zhHans)
    #expect(effects == [.saveSettings(s.settings)])
    _ = press([.down, .right], &s)
    #expect(s.settings.theme != "default")
    _ = press([.down, .down, .down, .left], &s)  // due-soon window 7 → 5
    #expect(s.settings.dueSoonDays == 5)
  }

  @Test("the door screen is one key away from anywhere")
  func door() {
    var s = state()
    _ = press([.character("3"), .enter, .character("!")], &s)
    #expect(s.overlay?.pager?.title == "Someone is at the door")
    _ = press([.escape], &s)
    #expect(s.overlay == nil)
  }

  @Test("the footer comes from the key table")
  func footerFromTable() {
    let s = state()
    let footer = KeyMap.standard.footer(for: s.keyContexts).map(\.action)
    #expect(footer.contains(.pay))
    #expect(footer.contains(.quit))
  }

  @Test("key overrides: re-bind, and report unknown actions, keys and conflicts with the line")
  func overrides() {
    var map = KeyMap.standard
    let problems = map.applyingOverrides([
      (action: "quit", keys: ["Q"], line: 2), (action: "fly", keys: ["f"], line: 3),
      (action: "help", keys: ["Hyper-X"], line: 4), (action: "undo", keys: ["p"], line: 5),
    ])
    #expect(map.action(for: .character("Q"), in: [.global]) == .quit)
    #expect(map.action(for: .character("q"), in: [.global]) == nil)
    #expect(problems.contains { $0.contains("line 3") && $0.contains("fly") })
    #expect(problems.contains { $0.contains("line 4") && $0.contains("Hyper-X") })
    #expect(!problems.contains { $0.contains("line 5") })  // p is free in the global context
  }

  @Test("a keys.json file re-binds keys and reports problems with the file and line")
  func keysFile() throws {
    let path = "/tmp/debtdeck-keys-\(getpid()).json"
    let text = """
      {
        "quit": ["Q"],
        "teleport": ["T"],
        "help": "F1"
      }
      """
    _ = FileManager.default.createFile(atPath: path, contents: Data(text.utf8))
    defer { try? FileManager.default.removeItem(atPath: path) }
    var map = KeyMap.standard
    let problems = map.applyFile(path)
    #expect(map.action(for: .character("Q"), in: [.global]) == .quit)
    #expect(problems.contains { $0.contains(path) && $0.contains("line 3") && $0.contains("teleport") })
    #expect(problems.contains { $0.contains("line 4") && $0.contains("help") })
    // The help overlay lists the user's key.
    var s = state()
    s.overlay = .help
    s.help = HelpOverlay.Model(first: [.global])
    let screen = AppView.render(s, keyMap: map, theme: .mono, width: 100, height: 40).text
    #expect(screen.contains("Q ") && !screen.contains("q Ctrl-C"))
  }

  @Test("every string of the key table exists in both languages")
  func bilingualKeyTable() {
    for b in KeyMap.standard.bindings {
      #expect(!b.help.en.isEmpty && !b.help.zh.isEmpty)
      #expect(b.help.zh.unicodeScalars.contains { $0.value >= 0x4E00 } || b.help.zh == b.help.en)
    }
    for stage in Stage.allCases { #expect(!stage.label.zh.isEmpty && stage.label.zh != stage.label.en) }
    for kind in ProductKind.allCases { #expect(!kind.name.zh.isEmpty) }
    for field in DebtForm.Field.allCases { #expect(field.label.zh != field.label.en) }
  }
}

@Suite("Portfolio changes")
struct PortfolioChangeTests {
  @Test("each change's inverse restores the portfolio exactly")
  func inverses() {
    let base = DemoPortfolio.make(today: GoldenScreenTests.today)
    var debt = base.debts[0]
    debt.name = "renamed"
    let changes: [PortfolioChange] = [
      .addDebt(base.debts[0]), .updateDebt(debt), .removeDebt(id: "d2"),
      .addPayment(Payment(id: "", debt: "d1", date: GoldenScreenTests.today, amount: 100)),
      .removePayment(id: "p1"),
    ]
    for change in changes {
      var p = base
      guard let inverse = change.apply(to: &p) else {
        Issue.record("\(change) did nothing")
        continue
      }
      #expect(p != base)
      inverse.apply(to: &p)
      #expect(Set(p.debts) == Set(base.debts), "\(change)")
      #expect(Set(p.payments) == Set(base.payments), "\(change)")
    }
  }
}
