import DebtCore
import TerminalUI

/// The add/edit form for a debt: every field of the model, defaults by product kind, and
/// validation messages per field.
public struct DebtForm: Hashable, Sendable {
  public enum Field: Int, CaseIterable, Sendable {
    case name, lender, kind, principal, rate, basis, method, term, start, dueDay, statementDay, grace
    case penalty, compound, dayCount, lateFee, minimumPercent, upfrontFee, currency, reports, notes

    var label: LocalizedText {
      switch self {
      case .name: return LocalizedText(en: "Name", zh: "名称")
      case .lender: return LocalizedText(en: "Lender", zh: "机构")
      case .kind: return LocalizedText(en: "Kind", zh: "类型")
      case .principal: return LocalizedText(en: "Principal", zh: "本金")
      case .rate: return LocalizedText(en: "Rate %", zh: "利率 %")
      case .basis: return LocalizedText(en: "Rate basis", zh: "计息方式")
      case .method: return LocalizedText(en: "Repayment", zh: "还款方式")
      case .term: return LocalizedText(en: "Term (months)", zh: "期数（月）")
      case .start: return LocalizedText(en: "Start date", zh: "放款日")
      case .dueDay: return LocalizedText(en: "Due day", zh: "每月还款日")
      case .grace: return LocalizedText(en: "Grace days", zh: "宽限天数")
      case .penalty: return LocalizedText(en: "Penalty ×", zh: "罚息倍数")
      case .upfrontFee: return LocalizedText(en: "Upfront fee", zh: "前期费用")
      case .currency: return LocalizedText(en: "Currency", zh: "币种")
      case .statementDay: return LocalizedText(en: "Statement day", zh: "账单日")
      case .compound: return LocalizedText(en: "Compounding", zh: "罚息复利")
      case .dayCount: return LocalizedText(en: "Interest by", zh: "计息天数")
      case .lateFee: return LocalizedText(en: "Late fee %", zh: "违约金 %")
      case .minimumPercent: return LocalizedText(en: "Minimum %", zh: "最低还款 %")
      case .reports: return LocalizedText(en: "Credit bureau", zh: "上征信")
      case .notes: return LocalizedText(en: "Notes", zh: "备注")
      }
    }

    var isChoice: Bool { [.kind, .currency, .basis, .method, .compound, .dayCount, .reports].contains(self) }
  }

  /// The id of the debt being edited; nil for a new one.
  public let editing: String?
  public var focus: Field = .name
  public private(set) var texts: [Field: TextField] = [:]
  /// The notes: text of several lines.
  public private(set) var notes = TextArea(maximumLength: 2000)
  public private(set) var kind: ProductKind
  public private(set) var basis: RateBasis
  public private(set) var method: RepaymentMethod
  public private(set) var reports: Bool
  public private(set) var currency: Currency
  public private(set) var compound: Bool
  public private(set) var dayCount: DayCount
  public var errors: [Field: LocalizedText] = [:]
  /// The rate that was questioned as looking mistyped: submitting it again keeps it.
  public var questionedRate: Rate?
  public private(set) var isDirty = false
  private var original: Debt?

  public init(today: LocalDate, currency: Currency = .cny) {
    editing = nil
    self.currency = currency
    compound = false
    kind = .jiebei
    basis = ProductKind.jiebei.typicalRateBasis
    dayCount = DayCount.typical(for: ProductKind.jiebei.typicalRateBasis)
    method = ProductKind.jiebei.typicalMethod
    reports = true
    texts = [
      .name: TextField(), .lender: TextField(), .principal: TextField(maximumLength: 24),
      .rate: TextField(maximumLength: 14), .term: TextField("12", maximumLength: 3),
      .start: TextField(today.description, maximumLength: 12),
      .dueDay: TextField(String(today.day), maximumLength: 2),
      .grace: TextField(String(ProductKind.jiebei.typicalGraceDays), maximumLength: 2),
      .penalty: TextField("1.5", maximumLength: 4), .upfrontFee: TextField("0", maximumLength: 24),
      .statementDay: TextField(maximumLength: 2),
      .lateFee: TextField("0", maximumLength: 2), .minimumPercent: TextField("10", maximumLength: 3),
    ]
  }

