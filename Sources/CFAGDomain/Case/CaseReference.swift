/// A pseudonymous case reference from the case management system (e.g. `MC-104233`).
///
/// References identify a child only to someone with access to the case system, so they are stored
/// but never printed in reports. A value that looks like a name, an NHS number, a date of birth or
/// a phone number is refused: it would put personal data where only a pseudonym belongs.
public struct CaseReference: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
  public let value: String

  public init(validating text: String) throws(DomainError) {
    // A plain reference is ASCII, so over seven bytes it is over seven characters: no postcode.
    if Self.isPlainReference(text) && (text.utf8.count > 7 || !PersonalDataDetector.isPostcode(text)) {
      value = text
      return
    }
    let trimmed = text.trimmingWhitespace
    guard !trimmed.isEmpty else { throw .invalid(field: "reference", value: text, reason: "is empty") }
    guard trimmed.count <= 40 else {
      throw .invalid(field: "reference", value: text, reason: "is longer than 40 characters")
    }
    guard trimmed.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_/.".contains($0)) })
    else {
      throw .invalid(
        field: "reference", value: text,
        reason: "may hold only letters, digits and - _ / . (no spaces)")
    }
    if let kind = PersonalDataDetector.identifierKind(trimmed) {
      throw .invalid(
        field: "reference", value: text,
        reason: "looks like \(kind.words); use the case system's pseudonymous reference instead")
    }
    guard trimmed.contains(where: \.isNumber) else {
      throw .invalid(
        field: "reference", value: text,
        reason: "has no digits, so it may be a name; use the case system's reference")
    }
    value = trimmed
  }

  /// The common case, checked byte by byte for speed on large imports: 1–40 ASCII letters, digits
  /// and `- _ / .`, with at least one letter and one digit. Such a value cannot be an NHS number,
  /// a phone number or a date, so it needs none of the slower checks.
  static func isPlainReference(_ text: String) -> Bool {
    var letters = 0
    var digits = 0
    var count = 0
    for byte in text.utf8 {
      count += 1
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters += 1
      case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "/"), UInt8(ascii: "."): break
      default: return false
      }
    }
    return count <= 40 && letters > 0 && digits > 0
  }

  /// For values already validated (read back from the store).
  public init(trusted value: String) { self.value = value }

  public var description: String { value }

  public static func < (lhs: CaseReference, rhs: CaseReference) -> Bool { lhs.value < rhs.value }

  public init(from decoder: any Decoder) throws {
    value = try decoder.singleValueContainer().decode(String.self)
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(value)
  }
}

extension String {
  /// The text without leading and trailing spaces, tabs and newlines.
  public var trimmingWhitespace: String {
    // Most texts start and end with an ASCII byte that is not white space: the characters at its
    // ends are then not white space, so the text is kept as it is without walking its characters.
    if let first = utf8.first, let last = utf8.last, !Self.mayBeWhitespace(first), !Self.mayBeWhitespace(last)
    {
      return self
    }
    var slice = Substring(self)
    while let first = slice.first, first.isWhitespace { slice.removeFirst() }
    while let last = slice.last, last.isWhitespace { slice.removeLast() }
    return String(slice)
  }

  /// Whether a byte can be part of a white-space character: ASCII space, tab to carriage return, or
  /// any byte beyond ASCII (U+0085, U+00A0, U+2028 ...).
  private static func mayBeWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (0x09...0x0D).contains(byte) || byte >= 0x80
  }
}
