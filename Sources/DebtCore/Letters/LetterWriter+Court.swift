/// What the court letters share: the court event each answers, its deadline, the rule-book basis,
/// the debt's figures and the signature. The letters themselves: LetterWriter+CourtLetters.swift.
extension LetterWriter {
  /// The latest recorded court event a letter answers.
  func event(for kind: LetterKind) -> CourtEvent? {
    caseFile.latestCourtEvent(kind.courtEvents, on: today)
  }

  var address: String { t("[your address]", "[住址]") }

  func courtName(_ e: CourtEvent?) -> String {
    let name = e?.court ?? ""
    return name.isEmpty ? t("[court name, as on the paper]", "[法院名称，以文书为准]") : name
  }

  func caseNumber(_ e: CourtEvent?) -> String {
    let n = e?.caseNumber ?? ""
    return n.isEmpty ? t("[case number (案号)]", "[案号]") : n
  }

  func received(_ e: CourtEvent?) -> String { e.map { "\($0.received)" } ?? t("[date received]", "[收到日期]") }

  /// "Last day to file: 2026-12-08 (15 days left)", with a note when the year's holidays are not
  /// known yet.
  func deadlineLine(_ e: CourtEvent?, appeal: Bool = false) -> String? {
    guard let e, let due = e.deadline(rules: rules) else { return nil }
    let n = today.days(to: due)
    let left =
      n < 0
      ? LocalizedText(en: "passed — get legal help now", zh: "已过期 — 请立即寻求法律帮助")
      : n == 0
        ? LocalizedText(en: "today", zh: "就是今天")
        : LocalizedText(en: n == 1 ? "1 day left" : "\(n) days left", zh: "还剩 \(n) 天")
    let unknown =
      CourtCalendar.holidaysKnown(for: due)
      ? "" : t(" — the year's public holidays are not published yet: the date may move", "——该年节假日尚未公布，日期可能顺延")
    return appeal
      ? t("Last day to appeal: \(due) (\(left.en))\(unknown)", "上诉的最后一日：\(due)（\(left.zh)）\(unknown)")
      : t("Last day to file: \(due) (\(left.en))\(unknown)", "提交的最后一日：\(due)（\(left.zh)）\(unknown)")
  }

  /// The rule book entries a letter rests on, each with its source and verified date.
  func basis(_ ids: [RuleID]) -> Letter.Block {
    .bullets(
      ids.map { id in
        let r = rules[id]
        if r.unit == .multiple {
          return t(
            "\(r.value) \(r.meaning.en) — \(r.source); rule book checked \(r.lastVerified)",
            "\(r.value) \(r.meaning.zh) — \(r.source)；规则表核对于 \(r.lastVerified)")
            + (r.overridden ? t(" (your override in settings.json)", "（你在 settings.json 中的覆盖值）") : "")
        }
        let value: String
        switch r.unit {
        case .calendarDays: value = t("\(r.value) days", "\(r.value) 天")
        case .article: value = t("art. \(r.value)", "第 \(r.value) 条")
        case .years: value = t("\(r.value) years", "\(r.value) 年")
        default: value = r.value
        }
        return t(
          "\(r.meaning.en): \(value) — \(r.source); rule book checked \(r.lastVerified)",
          "\(r.meaning.zh)：\(value) — \(r.source)；规则表核对于 \(r.lastVerified)")
          + (r.overridden ? t(" (your override in settings.json)", "（你在 settings.json 中的覆盖值）") : "")
          + (r.verify.map { t("; verify: \($0.en)", "；需核实：\($0.zh)") } ?? "")
      })
  }

  /// The note every court letter ends with.
  var notLegalAdvice: String {
    t(
      "Drafted by DebtDeck from your own records — not legal advice. Before you file it, verify every fact, article and date with the court (\(rules.phone(.courtVerifyLine)), or the court's online service) or free legal aid (\(rules.phone(.legalAidLine))), and fill in or delete every [bracket].",
      "本文书由 DebtDeck 根据你自己的记录起草，不构成法律意见。提交前请向法院（\(rules.phone(.courtVerifyLine)) 或人民法院在线服务）或免费法律援助（\(rules.phone(.legalAidLine))）核实每一项事实、条文和日期，并填写或删除所有 [方括号] 内容。"
    )
  }

  /// The debt's name, with its kind when the name does not say it.
  var debtLabel: String {
    nameSaysProduct ? debt.name : t("\(debt.name) (\(product))", "“\(debt.name)”（\(product)）")
  }

  var loanLine: String {
    t(
      "borrowed \(money(debt.principal)) on \(debt.startDate) — \(debtLabel)",
      "借款 \(money(debt.principal))，借款日 \(debt.startDate)，借款产品：\(debtLabel)")
  }

  /// The debt's figures on `today`: late since when, how much, penalty, fees, to settle.
  var courtFigures: [String] {
    [
      status.daysPastDue > 0
        ? t(
          "overdue since \(since) (\(status.daysPastDue) days on \(today)); overdue amount \(money(status.overdueAmount))",
          "自 \(since) 起逾期（截至 \(today) 共 \(status.daysPastDue) 天）；逾期金额 \(money(status.overdueAmount))")
        : t("not overdue on \(today)", "截至 \(today) 未逾期"),
      t(
        "penalty interest \(money(status.penalty)); late fees \(money(status.fees)); to settle on \(today): \(money(status.payoffAmount))",
        "罚息 \(money(status.penalty))；违约金 \(money(status.fees))；截至 \(today) 结清需 \(money(status.payoffAmount))"),
    ]
  }

  /// The agreement and the contacts on record: the borrower tried to settle.
  var negotiationFacts: [String] {
    var out: [String] = []
    if let a = caseFile.currentAgreement {
      out.append(
        t(
          "Agreement of \(a.madeOn) (\(a.kind.label.en), \(a.confirmed.label.en)): \(a.summary)",
          "\(a.madeOn) 的协议（\(a.kind.label.zh)，\(a.confirmed.label.zh)）：\(a.summary)"))
    }
    if !caseFile.contacts.isEmpty {
      out.append(
        t(
          "Contacts with the lender on record: \(caseFile.contacts.count) (dates and content in the attached log)",
          "与贷款机构的联系记录：\(caseFile.contacts.count) 次（日期和内容见所附记录）"))
    }
    return out
  }

  /// What the person can offer: the offer calculator's figures, else blanks.
  var offerLine: String {
    guard let offer, offer.monthly > 0 else {
      return t(
        "[amount] a month for [number of] months, starting [date]", "自 [日期] 起每月 [金额]，共 [期数] 期")
    }
    return t(
      "\(money(offer.monthly)) a month for \(months) months, starting \(firstPaymentDate)",
      "自 \(firstPaymentDate) 起每月 \(money(offer.monthly))，共 \(months) 期")
  }

  func party(_ role: (en: String, zh: String)) -> String {
    t(
      "\(role.en): \(name), ID \(idNumber), address \(address), phone \(phone)",
      "\(role.zh)：\(name)，身份证号：\(idNumber)，住址：\(address)，联系电话：\(phone)")
  }

  func signed(_ role: (en: String, zh: String), court: String) -> Letter.Block {
    .paragraph(
      t(
        "To: \(court)\n\(role.en): \(name) (signature)\n\(today)",
        "此致\n\(court)\n\n\(role.zh)：\(name)（签名）\n\(today)"))
  }
}
