import DebtCore
import TerminalUI

/// Everything the app shows and remembers while running: the user's data plus UI state.
/// A value: `update` changes it, views read it.
public struct AppState: Sendable {
  public enum MessageKind: Sendable { case info, success, error }

  public var portfolio: Portfolio {
    didSet { refreshDerived() }
  }
  /// Stages, the brief and the reminders depend on the settings (due-soon days, lead days):
  /// they are recomputed here whenever the settings change, as for the portfolio and the day.
  public var settings: Settings {
    didSet { if settings != oldValue { refreshDerived() } }
  }
  public var today: LocalDate {
    didSet { refreshDerived() }
  }
  public var language: Language {
    didSet { refreshVisibleDebts() }
  }

  public var screen: Screen = .today
  /// The debt whose detail is open over the current screen.
  public var detail: String?
  public var detailScroll = 0
  /// The debt whose case file is open (over the detail or the list).
  public var caseDebt: String?
  /// The guide step under the cursor in the case file.
  public var caseRow = 0
  /// The part of the case file in view (Tab moves), and how far its ladder, agreement and log
  /// pane is scrolled.
  public var caseSection: CaseSection = .guide
  public var caseScroll = 0
  /// The time of day now, minutes after midnight (set by the shell; the default time of a contact).
  public var nowMinute = 12 * 60
  /// The wall clock in local seconds (since 1970-01-01 00:00 local time), set by the shell before
  /// each key and each tick; nil without a clock (tests). The live-call card's timer reads it.
  public var clockSeconds: Int?
  public var form: DebtForm?
  /// What `debtdeck notify` has sent (read at start; Today says when the last notice went out).
  public var notifySent: NotifySentState?
  public var overlay: Overlay?
  /// The help's scroll, filter and the contexts it was opened from, while it is open.
  var help: HelpOverlay.Model?
  public var selection: [Screen: Int] = [:]
  /// The debts filter (`/`); `filterEditing` while it is being typed.
  public var filter = TextField(maximumLength: 60) {
    didSet { if filter.text != oldValue.text { refreshVisibleDebts() } }
  }
  public var filterEditing = false
  public var sortColumn = 0 {
    didSet { refreshVisibleDebts() }
  }
  public var sortAscending = true {
    didSet { refreshVisibleDebts() }
  }
  /// The Debts table's rows after the filter and the sort, kept up to date as they change (so a
  /// keypress does not sort a thousand debts again).
  public private(set) var visibleDebts: [Debt] = []
  public var calendarDate: LocalDate
  /// The Plan screen's monthly budget (nil: start from this month's minimums) and what-if switch.
  public var planBudget: Int64?
  public var planWhatIf = false
  /// The row selected on the Settings screen.
  public var settingsRow = 0
  /// The language the locale asks for, used when the settings say "follow the locale".
  public var localeLanguage: Language = .en
  public var message: (text: LocalizedText, kind: MessageKind)?
  /// Rows available for lists, set from the terminal size (for PgUp/PgDn).
  public var pageSize = 10
  /// Rows of the content area (for scrolling the debt detail to its end).
  public var contentHeight = 20
  /// Columns of the terminal (for wrapping long text the way it is drawn).
  public var contentWidth = 80

  /// Inverse changes, newest last.
  public var undoStack: [PortfolioChange] = []
  public var redoStack: [PortfolioChange] = []
  /// Set when the last save failed: the data is in memory only.
  public var saveError: String?
  /// A warning to show once at start (non-UTF-8 locale, key file problems).
  public var startupWarning: String?

  public private(set) var statuses: [String: DebtStatus] = [:]
  /// The true APR of each debt (nil when no rate fits its cash flows).
  public private(set) var trueAPRs: [String: TrueAPR] = [:]
  /// The day: the agenda (late debts, installments due within `dueSoonDays`) and the notices.
  public private(set) var brief: DailyBrief
  /// The day's open notices (the brief's).
  public var reminders: [Reminder] { brief.notices }

  /// - Parameter statuses: every debt's status on `today` when known already (from the brief
  ///   cache, for a first frame before the history is read); computed from `portfolio` otherwise.
  public init(
    portfolio: Portfolio, settings: Settings, today: LocalDate, language: Language,
    statuses: [String: DebtStatus]? = nil
  ) {
    self.portfolio = portfolio
    self.settings = settings
    self.today = today
    self.language = language
    self.calendarDate = today
    self.brief = DailyBrief(
      portfolio: portfolio, today: today, days: settings.dueSoonDays, settings: settings,
      statuses: statuses ?? [:])
    refreshDerived(statuses)
  }