  public init(editing debt: Debt) {
    editing = debt.id
    original = debt
    kind = debt.kind
    basis = debt.rate.basis
    method = debt.method
    reports = debt.reportsToCreditBureau
    currency = debt.currency
    compound = debt.compoundPenalty
    dayCount = debt.dayCount
    notes = TextArea(debt.notes, maximumLength: 2000)
    texts = [
      .name: TextField(debt.name), .lender: TextField(debt.lender),
      .principal: TextField(Money.plain(debt.principal, debt.currency), maximumLength: 24),
      .rate: TextField(debt.rate.percentText, maximumLength: 14),
      .term: TextField(String(debt.termMonths), maximumLength: 3),
      .start: TextField(debt.startDate.description, maximumLength: 12),
      .dueDay: TextField(String(debt.dueDay), maximumLength: 2),
      .grace: TextField(String(debt.graceDays), maximumLength: 2),
      .penalty: TextField(String(debt.penaltyMultiplier), maximumLength: 4),
      .upfrontFee: TextField(Money.plain(debt.upfrontFee, debt.currency), maximumLength: 24),
      .statementDay: TextField(debt.statementDay.map(String.init) ?? "", maximumLength: 2),
      .lateFee: TextField(String(debt.lateFeePercent), maximumLength: 2),
      .minimumPercent: TextField(String(debt.minimumPercent), maximumLength: 3),
    ]
  }

  public func text(_ field: Field) -> TextField { texts[field] ?? TextField() }

  public mutating func move(by step: Int) {
    let all = Field.allCases
    let i = (focus.rawValue + step + all.count) % all.count
    focus = all[i]
  }

  /// Cycles the focused choice field (kind, basis, method, credit bureau).
  public mutating func cycleChoice(by step: Int) {
    isDirty = true
    func next<T: CaseIterable & Equatable>(_ value: T) -> T {
      let all = Array(T.allCases)
      let i = all.firstIndex(of: value) ?? 0
      return all[(i + step + all.count) % all.count]
    }
    switch focus {
    case .kind:
      kind = next(kind)
      if editing == nil {
        // A new debt follows the kind's customs until the user says otherwise.
        basis = kind.typicalRateBasis
        method = kind.typicalMethod
        reports = kind.usuallyReportsToCreditBureau
        texts[.grace]?.set(String(kind.typicalGraceDays))
        texts[.penalty]?.set(String(kind.typicalPenaltyMultiplier))
        dayCount = DayCount.typical(for: basis)
        if method == .revolving { texts[.term]?.set("1") }
      }
    case .basis:
      basis = next(basis)
      if basis == .flatMonthly { method = .flatFee } else if method == .flatFee { method = .equalInstallment }
      if editing == nil { dayCount = DayCount.typical(for: basis) }
    case .method:
      method = next(method)
      if method == .flatFee { basis = .flatMonthly } else if basis == .flatMonthly { basis = .monthly }
    case .reports: reports.toggle()
    case .compound: compound.toggle()
    case .dayCount: dayCount = next(dayCount)
    case .currency:
      let all = ["CNY", "USD", "EUR", "HKD", "GBP", "JPY"].compactMap { Currency(code: $0) }
      let i = all.firstIndex(of: currency) ?? 0
      currency = all[(i + step + all.count) % all.count]
    default: break
    }
    errors = [:]
  }

  /// Sends an editing key to the focused text field; false when the key is not for it. The notes
  /// wrap at `areaWidth` columns (for ↑↓ by display line).
  public mutating func edit(_ key: Key, areaWidth: Int = 40) -> Bool {
    if focus == .notes {
      guard notes.handle(key, width: areaWidth) else { return false }
      noteEdited()
      return true
    }
    if focus.isChoice {
      switch key {
      case .left: cycleChoice(by: -1)
      case .right, .character(" "): cycleChoice(by: 1)
      default: return false
      }
      return true
    }
    guard var field = texts[focus], field.handle(key) else { return false }
    texts[focus] = field
    isDirty = true
    errors[focus] = nil
    return true
  }

  /// Changes the notes (a new line, the text back from the editor).
  public mutating func editNotes(_ change: (inout TextArea) -> Void) {
    change(&notes)
    noteEdited()
  }

  /// Replaces the focused one-line field (with the text back from the editor).
  public mutating func replaceText(_ field: TextField) {
    guard texts[focus] != nil else { return }
    texts[focus] = field
    isDirty = true
    errors[focus] = nil
  }

  private mutating func noteEdited() {
    isDirty = true
    errors[.notes] = notes.dropped > 0 ? TextAreaField.cutMessage(notes) : nil
  }

  public func choiceText(_ field: Field, _ language: Language) -> String {
    switch field {
    case .kind: return kind.name(language)
    case .basis: return DebtForm.basisName(basis)(language)
    case .method: return method.name(language)
    case .reports:
      return
        (reports ? LocalizedText(en: "reports", zh: "上报") : LocalizedText(en: "does not report", zh: "不上报"))(
          language)
    case .currency: return currency.code
    case .compound:
      return (compound ? LocalizedText(en: "yes", zh: "是") : LocalizedText(en: "no (simple)", zh: "否（单利）"))(
        language)
    case .dayCount:
      return
        (dayCount == .actual
        ? LocalizedText(en: "actual days (check contract)", zh: "按实际天数（以合同为准）")
        : LocalizedText(en: "whole months (check contract)", zh: "按月（以合同为准）"))(language)
    default: return ""
    }
  }

