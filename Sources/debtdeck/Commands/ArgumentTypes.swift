import ArgumentParser
import DebtCore

extension ProductKind: ExpressibleByArgument {
  public init?(argument: String) {
    let a = argument.lowercased()
    if let k = ProductKind(rawValue: a) {
      self = k
      return
    }
    switch a {
    case "借呗": self = .jiebei
    case "微粒贷": self = .weilidai
    case "花呗": self = .huabei
    case "信用卡", "card", "creditcard": self = .creditCard
    case "银行贷款", "bank", "bankloan": self = .bankLoan
    case "民间借贷", "私人借款", "private-loan": self = .privateLoan
    case "其他": self = .other
    default: return nil
    }
  }
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension RateBasis: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension DayCount: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

extension RepaymentMethod: ExpressibleByArgument {
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Reads an amount option, with a message that names the option.
func parseAmount(_ text: String, option: String, currency: Currency = .cny) throws -> Int64 {
  do {
    return try AmountParser.parse(text, minorDigits: currency.minorDigits)
  } catch {
    throw CLIError.usage(option: option, error.text)
  }
}

func parseDate(_ text: String, option: String) throws -> LocalDate {
  do {
    return try LocalDate(lenient: text)
  } catch {
    throw CLIError.usage(option: option, error.text)
  }
}

/// A single-line free text: refuses control characters (a terminal escape pasted by accident).
func checkedText(_ text: String, option: String, maxLength: Int = 200, allowNewlines: Bool = false) throws
  -> String
{
  if text.count > maxLength {
    throw CLIError.usage(
      en: "\(option): at most \(maxLength) characters (got \(text.count))",
      zh: "\(option)：最多 \(maxLength) 个字符（现有 \(text.count) 个）")
  }
  for s in text.unicodeScalars {
    let v = s.value
    if allowNewlines && v == 0x0A { continue }
    if v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    {
      let code = String(v, radix: 16, uppercase: true)
      throw CLIError.usage(
        en: "\(option): contains the control character U+\(code); remove it",
        zh: "\(option)：含有控制字符 U+\(code)；请删除")
    }
  }
  return text
}
