/// A plan negotiated with the lender: what was agreed, how it was confirmed, and its schedule.
public struct Agreement: Hashable, Sendable, Codable, Identifiable {
  public enum Kind: String, Codable, Sendable, CaseIterable {
    case installments
    case extension_ = "extension"
    case partialPayment = "partial-payment"
    case penaltyWaiver = "penalty-waiver"
    case other

    public var label: LocalizedText {
      switch self {
      case .installments: return LocalizedText(en: "installment plan", zh: "分期还款")
      case .extension_: return LocalizedText(en: "extension", zh: "延期还款")
      case .partialPayment: return LocalizedText(en: "partial payment", zh: "部分还款")
      case .penaltyWaiver: return LocalizedText(en: "penalty waiver", zh: "减免罚息")
      case .other: return LocalizedText(en: "other", zh: "其他")
      }
    }
  }

  /// How the lender confirmed it. `proposed`: not yet confirmed — the debt is "negotiating".
  public enum Confirmation: String, Codable, Sendable, CaseIterable {
    case writing
    case recordedCall = "recorded-call"
    case oral
    case proposed

    public var label: LocalizedText {
      switch self {
      case .writing: return LocalizedText(en: "in writing", zh: "书面确认")
      case .recordedCall: return LocalizedText(en: "recorded call", zh: "电话录音")
      case .oral: return LocalizedText(en: "oral only — get it in writing", zh: "仅口头 — 请争取书面确认")
      case .proposed: return LocalizedText(en: "proposed, not yet confirmed", zh: "已提出，尚未确认")
      }
    }
  }

  /// One payment of the agreed schedule.
  public struct Payment: Hashable, Sendable, Codable {
    public var date: LocalDate
    public var amount: Int64
    public init(date: LocalDate, amount: Int64) {
      self.date = date
      self.amount = amount
    }
  }

  /// `a1`, `a2`, … within the case file; set when appended.
  public internal(set) var id: String
  public var madeOn: LocalDate
  public var kind: Kind
  public var confirmed: Confirmation
  public var summary: String
  public var schedule: [Payment]
  /// Paying the whole schedule settles the debt (true for a full installment plan or extension).
  public var settlesDebt: Bool

  public init(
    madeOn: LocalDate, kind: Kind, confirmed: Confirmation, summary: String = "", schedule: [Payment] = [],
    settlesDebt: Bool? = nil
  ) {
    self.id = ""
    self.madeOn = madeOn
    self.kind = kind
    self.confirmed = confirmed
    self.summary = summary
    self.schedule = schedule.sorted { $0.date < $1.date }
    self.settlesDebt = settlesDebt ?? [.installments, .extension_].contains(kind)
  }

  public var total: Int64 { schedule.reduce(0) { $0 + $1.amount } }
}

/// Where an agreement stands on a day, from the payments made since it was agreed.
public struct AgreementProgress: Hashable, Sendable {
  public let paid: Int64
  /// Agreed payments due on or before the day and not covered (0: on track).
  public let behind: Int64
  /// The first agreed payment not fully covered.
  public let next: Agreement.Payment?
  /// The due date of the earliest agreed payment that is late, if any.
  public let missedSince: LocalDate?
  public let complete: Bool

  public init(_ agreement: Agreement, payments: [Payment], today: LocalDate) {
    let paid =
      payments.lazy.filter { $0.date >= agreement.madeOn && $0.date <= today }.reduce(Int64(0)) {
        $0 + $1.amount
      }
    self.paid = paid
    var cumulative: Int64 = 0
    var next: Agreement.Payment?
    var missed: LocalDate?
    var dueByToday: Int64 = 0
    for p in agreement.schedule {
      cumulative += p.amount
      if p.date <= today { dueByToday = cumulative }
      if cumulative > paid {
        if next == nil { next = p }
        if missed == nil && p.date < today { missed = p.date }
      }
    }
    self.behind = max(0, dueByToday - paid)
    self.next = next
    self.missedSince = missed
    self.complete = !agreement.schedule.isEmpty && paid >= cumulative
  }

  public var isBroken: Bool { missedSince != nil }
}
