/// The request to confirm in writing what was agreed on a call: prefilled from the contact that
/// holds the agreement.
extension LetterWriter {
  /// The contact the letter is about: the newest verbal agreement still open, else the newest
  /// entry in which something was agreed.
  var agreedContact: ContactEntry? {
    caseFile.openVerbalAgreements.last ?? caseFile.contacts.last { !$0.agreed.isEmpty }
  }

  var confirmation: [Letter.Block] {
    let e = agreedContact
    let when = e.map { "\($0.at)" } ?? t("[date and time of the call]", "[通话日期和时间]")
    let channel = e.map { $0.channel.label(language) } ?? t("phone", "电话")
    let org = e.flatMap { $0.organisation.isEmpty ? nil : $0.organisation } ?? lender
    let person = e.flatMap { $0.person.isEmpty ? nil : $0.person } ?? t("[their name]", "[对方姓名]")
    let staff = e.flatMap { $0.staffID.isEmpty ? nil : $0.staffID } ?? t("[staff number]", "[工号]")
    var agreed: [String] = [
      e.flatMap { $0.agreed.isEmpty ? nil : $0.agreed } ?? t("[what was agreed]", "[约定内容]")
    ]
    for p in e?.promises ?? [] {
      let amount = p.amount.map(money) ?? ""
      let what = p.text.isEmpty ? "" : " (\(p.text))"
      let whatZH = p.text.isEmpty ? "" : "（\(p.text)）"
      agreed.append(
        p.by == .me
          ? t("I will pay \(amount) by \(p.due)\(what).", "本人于 \(p.due) 前还款 \(amount)\(whatZH)。")
          : t("You will do this by \(p.due)\(what).", "贵机构于 \(p.due) 前办理\(whatZH)。"))
    }
    let lasted = e?.durationSeconds.map { CallDuration.text($0)(language) }
    return header + [
      .paragraph(
        t(
          "On \(when) I spoke with \(person) (staff number \(staff)) of \(org) by \(channel) about \(debt.name)\(lasted.map { ", for \($0)" } ?? ""). We agreed what follows. I ask you to confirm it in writing.",
          "本人于 \(when) 通过\(channel)与\(org)的 \(person)（工号 \(staff)）就“\(debt.name)”进行了沟通\(lasted.map { "（通话 \($0)）" } ?? "")，双方口头约定如下，现请贵机构书面确认。"
        )),
      .heading(t("What was agreed", "约定内容")), .bullets(agreed),
      .heading(t("The facts", "基本情况")), factsBlock,
      .paragraph(
        t(
          "Please confirm within [7] days, by SMS, e-mail or letter, that this is what was agreed: the amounts, the dates, and anything waived. If I have misunderstood any of it, please tell me in writing what you agreed instead. I keep a record of our call.",
          "请于 [7] 日内以短信、邮件或信函确认上述约定，包括金额、日期及减免内容。如本人理解有误，请书面说明贵机构同意的内容。本人对本次通话留有记录。"
        )),
      signature,
    ]
  }
}