  static func basisName(_ b: RateBasis) -> LocalizedText {
    switch b {
    case .daily: return LocalizedText(en: "per day", zh: "日利率")
    case .monthly: return LocalizedText(en: "per month", zh: "月利率")
    case .flatMonthly: return LocalizedText(en: "flat monthly fee", zh: "月手续费率")
    case .apr: return LocalizedText(en: "per year (APR)", zh: "年化利率")
    }
  }

  /// The debt the fields describe, or the problems per field.
  public func build(currency: Currency) -> (debt: Debt?, errors: [Field: LocalizedText]) {
    var errors: [Field: LocalizedText] = [:]
    func value(_ f: Field) -> String { text(f).text }
    func int(_ f: Field, _ range: ClosedRange<Int>, _ en: String, _ zh: String) -> Int {
      guard let v = Int(value(f).trimmingCharacters(in: " ")), range.contains(v) else {
        errors[f] = LocalizedText(en: en, zh: zh)
        return range.lowerBound
      }
      return v
    }
    func amount(_ f: Field) -> Int64 {
      do {
        return try AmountParser.parse(value(f), minorDigits: currency.minorDigits)
      } catch {
        errors[f] = LocalizedText(en: error.description, zh: "金额无效：请输入如 1234.50 的数字")
        return 0
      }
    }
    let principal = amount(.principal)
    let statementText = value(.statementDay).trimmingCharacters(in: " ")
    let statementDay =
      statementText.isEmpty ? nil : int(.statementDay, 1...31, "a day from 1 to 31", "1 至 31 日")
    let lateFee = int(.lateFee, 0...50, "0 to 50 (%)", "0 至 50（%）")
    let minimum = int(.minimumPercent, 1...100, "1 to 100 (%)", "1 至 100（%）")
    let fee = value(.upfrontFee).isEmpty ? 0 : amount(.upfrontFee)
    var rate = Rate(basis: basis, scaled: 0)
    do {
      rate = try Rate(basis: basis, percent: value(.rate))
    } catch {
      errors[.rate] = LocalizedText(en: error.reason, zh: "利率无效：请输入百分数，如 0.05 或 18.25")
    }
    let term = int(.term, 1...600, "1 to 600 months", "1 至 600 个月")
    let dueDay = int(.dueDay, 1...31, "a day from 1 to 31", "1 至 31 日")
    let grace = int(.grace, 0...90, "0 to 90 days", "0 至 90 天")
    var start = LocalDate(ordinal: 0)
    do {
      start = try LocalDate(lenient: value(.start))
    } catch {
      errors[.start] = LocalizedText(en: error.reason, zh: "日期无效，例如 2026-03-05")
    }
    let multiplier = Double(value(.penalty).trimmingCharacters(in: " ")) ?? 0
    if !(1...5).contains(multiplier) {
      errors[.penalty] = LocalizedText(en: "1 to 5, e.g. 1.5", zh: "1 至 5，例如 1.5")
    }
    let debt = Debt(
      id: editing ?? "", name: value(.name).trimmingCharacters(in: " "),
      lender: value(.lender).trimmingCharacters(in: " "), kind: kind,
      currency: self.currency, principal: principal, rate: rate, upfrontFee: fee,
      method: method, termMonths: term, startDate: start, dueDay: dueDay,
      statementDay: statementDay, graceDays: grace, penaltyMultiplier: multiplier, compoundPenalty: compound,
      reportsToCreditBureau: reports, minimumPercent: minimum, lateFeePercent: lateFee,
      allocationOrder: original?.allocationOrder ?? Debt.defaultAllocationOrder, notes: notes.text,
      archived: original?.archived ?? false, dayCount: dayCount)
    for problem in debt.problems() {
      let field: Field? = [
        "name": .name, "lender": .lender, "principal": .principal, "upfrontFee": .upfrontFee, "rate": .rate,
        "termMonths": .term, "dueDay": .dueDay, "graceDays": .grace, "penaltyMultiplier": .penalty,
      ][problem.field]
      if let field, errors[field] == nil { errors[field] = problem.message }
    }
    return (errors.isEmpty ? debt : nil, errors)
  }
}

extension String {
  func trimmingCharacters(in set: Character) -> String {
    var s = Substring(self)
    while s.first == set || s.first == "\u{3000}" { s = s.dropFirst() }
    while s.last == set || s.last == "\u{3000}" { s = s.dropLast() }
    return String(s)
  }
}
