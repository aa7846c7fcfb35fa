import DebtCore
import TerminalUI

@testable import DebtDeckUI

/// The golden matrix's scenes: every screen, every dialog, the help, the pages and the forms,
/// each reached the way a user reaches it — by actions (`AppLogic.perform`) on a state built from
/// data, never by building an overlay or pressing a key letter, so a change of key letters or of
/// a dialog's type leaves the scenes as they are. Text typed into a field comes as a paste.
struct MatrixScene: Sendable {
  let name: String
  /// Empty data instead of the long Chinese portfolio.
  var empty = false
  let steps: @Sendable (inout Driver) -> Void

  /// Drives one state through actions.
  struct Driver {
    var state: AppState

    mutating func perform(_ actions: Action...) {
      for action in actions { _ = AppLogic.perform(action, state: &state) }
    }

    mutating func perform(_ action: Action, times: Int) {
      for _ in 0..<times { _ = AppLogic.perform(action, state: &state) }
    }

    /// A key that only moves (End, PgDn): for the help, which scrolls by keys, not actions.
    mutating func press(_ key: Key) {
      _ = AppLogic.handle(key, state: &state, keyMap: .standard)
    }

    /// Text into the field in focus, as a terminal delivers a paste.
    mutating func paste(_ text: String) {
      _ = AppLogic.handle(.paste(text), state: &state, keyMap: .standard)
    }

    /// Shows `screen` and moves the cursor down to the first debt that matches.
    mutating func select(_ show: Action, _ matches: (Debt) -> Bool) {
      perform(show, .moveFirst)
      for _ in 0..<20 where !(state.selectedDebt.map(matches) ?? false) { perform(.moveDown) }
    }

    /// The debts screen with the cursor on the first debt of `kind`.
    mutating func debt(_ kind: ProductKind) { select(.showDebts) { $0.kind == kind } }

    /// The case of the first debt of `kind`.
    mutating func openCase(_ kind: ProductKind) {
      debt(kind)
      perform(.openCase)
    }
  }

  /// The base state: the matrix data (or none), the size the shell would set, a fixed clock.
  static func base(_ language: Language, width: Int, height: Int, empty: Bool) -> AppState {
    var s = AppState(
      portfolio: empty ? Portfolio() : MatrixPortfolio.make(), settings: Settings(),
      today: MatrixPortfolio.today, language: language)
    s.contentWidth = width
    s.contentHeight = height - 4
    s.pageSize = AppView.pageSize(height: height)
    s.nowMinute = 14 * 60 + 5
    s.clockSeconds = 20_415 * 86_400 + 14 * 3600 + 5 * 60
    return s
  }

  func state(_ language: Language, width: Int, height: Int) -> AppState {
    var driver = Driver(state: MatrixScene.base(language, width: width, height: height, empty: empty))
    steps(&driver)
    return driver.state
  }

  static let all: [MatrixScene] = screens + cases + calls + dialogs + forms + empties

  static let screens: [MatrixScene] = [
    .init(name: "today") { $0.perform(.showToday) },
    .init(name: "dashboard") { $0.perform(.showDashboard) },
    .init(name: "debts") { $0.perform(.showDebts) },
    .init(name: "calendar") { $0.perform(.showCalendar) },
    .init(name: "plan") { $0.perform(.showPlan) },
    .init(name: "settings") { $0.perform(.showSettings) },
    .init(name: "detail-card") {
      $0.debt(.creditCard)
      $0.perform(.open)
    },
    .init(name: "detail-card-end") {
      $0.debt(.creditCard)
      $0.perform(.open, .moveLast)
    },
    .init(name: "detail-private") {
      $0.debt(.privateLoan)
      $0.perform(.open)
    },
    .init(name: "help") { $0.perform(.showToday, .help) },
    .init(name: "help-end") {
      $0.perform(.showToday, .help)
      $0.press(.end)
    },
    .init(name: "door") { $0.perform(.showToday, .door) },
  ]

  static let cases: [MatrixScene] = [
    .init(name: "case-guide") { $0.openCase(.jiebei) },
    .init(name: "case-ladder") {
      $0.openCase(.jiebei)
      $0.perform(.nextSection)
    },
    .init(name: "case-agreement") {
      $0.openCase(.jiebei)
      $0.perform(.nextSection, times: 2)
    },
    .init(name: "case-log") {
      $0.openCase(.jiebei)
      $0.perform(.nextSection, times: 3)
    },
    .init(name: "case-in-force") {
      $0.openCase(.weilidai)
      $0.perform(.nextSection, times: 2)
    },
    .init(name: "letter") {
      $0.openCase(.jiebei)
      $0.perform(.draftLetter)
    },
    .init(name: "letter-card") {
      $0.openCase(.creditCard)
      $0.perform(.draftLetter)
    },
    .init(name: "letter-next") {
      $0.openCase(.jiebei)
      $0.perform(.draftLetter, .nextLetter)
    },
  ]

