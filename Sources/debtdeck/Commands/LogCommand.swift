import ArgumentParser
import DebtCore
import DebtStore
import Foundation
import TerminalUI

extension ContactChannel: ExpressibleByArgument {
  public init?(argument: String) {
    let a = argument.lowercased()
    if let c = ContactChannel(rawValue: a) {
      self = c
      return
    }
    let names: [String: ContactChannel] = [
      "电话": .call, "phone": .call, "短信": .sms, "text": .sms, "邮件": .email, "e-mail": .email, "信件": .letter,
      "上门": .visit, "微信": .wechat, "其他": .other,
    ]
    guard let c = names[a] else { return nil }
    self = c
  }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension ContactDirection: ExpressibleByArgument {
  public init?(argument: String) {
    switch argument.lowercased() {
    case "them", "in", "inbound", "对方": self = .inbound
    case "me", "out", "outbound", "我": self = .outbound
    default: return nil
    }
  }
  public static var allValueStrings: [String] { ["them", "me"] }
}

extension ContactFlag: ExpressibleByArgument {
  public static var allValueStrings: [String] {
    allCases.filter { !ContactFlag.automatic.contains($0) }.map(\.rawValue)
  }
}

extension Filing: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

struct LogCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "log",
    abstract: HelpText.abstract(
      en: "Record a contact with a lender or collector, or show the contact log.",
      zh: "记录与放贷方或催收方的一次联系，或查看联系记录。"),
    discussion: HelpText.discussion(
      en: """
        The log is append-only: entries are never edited or deleted; a correction is a new entry \
        with --corrects. Contact from them in the quiet hours (default 22:00–08:00), beyond the \
        day's call limit (default 6), with a third party, or at the door is flagged by itself. \
        Without --summary it prints the debt's log. Example:
          debtdeck log 借呗 --channel call --summary \"催收来电，要求三天内还清\" \\
            --person 王 --staff 1024 --promise \"2026-12-01 1500 先还一部分\"
        """,
      zh: """
        联系记录只能追加：记录永不修改或删除；更正是用 --corrects 新增一条。对方在休息时段（默认\
         22:00–08:00）联系、超过每日通话上限（默认 6 次）、联系第三方或上门，都会自动标记。不带 \
        --summary 时显示该债务的联系记录。例如：
          debtdeck log 借呗 --channel call --summary \"催收来电，要求三天内还清\" \\
            --person 王 --staff 1024 --promise \"2026-12-01 1500 先还一部分\"
        """))

  @OptionGroup var common: CommonOptions
  @Argument(help: HelpText.option(en: "The debt: its id (d1) or a unique name.", zh: "债务：编号（d1）或不重复的名称。"))
  var debt: String
  @Option(
    help: HelpText.option(
      en: "How: call, sms, app, email, letter, visit, wechat, other.",
      zh: "方式：call（电话）、sms（短信）、app、email（邮件）、letter（信件）、visit（上门）、wechat（微信）、other（其他）。")) var channel:
    ContactChannel?
  @Option(help: HelpText.option(en: "What was said, in a sentence or two.", zh: "对方说了什么，一两句话。")) var summary:
    String?
  @Option(
    help: HelpText.option(
      en: "When, e.g. \"2026-11-23 21:40\" (default: now).", zh: "时间，例如 “2026-11-23 21:40”（默认：现在）。")) var at:
    String?
  @Option(help: HelpText.option(en: "Who started it: them (default) or me.", zh: "谁先联系的：them（对方，默认）或 me（我）。"))
  var from: ContactDirection = .inbound
  @Option(help: HelpText.option(en: "Organisation (the lender, an agency).", zh: "机构（出借方、催收公司）。")) var org:
    String = ""
  @Option(help: HelpText.option(en: "The person's name.", zh: "对方的姓名。")) var person: String = ""
  @Option(help: HelpText.option(en: "Their staff number.", zh: "对方的工号。")) var staff: String = ""
  @Option(help: HelpText.option(en: "The phone number used.", zh: "使用的电话号码。")) var phone: String = ""
  @Option(help: HelpText.option(en: "What was agreed.", zh: "约定了什么。")) var agreed: String = ""
  @Option(
    help: HelpText.option(
      en: "A promise to pay I made: \"DATE AMOUNT [what]\", e.g. \"2026-12-01 1500\". Repeatable.",
      zh: "我做出的还款承诺：“日期 金额 [内容]”，例如 “2026-12-01 1500”。可重复。"))
  var promise: [String] = []
  @Option(
    help: HelpText.option(
      en: "A promise they made: \"DATE what\", e.g. \"2026-11-30 send the plan in writing\". Repeatable.",
      zh: "对方做出的承诺：“日期 内容”，例如 “2026-11-30 书面发来方案”。可重复。"))
  var theirPromise: [String] = []
  @Flag(
    help: HelpText.option(
      en: "They contacted someone else about my debt (family, employer, contacts).",
      zh: "对方就我的债务联系了别人（家人、单位、通讯录里的人）。")) var thirdParty =
    false
  @Option(
    help: HelpText.option(
      en: "Mark it: threat, insult, impersonation, disclosure. Repeatable.",
      zh: "标记：threat（威胁）、insult（辱骂）、impersonation（冒充）、disclosure（泄露）。可重复。")) var flag: [ContactFlag] =
      []
  @Option(
    help: HelpText.option(
      en: "A file kept as evidence (recording, screenshot); its SHA-256 is stored. Repeatable.",
      zh: "留作证据的文件（录音、截图）；会保存它的 SHA-256。可重复。"))
  var evidence: [String] = []
  @Option(
    help: HelpText.option(en: "The id of an earlier entry this one corrects (c3).", zh: "这一条所更正的较早记录的编号（c3）。")
  ) var corrects: String?
  @Option(
    help: HelpText.option(
      en: "This contact files a complaint or credit-objection: the reply deadline becomes a reminder.",
      zh: "这次联系提出了投诉或征信异议：答复期限会成为提醒。"))
  var filing: Filing?
  @Option(
    help: HelpText.option(
      en: "How long the call lasted: 12m, 90s, 1h05m or 12:30 (minutes:seconds).",
      zh: "通话时长：12m、90s、1h05m 或 12:30（分:秒）。")) var duration: String?
  @Option(
    help: HelpText.option(
      en: "What was agreed by word of mouth: kept in `today` until it is confirmed in writing or dropped.",
      zh: "口头约定的内容：会一直显示在 `today` 中，直到书面确认或放弃。"))
  var verbalAgreement: String?
  @Flag(
    help: HelpText.option(
      en: "The debt's open verbal agreements are now confirmed in writing (with --summary, by this entry).",
      zh: "这笔债务尚未确认的口头约定现已书面确认（与 --summary 一起用时，由这一条确认）。"))
  var confirmVerbal = false
  @Flag(
    help: HelpText.option(
      en: "Drop the debt's open verbal agreements (they fell through).", zh: "放弃这笔债务尚未确认的口头约定（没谈成）。"))
  var dropVerbal = false
  @Flag(help: HelpText.option(en: "Print JSON.", zh: "输出 JSON。")) var json = false

  func run() throws {
    let context = try AppContext(common)
    if confirmVerbal && dropVerbal {
      throw CLIError.usage(
        en: "--confirm-verbal, --drop-verbal: choose one", zh: "--confirm-verbal、--drop-verbal：只能选一个")
    }
    if summary == nil && (confirmVerbal || dropVerbal) {
      guard channel == nil, verbalAgreement == nil, duration == nil else {
        throw CLIError.usage(
          en: "--summary: say in a sentence what was said (required to record a contact)",
          zh: "--summary：请用一句话写下对方说了什么（记录联系时必填）")
      }
      try resolveVerbal(context, by: nil)
      return
    }
    guard let summary else {
      if channel != nil || !promise.isEmpty || !evidence.isEmpty || duration != nil || verbalAgreement != nil
      {
        throw CLIError.usage(
          en: "--summary: say in a sentence what was said (required to record a contact)",
          zh: "--summary：请用一句话写下对方说了什么（记录联系时必填）")
      }
      try show(context)
      return
    }
    guard let channel else {
      let all = ContactChannel.allValueStrings
      throw CLIError.usage(
        en: "--channel: how the contact happened: \(all.joined(separator: ", "))",
        zh: "--channel：通过什么方式联系的：\(all.joined(separator: "、"))")
    }
    let when =
      try at.map { text -> LocalDateTime in
        do throws(DateParseError) {
          return try LocalDateTime(parsing: text)
        } catch {
          throw CLIError.usage(option: "--at", error.text)
        }
      } ?? context.now
    if when.date > context.today {
      throw CLIError.usage(en: "--at: \(when) is in the future", zh: "--at：\(when) 在将来")
    }
    let files = try evidence.map { path -> Evidence in
      do throws(StoreError) {
        return try EvidenceFile.record(path: path)
      } catch {
        throw CLIError.usage(option: "--evidence", error.text)
      }
    }
    let seconds = try duration.map { text -> Int in
      guard let s = CallDuration.parse(text) else {
        throw CLIError.usage(
          en: "--duration: “\(text)” is not a duration like 12m, 90s, 1h05m or 12:30",
          zh: "--duration：“\(text)” 不是时长；请写成 12m、90s、1h05m 或 12:30 这样")
      }
      return s
    }
    if let verbalAgreement, !agreed.isEmpty, verbalAgreement != agreed {
      throw CLIError.usage(
        en: "--verbal-agreement, --agreed: give what was agreed once",
        zh: "--verbal-agreement、--agreed：约定的内容只需写一次")
    }
    let agreedText = verbalAgreement ?? agreed
    var entry = ContactEntry(
      at: when, direction: from, channel: channel,
      summary: try checkedText(summary, option: "--summary", maxLength: 2000, allowNewlines: true),
      organisation: try checkedText(org, option: "--org"),
      person: try checkedText(person, option: "--person"),
      staffID: try checkedText(staff, option: "--staff", maxLength: 40),
      phone: try checkedText(phone, option: "--phone", maxLength: 40),
      agreed: try checkedText(
        agreedText, option: verbalAgreement == nil ? "--agreed" : "--verbal-agreement", maxLength: 2000),
      thirdParty: thirdParty, userFlags: flag, evidence: files, corrects: corrects, filing: filing)
    entry.durationSeconds = seconds
    if let verbalAgreement {
      guard !verbalAgreement.trimmingCharacters(in: .whitespaces).isEmpty else {
        throw CLIError.usage(
          en: "--verbal-agreement: say what was agreed", zh: "--verbal-agreement：请写下约定的内容")
      }
      entry.verbalAgreement = true
    }
    let (stored, warnings) = try context.update { portfolio -> (ContactEntry, ContactWarnings) in
      let target = try resolve(debt, in: portfolio)
      entry.promises =
        try promise.map { try parsePromise($0, by: .me, currency: target.currency) }
        + theirPromise.map { try parsePromise($0, by: .them, currency: target.currency) }
      if let corrects, !portfolio.caseFile(for: target.id).contacts.contains(where: { $0.id == corrects }) {
        throw CLIError.usage(
          en: "--corrects: \(target.name) has no entry \(corrects); `debtdeck log \(target.id)` lists them",
          zh: "--corrects：\(target.name) 没有记录 \(corrects)；`debtdeck log \(target.id)` 可列出全部")
      }
      let open = portfolio.caseFile(for: target.id).openVerbalAgreements
      if (confirmVerbal || dropVerbal) && open.isEmpty {
        throw CLIError.usage(LogCommand.noneOpen(target))
      }
      let stored = portfolio.appendContact(entry, to: target.id, rules: context.settings.contactRules)
      for e in open where confirmVerbal || dropVerbal {
        portfolio.cases[target.id]?.resolveVerbal(
          e.id,
          VerbalResolution(
            confirmVerbal ? .confirmed : .dropped, on: when.date, by: confirmVerbal ? stored.id : nil))
      }
      return (stored, portfolio.caseFile(for: target.id).warnings(for: stored))
    }
    printOut(stored.id)
    if stored.verbalAgreement {
      printError(
        LocalizedText(
          en:
            "verbal agreement kept in `debtdeck today` until it is confirmed in writing (--confirm-verbal) or dropped (--drop-verbal); draft the request: debtdeck letter confirmation \(debt)",
          zh:
            "口头约定会显示在 `debtdeck today` 中，直到书面确认（--confirm-verbal）或放弃（--drop-verbal）；起草确认函：debtdeck letter confirmation \(debt)"
        ), context.language)
    }
    for w in warnings.lines(context.settings.legalRules) { printError(w, context.language) }
    if !stored.flags.isEmpty {
      printError(
        LocalizedText(
          en: "flagged: " + stored.flags.map { $0.label.en }.joined(separator: ", "),
          zh: "已标记：" + stored.flags.map { $0.label.zh }.joined(separator: "、")), context.language)
    }
  }

  static func noneOpen(_ debt: Debt) -> LocalizedText {
    LocalizedText(
      en: "--confirm-verbal, --drop-verbal: \(debt.name) has no verbal agreement waiting to be confirmed",
      zh: "--confirm-verbal、--drop-verbal：\(debt.name) 没有待书面确认的口头约定")
  }

  /// Confirms or drops the open verbal agreements without recording a contact.
  func resolveVerbal(_ context: AppContext, by entry: String?) throws {
    let ids = try context.update { portfolio -> [String] in
      let target = try resolve(debt, in: portfolio)
      let open = portfolio.caseFile(for: target.id).openVerbalAgreements
      guard !open.isEmpty else { throw CLIError.usage(LogCommand.noneOpen(target)) }
      for e in open {
        portfolio.cases[target.id]?.resolveVerbal(
          e.id, VerbalResolution(confirmVerbal ? .confirmed : .dropped, on: context.today, by: entry))
      }
      return open.map(\.id)
    }
    for id in ids {
      printOut(
        confirmVerbal
          ? context.text(en: "\(id) confirmed in writing", zh: "\(id) 已书面确认")
          : context.text(en: "\(id) dropped", zh: "\(id) 已放弃"))
    }
  }

  func parsePromise(_ text: String, by: ContactPromise.Party, currency: Currency) throws -> ContactPromise {
    let option = by == .me ? "--promise" : "--their-promise"
    let parts = text.split(separator: " ", maxSplits: by == .me ? 2 : 1, omittingEmptySubsequences: true)
    guard let first = parts.first else {
      throw CLIError.usage(en: "\(option): expected \"DATE …\"", zh: "\(option)：应为 \"日期 ……\"")
    }
    let due = try parseDate(String(first), option: option)
    if by == .me {
      guard parts.count >= 2 else {
        throw CLIError.usage(
          en: "\(option): expected \"DATE AMOUNT [what]\", e.g. \"2026-12-01 1500\"",
          zh: "\(option)：应为 \"日期 金额 [内容]\"，例如 \"2026-12-01 1500\"")
      }
      let amount = try parseAmount(String(parts[1]), option: option, currency: currency)
      guard amount > 0 else {
        throw CLIError.usage(en: "\(option): the amount must be more than 0", zh: "\(option)：金额必须大于 0")
      }
      let what = parts.count > 2 ? String(parts[2]) : ""
      return ContactPromise(by: .me, due: due, amount: amount, text: try checkedText(what, option: option))
    }
    let what = parts.count > 1 ? String(parts[1]) : ""
    return ContactPromise(by: .them, due: due, text: try checkedText(what, option: option))
  }

  func show(_ context: AppContext) throws {
    let portfolio = try context.load().portfolio
    let target = try resolve(debt, in: portfolio)
    let file = portfolio.caseFile(for: target.id)
    if json {
      try printJSON(file.contacts.map { LogEntryJSON(entry: $0, warnings: file.warnings(for: $0)) })
      return
    }
    if file.contacts.isEmpty {
      printOut(
        context.text(en: "No contacts recorded for \(target.name) yet.", zh: "\(target.name) 还没有联系记录。")
          .terminalSafe)
      return
    }
    for line in CaseReport.logLines(file, currency: target.currency, context: context) { printOut(line) }
  }
}

/// One entry of `log --json`: the stored entry's fields, plus the warnings derived from it:
/// `scamFlags` (ids of `ScamFlag`) and `notOfficialNumber`.
struct LogEntryJSON: Encodable {
  let entry: ContactEntry
  let warnings: ContactWarnings

  enum Extra: String, CodingKey { case scamFlags, notOfficialNumber }

  func encode(to encoder: any Encoder) throws {
    try entry.encode(to: encoder)
    var c = encoder.container(keyedBy: Extra.self)
    try c.encode(warnings.scam.map(\.rawValue), forKey: .scamFlags)
    try c.encode(warnings.unofficialNumber, forKey: .notOfficialNumber)
  }
}

extension AppContext {
  /// Now, on the user's clock: `DEBTDECK_TODAY` fixes the date (at the current time of day).
  var now: LocalDateTime {
    var t = time(nil)
    var parts = tm()
    localtime_r(&t, &parts)
    return LocalDateTime(date: today, hour: Int(parts.tm_hour), minute: Int(parts.tm_min))
  }
}
