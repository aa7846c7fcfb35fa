/// Where the lender can really be reached, as the user read it (the lender's own app, the
/// contract, the card's back): a contact from another number is marked "not the official number".
public struct OfficialChannel: Hashable, Sendable, Codable {
  public var phones: [String]
  /// The official app or in-app channel ("支付宝 › 借呗 › 客服").
  public var app: String
  /// Where the user read it.
  public var source: String
  public var recordedOn: LocalDate

  public init(phones: [String], app: String, source: String, recordedOn: LocalDate) {
    self.phones = phones
    self.app = app
    self.source = source
    self.recordedOn = recordedOn
  }

  /// Digits only, without a leading +86 / 0086: "+86 955-88" and "95588" are one number.
  public static func digits(_ phone: String) -> String {
    var d = String(phone.filter { $0.isASCII && $0.isNumber })
    // What is left must still be a number: at least as long as a bank's short line (95588).
    for prefix in ["0086", "86"] where d.hasPrefix(prefix) && d.dropFirst(prefix.count).count >= "95588".count
    {
      d.removeFirst(prefix.count)
      break
    }
    return d
  }

  /// Whether a contact from `entry` came from a number other than the official ones: only for
  /// contacts from them with a number recorded, when official numbers are known.
  public func isUnofficial(_ entry: ContactEntry) -> Bool {
    guard entry.direction == .inbound, !phones.isEmpty else { return false }
    let from = OfficialChannel.digits(entry.phone)
    guard !from.isEmpty else { return false }
    return !phones.map(OfficialChannel.digits).contains(from)
  }
}
