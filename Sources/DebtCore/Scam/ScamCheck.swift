/// Finds scam warning signs in a contact entry's words. Phrasing is matched in Chinese and
/// English; each sign needs its telling combination (a personal *account* to *transfer* to, a
/// *fee* for the agent), so ordinary collection talk does not fire.
public enum ScamCheck {
  /// The signs in `entry`, in `ScamFlag` order. My own outgoing calls are checked too, except
  /// the claim of authority (I called the court).
  public static func flags(_ entry: ContactEntry) -> [ScamFlag] {
    let text = normalized(
      [entry.summary, entry.agreed, entry.organisation, entry.person].joined(separator: " "))
    return ScamFlag.allCases.filter { flag in
      if flag == .claimsAuthority && entry.direction == .outbound { return false }
      if flag == .courtSMSLink && entry.channel != .sms { return false }
      return matches(flag, text)
    }
  }

  /// Lowercased, with spaces collapsed, so "Safe  Account" and "安全 账户" read alike.
  static func normalized(_ s: String) -> String {
    var out = ""
    var lastSpace = true
    for ch in s.lowercased() {
      if ch.isWhitespace {
        if !lastSpace { out.append(" ") }
        lastSpace = true
      } else {
        out.append(ch)
        lastSpace = false
      }
    }
    return out
  }

  static func any(_ text: String, _ words: [String]) -> Bool { words.contains { text.contains($0) } }
  /// Same, with the Chinese words also matched across a space ("安全 账户").
  static func anyZH(_ text: String, _ words: [String]) -> Bool {
    let tight = text.replacingOccurrences(of: " ", with: "")
    return words.contains { tight.contains($0) }
  }
  /// An English word or phrase on word boundaries ("court" not in "courtesy").
  static func word(_ text: String, _ phrases: [String]) -> Bool {
    phrases.contains { phrase in
      var rest = text[...]
      while let r = rest.range(of: phrase) {
        let before = r.lowerBound == text.startIndex ? nil : text[text.index(before: r.lowerBound)]
        let after = r.upperBound == text.endIndex ? nil : text[r.upperBound]
        if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
        rest = text[r.upperBound...]
      }
      return false
    }
  }

  static func matches(_ flag: ScamFlag, _ t: String) -> Bool {
    switch flag {
    case .transferToPersonalAccount:
      return anyZH(t, ["安全账户", "安全帐户", "冲正账户", "冲正帐户", "私人账户", "个人账户", "个人银行卡", "私人银行卡", "私人卡"])
        && anyZH(t, ["转到", "转入", "转账", "转给", "打到", "打入", "汇到", "汇入", "存入", "存到", "还到", "还入"])
        || word(t, ["safe account", "safety account", "secure account", "reversal account"])
        || (word(
          t, ["personal account", "private account", "personal bank card", "his account", "her account"])
          && word(t, ["transfer", "pay", "send", "wire", "deposit"]))
    case .screenSharing:
      return anyZH(t, ["屏幕共享", "共享屏幕", "共享桌面", "腾讯会议", "钉钉会议", "向日葵", "远程控制", "录屏给"])
        || word(
          t,
          [
            "screen sharing", "share your screen", "share my screen", "screen-sharing", "teamviewer",
            "anydesk",
          ])
        || (word(t, ["zoom", "meeting app", "remote access", "remote control"])
          && word(t, ["install", "download", "join", "open"]))
    case .cancelAccount:
      return anyZH(t, ["注销账户", "注销帐户", "注销账号", "注销校园贷", "注销学生贷", "注销贷款账户", "注销京东金条", "注销百万保障"])
        || (word(
          t, ["cancel your account", "close your account", "cancel the account", "student loan account"])
          && word(t, ["credit", "record", "report", "cancel", "close"]))
    case .creditRepairFee:
      return anyZH(
        t, ["征信修复", "修复征信", "征信洗白", "洗白征信", "删除逾期记录", "消除逾期记录", "删除不良记录", "消除不良记录", "征信铲单", "花钱删记录"])
        || word(
          t,
          ["credit repair", "repair your credit", "fix your credit", "clean your credit", "credit cleaning"])
        || (word(t, ["delete", "remove", "erase", "wipe"]) && word(t, ["record", "records", "credit report"])
          && word(t, ["fee", "pay", "charge", "yuan", "rmb"]))
    case .paidAgent:
      return anyZH(t, ["反催收", "债务优化", "代理协商", "代办停息挂账", "包办停息挂账", "法务公司", "法务团队", "协商还款代理"])
        || (anyZH(t, ["停息挂账", "法务"]) && anyZH(t, ["收费", "服务费", "手续费", "代理费", "定金", "先交", "付费", "代办"]))
        || word(
          t, ["anti-collection", "debt relief agent", "debt negotiation agent", "debt settlement agent"])
        || (word(t, ["agent", "agency", "legal team"]) && word(t, ["fee", "upfront", "deposit"])
          && word(t, ["negotiate", "stop interest", "stop the interest", "suspend interest"]))
    case .claimsAuthority:
      return anyZH(
        t,
        [
          "我是警察", "我是民警", "自称警察", "自称民警", "自称公安", "公安局的", "派出所的", "自称法院", "法院工作人员", "我是法官", "自称法官",
          "法院打来", "检察院的", "自称检察", "自称银保监", "自称金融监管", "金融监管局的", "人民银行的", "自称人民银行", "网警",
        ])
        || word(
          t,
          [
            "this is the police", "i am a police", "i'm a police", "claims to be police",
            "claimed to be police",
            "said he was police", "said she was police", "from the police", "calling from the court",
            "from the court",
            "claims to be the court", "claimed to be the court", "court official", "said they were the court",
            "from the regulator", "claims to be the regulator", "from the pboc", "from the central bank",
            "cyber police",
          ])
    case .lawyerLetterAsCourtPaper:
      return anyZH(t, ["律师函"]) && anyZH(t, ["传票", "法院文书", "法院发", "法院寄", "法院的函", "立案通知", "开庭通知", "判决书"])
        || (word(t, ["lawyer's letter", "lawyer letter", "letter from a law firm", "attorney letter"])
          && word(t, ["court paper", "summons", "court order", "issued by the court", "from the court"]))
    case .courtSMSLink:
      return (anyZH(t, ["法院", "传票", "立案", "开庭"]) || word(t, ["court", "summons"]))
        && (any(t, ["http", "www.", ".cn/", ".com/", "t.cn", "url.cn"]) || anyZH(t, ["链接", "点击"])
          || word(t, ["link", "click"]))
    }
  }
}
