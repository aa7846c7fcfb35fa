/// One line of a contact log entry as `debtdeck case` / `log` and the case screen show it: what
/// it says in both languages, and what kind of fact it is (a view chooses indent and colour by
/// the kind, never what the line says).
public struct ContactLogLine: Hashable, Sendable {
  public enum Kind: Hashable, Sendable {
    /// id, date and time, who started it, channel, organisation, person, staff id, phone, call
    /// duration, and whether it corrects or was corrected.
    case head
    /// What was said.
    case summary
    case agreed
    /// A verbal agreement and where it stands (open, confirmed in writing, dropped).
    case verbal
    case promise
    /// The marks: threat, insult, impersonation, disclosure.
    case marks
    /// What the rules say about the contact (outside the hours, a third party …).
    case warning
    case evidence
    case filing
  }

  public let kind: Kind
  public let text: LocalizedText

  public init(_ kind: Kind, _ text: LocalizedText) {
    self.kind = kind
    self.text = text
  }
}

extension CaseFile {
  /// The lines of one entry of the contact log, in the order both the command line and the case
  /// screen show them. Text that came from the user is as typed: the view makes it terminal-safe.
  public func logLines(for e: ContactEntry, currency: Currency, rules: RuleBook) -> [ContactLogLine] {
    var out: [ContactLogLine] = []
    var en = "\(e.id) \(e.at) \(e.direction.label.en) · \(e.channel.label.en)"
    var zh = "\(e.id) \(e.at) \(e.direction.label.zh) · \(e.channel.label.zh)"
    for part in [e.organisation, e.person, e.staffID.isEmpty ? "" : "#" + e.staffID, e.phone]
    where !part.isEmpty {
      en += " · " + part
      zh += " · " + part
    }
    if let d = e.durationSeconds {
      let duration = CallDuration.text(d)
      en += " · " + duration.en
      zh += " · " + duration.zh
    }
    if correctedIDs.contains(e.id) {
      en += " (corrected later)"
      zh += "（已被更正）"
    }
    if let c = e.corrects {
      en += " (corrects \(c))"
      zh += "（更正 \(c)）"
    }
    out.append(ContactLogLine(.head, LocalizedText(en: en, zh: zh)))
    // What was said may run to several lines: a log line each, so no view shows a line break as ^J.
    for line in e.summary.split(separator: "\n", omittingEmptySubsequences: false) {
      out.append(ContactLogLine(.summary, LocalizedText(en: String(line), zh: String(line))))
    }
    if !e.agreed.isEmpty {
      out.append(ContactLogLine(.agreed, LocalizedText(en: "agreed: " + e.agreed, zh: "约定：" + e.agreed)))
    }
    if e.verbalAgreement { out.append(ContactLogLine(.verbal, verbalState(of: e))) }
    for p in e.promises {
      let amount = p.amount.map { " " + Money.format($0, currency) } ?? ""
      out.append(
        ContactLogLine(
          .promise,
          LocalizedText(
            en: "\(p.by == .me ? "I promised" : "they promised") \(p.due)\(amount) \(p.text)",
            zh: "\(p.by == .me ? "我承诺" : "对方承诺") \(p.due)\(amount) \(p.text)")))
    }
    if !e.flags.isEmpty {
      out.append(
        ContactLogLine(
          .marks,
          LocalizedText(
            en: "⚑ " + e.flags.map(\.label.en).joined(separator: ", "),
            zh: "⚑ " + e.flags.map(\.label.zh).joined(separator: "、"))))
    }
    for w in warnings(for: e).lines(rules) { out.append(ContactLogLine(.warning, w)) }
    for ev in e.evidence {
      let text = "📎 \(ev.path) sha256:\(ev.sha256.prefix(16))…"
      out.append(ContactLogLine(.evidence, LocalizedText(en: text, zh: text)))
    }
    if let f = e.filing {
      let due = f.replyDue(after: e.at.date)
      out.append(
        ContactLogLine(
          .filing,
          LocalizedText(en: "filed: \(f.label.en), reply due \(due)", zh: "已提交：\(f.label.zh)，答复期限 \(due)")))
    }
    return out
  }

  /// Where a verbal agreement made in `e` stands.
  func verbalState(of e: ContactEntry) -> LocalizedText {
    switch verbalResolutions[e.id] {
    case let r? where r.state == .confirmed:
      return LocalizedText(
        en: "verbal agreement — confirmed in writing on \(r.on)\(r.by.map { " (\($0))" } ?? "")",
        zh: "口头约定 — 已于 \(r.on) 书面确认\(r.by.map { "（\($0)）" } ?? "")")
    case let r?:
      return LocalizedText(en: "verbal agreement — dropped on \(r.on)", zh: "口头约定 — 已于 \(r.on) 放弃")
    case nil:
      return openVerbalAgreements.contains { $0.id == e.id }
        ? LocalizedText(en: "verbal agreement — ask for it in writing", zh: "口头约定——请对方书面确认")
        : LocalizedText(en: "verbal agreement — confirmed by a written agreement", zh: "口头约定 — 已有书面协议")
    }
  }
}