  private mutating func refreshDerived(_ known: [String: DebtStatus]? = nil) {
    let statuses = known ?? portfolio.statuses(asOf: today, dueSoonDays: settings.dueSoonDays)
    self.statuses = statuses
    var aprs: [String: TrueAPR] = [:]
    for debt in portfolio.debts {
      if let schedule = statuses[debt.id]?.schedule, let apr = TrueAPR(debt: debt, schedule: schedule) {
        aprs[debt.id] = apr
      }
    }
    trueAPRs = aprs
    brief = DailyBrief(
      portfolio: portfolio, today: today, days: settings.dueSoonDays, settings: settings, statuses: statuses)
    rebuildSearchText()
    refreshVisibleDebts()
  }

  /// Today's list: overdue, then today's, then coming up — the brief's rows.
  public var todayRows: [DailyBrief.Row] { brief.rows }

  /// 0 overdue, 1 today, 2 coming up.
  public func todayGroup(_ index: Int) -> Int {
    if index < brief.overdueRows.count { return 0 }
    return index < brief.overdueRows.count + brief.todayRows.count ? 1 : 2
  }

  /// The row under the cursor on Today.
  public var selectedRow: DailyBrief.Row? {
    guard screen == .today, detail == nil else { return nil }
    let list = todayRows
    let i = selection[.today] ?? 0
    return list.indices.contains(i) ? list[i] : nil
  }

  /// The notice on the row under the cursor on Today.
  public var selectedReminder: Reminder? { selectedRow?.notice }

  public func t(_ text: LocalizedText) -> String { text(language) }

  /// The key table in force (the user's `keys.json` applied), so that messages name the keys
  /// the user has: set by `AppLogic.handle` with every key.
  public var keys: KeyMap = .standard

  /// The name of the first key of `action` where it is bound everywhere (e.g. `u` for undo).
  public func key(_ action: Action, in context: KeyContext = .global) -> String {
    keys.keys(for: action, in: context).first?.name ?? KeyMap.standard.keys(for: action, in: context).first?
      .name
      ?? action.rawValue
  }

  /// The open case, summarised for today.
  public var caseSummary: CaseSummary? {
    guard let id = caseDebt, let debt = portfolio.debt(id: id) else { return nil }
    return CaseSummary(
      debt: debt, payments: portfolio.payments(for: id), caseFile: portfolio.cases[id], today: today,
      dueSoonDays: settings.dueSoonDays, rules: settings.legalRules)
  }

  /// The letters the viewer offers for a debt: court letters once their court event is recorded.
  public func letterKinds(debtID: String) -> [LetterKind] {
    guard let debt = portfolio.debt(id: debtID) else { return LetterKind.available(for: .other) }
    return LetterKind.available(for: debt, caseFile: portfolio.cases[debtID], today: today)
  }

  /// A letter for the open case.
  public func letter(_ kind: LetterKind, debtID: String) -> Letter? {
    guard let debt = portfolio.debt(id: debtID), let status = statuses[debtID] else { return nil }
    let file = portfolio.caseFile(for: debtID)
    let offer = file.offer.flatMap {
      Offer.make(inputs: $0, debtID: debtID, portfolio: portfolio, statuses: statuses, today: today)
    }
    return LetterWriter(
      debt: debt, status: status, caseFile: file, offer: offer, today: today, language: language,
      rules: settings.legalRules
    )
    .letter(kind)
  }

  /// The planner's view of the portfolio today.
  public var planner: Planner { Planner(portfolio: portfolio, today: today) }

  /// The budget the Plan screen uses: the chosen one, or this month's minimums rounded up to ¥100.
  public func effectiveBudget(_ planner: Planner) -> Int64 {
    planBudget ?? ((planner.firstMonthMinimums + 9_999) / 10_000 * 10_000)
  }

  /// The what-if extra: +¥500 a month from the month three months ahead.
  public var whatIfExtra: PlanExtra { PlanExtra(month: 3, amount: 50_000, recurring: true) }

  // MARK: Derived lists