  static let calls: [MatrixScene] = [
    .init(name: "rehearsal") {
      $0.openCase(.jiebei)
      $0.perform(.rehearse)
    },
    .init(name: "rehearsal-end") {
      $0.openCase(.jiebei)
      $0.perform(.rehearse, .moveLast)
    },
    .init(name: "live-call") {
      $0.openCase(.jiebei)
      $0.perform(.liveCall)
    },
    .init(name: "live-call-notes") {
      $0.openCase(.jiebei)
      $0.perform(.liveCall)
      liveCallNotes(&$0)
    },
    .init(name: "follow-through") {
      $0.openCase(.jiebei)
      $0.perform(.liveCall)
      liveCallNotes(&$0)
      $0.perform(.submit)
    },
    .init(name: "follow-up") {
      $0.openCase(.jiebei)
      $0.perform(.liveCall)
      liveCallNotes(&$0)
      // The next steps: the confirmation letter, then the follow-up call.
      $0.perform(.submit, .nextField, .submit)
    },
  ]

  /// On the live-call card: what they said and what was agreed, long and in Chinese. The card's
  /// fields: who started it, organisation, person, staff number, phone, what they said, agreed.
  static func liveCallNotes(_ d: inout Driver) {
    d.perform(.nextField, times: 5)
    d.paste("催收员说公司可以减免一部分罚息，但要求我在三天之内先还两千元，否则就转交给外包催收公司，并且会打电话给我的紧急联系人。")
    d.perform(.nextField)
    d.paste("每月还九百元，分二十二期还清，对方答应三个工作日内发短信确认。")
  }

  static let dialogs: [MatrixScene] = [
    .init(name: "pay") { $0.perform(.showToday, .moveFirst, .pay) },
    .init(name: "snooze-until") {
      $0.perform(.showToday, .moveFirst)
      for _ in 0..<20 where $0.state.selectedReminder == nil { $0.perform(.moveDown) }
      $0.perform(.snoozeUntil)
    },
    .init(name: "contact") {
      $0.openCase(.jiebei)
      $0.perform(.recordContact)
    },
    .init(name: "contact-last") {
      $0.openCase(.jiebei)
      $0.perform(.recordContact, .previousField)
    },
    .init(name: "agreement") {
      $0.openCase(.jiebei)
      $0.perform(.recordAgreement)
    },
    .init(name: "offer") {
      $0.openCase(.jiebei)
      $0.perform(.offerCalculator)
    },
    .init(name: "confirm-delete") {
      $0.debt(.creditCard)
      $0.perform(.delete)
    },
    .init(name: "confirm-archive") {
      $0.debt(.creditCard)
      $0.perform(.archive)
    },
    .init(name: "unsaved-quit") {
      $0.state.saveError = "No space left on device (errno 28) writing portfolio.json"
      $0.perform(.showToday, .quit)
    },
  ]

  static let forms: [MatrixScene] = [
    .init(name: "form") { $0.perform(.showDebts, .add) },
    .init(name: "form-last") { $0.perform(.showDebts, .add, .previousField) },
    .init(name: "form-edit") {
      $0.debt(.creditCard)
      $0.perform(.edit)
    },
    .init(name: "form-edit-last") {
      $0.debt(.creditCard)
      $0.perform(.edit, .previousField)
    },
    .init(name: "form-errors") {
      $0.perform(.showDebts, .add)
      $0.paste("表哥王小明的第二笔借款（装修房子和买家具）")
      $0.perform(.submit)
    },
    .init(name: "form-discard") {
      $0.perform(.showDebts, .add)
      $0.paste("表哥王小明的第二笔借款（装修房子和买家具）")
      $0.perform(.cancel)
    },
  ]

  static let empties: [MatrixScene] = [
    .init(name: "empty-today", empty: true) { $0.perform(.showToday) },
    .init(name: "empty-dashboard", empty: true) { $0.perform(.showDashboard) },
    .init(name: "empty-debts", empty: true) { $0.perform(.showDebts) },
    .init(name: "empty-calendar", empty: true) { $0.perform(.showCalendar) },
    .init(name: "empty-plan", empty: true) { $0.perform(.showPlan) },
    .init(name: "empty-pay", empty: true) { $0.perform(.showToday, .pay) },
  ]
}
