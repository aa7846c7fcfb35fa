/// What people write in a CSV cell for a kind, a method or a rate basis, in English or Chinese.

extension ProductKind {
  /// A kind from what people write: the id (`jiebei`), the English or the Chinese name.
  public init?(label: String) {
    let l = CSVImport.normalise(label)
    // The ids the CLI and the export use (`credit-card`), then the English and Chinese names.
    if let k = ProductKind.allCases.first(where: { CSVImport.normalise($0.rawValue) == l })
      ?? ProductKind.allCases.first(where: {
        CSVImport.normalise($0.name.en) == l || CSVImport.normalise($0.name.zh) == l
      })
    {
      self = k
      return
    }
    switch l {
    case "蚂蚁借呗", "支付宝借呗": self = .jiebei
    case "微信微粒贷", "微众银行": self = .weilidai
    case "蚂蚁花呗": self = .huabei
    case "card", "creditcard", "信用卡账单": self = .creditCard
    case "bank", "bankloan", "银行", "消费贷", "信用贷": self = .bankLoan
    case "privateloan", "私人借款", "个人借款", "朋友": self = .privateLoan
    default: return nil
    }
  }
}

extension RepaymentMethod {
  public init?(label: String) {
    let l = CSVImport.normalise(label)
    // The ids the CLI and the export use (`equal-installment`), then the English and Chinese names.
    if let m = RepaymentMethod.allCases.first(where: { CSVImport.normalise($0.rawValue) == l })
      ?? RepaymentMethod.allCases.first(where: {
        CSVImport.normalise($0.name.en) == l || CSVImport.normalise($0.name.zh) == l
      })
    {
      self = m
      return
    }
    switch l {
    case "分期", "分期手续费", "手续费分期": self = .flatFee
    case "循环", "最低还款", "信用卡": self = .revolving
    case "一次性还款", "到期还本付息": self = .bullet
    default: return nil
    }
  }
}

extension RateBasis {
  public init?(label: String) {
    switch CSVImport.normalise(label) {
    case "daily", "day", "日", "日利率", "日息": self = .daily
    case "monthly", "month", "月", "月利率", "月息": self = .monthly
    case "flatmonthly", "flat", "手续费", "月手续费", "月手续费率", "费率": self = .flatMonthly
    case "apr", "annual", "year", "年", "年化", "年化利率", "年利率": self = .apr
    default: return nil
    }
  }
}

extension String {
  /// A cell without surrounding spaces (ideographic ones too) and without a spreadsheet's guard
  /// apostrophe before `=`, `+`, `-`, `@` (as `debtdeck export --format csv` writes them).
  var trimmedCell: String {
    var s = trimmingSpaces
    if CSVWriter.isGuarded(s) { s.removeFirst() }
    return s
  }
}