  /// Each debt's name, lender and kind, lowercased once, for the live filter.
  private var searchText: [String: [UInt8]] = [:]

  private mutating func refreshVisibleDebts() {
    if searchText.count != portfolio.debts.count || searchLanguage != language {
      rebuildSearchText()
    }
    visibleDebts = sortedFilteredDebts()
  }

  private var searchLanguage: Language?

  private mutating func rebuildSearchText() {
    var keys: [String: [UInt8]] = [:]
    for debt in portfolio.debts {
      keys[debt.id] = Array(
        (debt.name + "\n" + debt.lender + "\n" + debt.kind.name(language)).lowercased().utf8)
    }
    searchText = keys
    searchLanguage = language
  }

  /// The Debts table's rows after the filter and the sort.
  func sortedFilteredDebts() -> [Debt] {
    // UTF-8 bytes: a match of the bytes is a match of the text (UTF-8 is self-synchronising).
    let needle = Array(filter.text.lowercased().utf8)
    let rows = portfolio.debts.filter { debt in
      needle.isEmpty || (searchText[debt.id]?.contains(subsequence: needle) ?? false)
    }
    // One sort key per debt, taken once (not twice per comparison).
    enum Key: Comparable {
      case number(Double)
      case text(String)
    }
    let keyed = rows.map { debt -> (Debt, Key) in
      let s = statuses[debt.id]
      switch sortColumn {
      case 1: return (debt, .text(debt.lender))
      case 2: return (debt, .number(Double(s?.payoffAmount ?? 0)))
      case 3: return (debt, .number(Double(s?.nextPayment?.date.ordinal ?? Int.max)))
      case 4: return (debt, .number(Double(s?.stage.severity ?? 0)))
      case 5: return (debt, .number(trueAPRs[debt.id]?.simple ?? 0))
      default: return (debt, .text(debt.name))
      }
    }
    let sorted = keyed.sorted { a, b in
      if a.1 == b.1 { return a.0.id < b.0.id }
      return sortAscending ? a.1 < b.1 : b.1 < a.1
    }.map(\.0)
    // Archived debts go last.
    return sorted.filter { !$0.archived } + sorted.filter(\.archived)
  }

  /// How many rows the current list has.
  var listCount: Int {
    switch screen {
    case .today: return todayRows.count
    case .debts: return visibleDebts.count
    default: return 0
    }
  }

  /// The debt the cursor is on in the current screen (or the open detail).
  public var selectedDebt: Debt? {
    if let caseDebt { return portfolio.debt(id: caseDebt) }
    if let detail { return portfolio.debt(id: detail) }
    let index = selection[screen] ?? 0
    switch screen {
    case .today:
      return selectedRow?.debtID.flatMap { portfolio.debt(id: $0) }
    case .debts:
      let debts = visibleDebts
      return debts.indices.contains(index) ? debts[index] : nil
    default:
      return nil
    }
  }

  /// The key contexts in force, most specific first.
  public var keyContexts: [KeyContext] {
    switch overlay {
    case .help: return [.help]
    case .page: return [.page]
    case .pay, .snoozeUntil, .contact, .offer, .followUp, .agreement, .liveCall, .followThrough:
      return [.dialog]
    case .rehearsal: return [.rehearsal]
    case .letter: return [.letter]
    case .confirmDelete, .confirmArchive, .confirmDiscardForm: return [.confirm]
    case .quitUnsaved: return [.unsaved]
    case nil: break
    }
    if form != nil { return [.form] }
    if caseDebt != nil { return [.caseFile, .global] }
    if detail != nil { return [.detail, .global] }
    switch screen {
    case .today: return [.today, .list, .global]
    case .debts: return [.debts, .list, .global]
    case .calendar: return [.calendar, .global]
    case .plan: return [.plan, .global]
    case .settings: return [.settings, .global]
    case .dashboard: return [.global]
    }
  }
}

extension Array where Element == UInt8 {
  /// Whether `needle` occurs in these bytes.
  func contains(subsequence needle: [UInt8]) -> Bool {
    guard needle.count <= count else { return false }
    guard let first = needle.first else { return true }
    var i = 0
    let last = count - needle.count
    while i <= last {
      if self[i] == first {
        var j = 1
        while j < needle.count && self[i + j] == needle[j] { j += 1 }
        if j == needle.count { return true }
      }
      i += 1
    }
    return false
  }
}
