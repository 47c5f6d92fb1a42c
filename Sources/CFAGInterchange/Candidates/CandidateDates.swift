import CFAGDomain

/// Dates as exports write them: ISO `2024-03-09`, or day first as in the UK, `09/03/2024`,
/// `9/3/2024`, `09-03-2024`, `09.03.2024`, with an optional time after a space or `T`
/// (ignored). Two-digit years are refused: they are ambiguous for dates of birth.
///
/// Read byte by byte: a candidate list has a date or two on each of up to 100,000 rows.
enum CandidateDates {
  static func parse(_ text: String) -> Day? {
    var parts = (0, 0, 0)
    var lengths = (0, 0, 0)
    var index = 0
    var separator: UInt8 = 0
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        let digit = Int(byte - UInt8(ascii: "0"))
        switch index {
        case 0: (parts.0, lengths.0) = (parts.0 * 10 + digit, lengths.0 + 1)
        case 1: (parts.1, lengths.1) = (parts.1 * 10 + digit, lengths.1 + 1)
        default: (parts.2, lengths.2) = (parts.2 * 10 + digit, lengths.2 + 1)
        }
        if lengths.0 > 4 || lengths.1 > 4 || lengths.2 > 4 { return nil }
      case UInt8(ascii: "/"), UInt8(ascii: "-"), UInt8(ascii: "."):
        guard index < 2, separator == 0 || separator == byte else { return nil }
        separator = byte
        index += 1
      case UInt8(ascii: " "), UInt8(ascii: "T"):
        guard index == 2 else { return nil }
        return day(parts, lengths, separator)
      default:
        return nil
      }
    }
    guard index == 2 else { return nil }
    return day(parts, lengths, separator)
  }

  private static func day(_ parts: (Int, Int, Int), _ lengths: (Int, Int, Int), _ separator: UInt8) -> Day? {
    if separator == UInt8(ascii: "-") && lengths == (4, 2, 2) {
      return Day(year: parts.0, month: parts.1, day: parts.2)
    }
    guard lengths.2 == 4, (1...2).contains(lengths.0), (1...2).contains(lengths.1) else { return nil }
    return Day(year: parts.2, month: parts.1, day: parts.0)
  }
}
