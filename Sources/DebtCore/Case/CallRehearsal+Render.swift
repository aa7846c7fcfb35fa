/// The rehearsal written out as plain text or Markdown, in one language.
extension CallRehearsal {
  public static let sectionTitles = (
    callWho: LocalizedText(en: "Who to call", zh: "打给谁"),
    haveReady: LocalizedText(en: "Have in front of you", zh: "手边准备好"),
    opening: LocalizedText(en: "How to start", zh: "开场白"),
    plan: LocalizedText(en: "The plan to propose", zh: "要提出的方案"),
    replies: LocalizedText(en: "What they may say, and what you can answer", zh: "对方可能会说什么，你可以怎么回答"),
    during: LocalizedText(en: "During and after the call", zh: "通话中和通话后")
  )

  public func title(_ language: Language) -> String {
    let lender = CallRehearsal.lender(debt)
    let same = lender == debt.name
    return LocalizedText(
      en: "Before the call — \(debt.name)" + (same ? "" : " (\(lender))"),
      zh: "通话前准备 — \(debt.name)" + (same ? "" : "（\(lender)）"))(language)
  }

  /// Where an answer's facts come from: each rule's source and the day it was last checked.
  func sourceLine(_ ids: [RuleID], _ language: Language) -> String? {
    guard !ids.isEmpty else { return nil }
    var seen = Set<String>()
    let parts = ids.map { rules[$0] }.compactMap { r -> String? in
      let text =
        language == .zhHans ? "\(r.source)（核对于 \(r.lastVerified)）" : "\(r.source) (checked \(r.lastVerified))"
      return seen.insert(text).inserted ? text : nil
    }
    return (language == .zhHans ? "依据：" : "Source: ")
      + parts.joined(separator: language == .zhHans ? "；" : "; ")
  }

  public func render(_ language: Language, format: LetterFormat) -> String {
    let md = format == .markdown
    let t = { (l: LocalizedText) in l(language) }
    var out: [String] = [md ? "# " + title(language) : title(language)]
    out.append(
      t(
        LocalizedText(
          en: "Prepared on \(today) from your records. Stage: \(figures.stage.label.en).",
          zh: "根据你的记录于 \(today) 生成。当前状态：\(figures.stage.label.zh)。")))
    func section(_ heading: LocalizedText, _ items: [LocalizedText], numbered: Bool = false) {
      out.append("")
      out.append(md ? "## " + t(heading) : "■ " + t(heading))
      for (i, item) in items.enumerated() { out.append((numbered ? "\(i + 1). " : "- ") + t(item)) }
    }
    let titles = CallRehearsal.sectionTitles
    section(titles.callWho, callWho)
    section(titles.haveReady, haveReady)
    out.append("")
    out.append(md ? "## " + t(titles.opening) : "■ " + t(titles.opening))
    out.append(md ? "> " + t(opening) : t(opening))
    section(titles.plan, plan, numbered: true)
    out.append("")
    out.append(md ? "## " + t(titles.replies) : "■ " + t(titles.replies))
    let they = language == .zhHans ? "对方：" : "They: "
    let you = language == .zhHans ? "你：" : "You: "
    for reply in replies {
      out.append("")
      out.append(md ? "### " + t(reply.theySay) : they + t(reply.theySay))
      out.append(md ? t(reply.youSay) : you + t(reply.youSay))
      if let source = sourceLine(reply.sources, language) { out.append(md ? "_\(source)_" : "  " + source) }
    }
    section(titles.during, during)
    out.append("")
    out.append(
      t(
        LocalizedText(
          en:
            "General information, not legal advice. Rule book version \(RuleBook.version), last checked \(Guide.lastChecked).",
          zh: "一般性信息，不构成法律意见。规则表第 \(RuleBook.version) 版，最后核对：\(Guide.lastChecked)。")))
    return out.joined(separator: "\n") + "\n"
  }
}
