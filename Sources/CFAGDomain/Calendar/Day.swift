/// A calendar date with no time of day or zone: meeting dates, due dates, start dates.
///
/// Stored and printed as ISO 8601 (`YYYY-MM-DD`). Arithmetic is on the proleptic Gregorian
/// calendar, done by hand so the domain needs no `Calendar` or time zone.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible, Codable {
  public let year: Int
  public let month: Int
  public let day: Int

  /// Creates a day, or returns nil when the parts do not name a real date.
  public init?(year: Int, month: Int, day: Int) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...Day.daysIn(month: month, year: year)).contains(day)
    else { return nil }
    self.year = year
    self.month = month
    self.day = day
  }

  /// Parses `YYYY-MM-DD` exactly, byte by byte (dates are read by the thousand).
  public init?(iso text: String) {
    var parts = (0, 0, 0)
    var index = 0
    for byte in text.utf8 {
      let digit = Int(byte) - 48
      switch index {
      case 0, 1, 2, 3:
        guard (0...9).contains(digit) else { return nil }
        parts.0 = parts.0 * 10 + digit
      case 5, 6:
        guard (0...9).contains(digit) else { return nil }
        parts.1 = parts.1 * 10 + digit
      case 8, 9:
        guard (0...9).contains(digit) else { return nil }
        parts.2 = parts.2 * 10 + digit
      case 4, 7:
        guard byte == UInt8(ascii: "-") else { return nil }
      default:
        return nil
      }
      index += 1
    }
    guard index == 10 else { return nil }
    self.init(year: parts.0, month: parts.1, day: parts.2)
  }

  /// Days since 1970-01-01.
  public var ordinal: Int {
    let y = month <= 2 ? year - 1 : year
    let era = (y >= 0 ? y : y - 399) / 400
    let yoe = y - era * 400
    let mp = (month + 9) % 12
    let doy = (153 * mp + 2) / 5 + day - 1
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
    return era * 146097 + doe - 719468
  }

  /// The day with the given ordinal (days since 1970-01-01).
  public init(ordinal: Int) {
    let z = ordinal + 719468
    let era = (z >= 0 ? z : z - 146096) / 146097
    let doe = z - era * 146097
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
    let mp = (5 * doy + 2) / 153
    let d = doy - (153 * mp + 2) / 5 + 1
    let m = mp < 10 ? mp + 3 : mp - 9
    self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
    self.month = m
    self.day = d
  }

  /// `YYYY-MM-DD`, written digit by digit into one small string (dates are written by the
  /// thousand). A year outside 0–9999 (only an ordinal far off gives one) is written in full.
  public var iso: String {
    guard (0...9999).contains(year) else {
      let y = String(year)
      let m = month < 10 ? "0\(month)" : "\(month)"
      let d = day < 10 ? "0\(day)" : "\(day)"
      return String(repeating: "0", count: max(0, 4 - y.count)) + y + "-" + m + "-" + d
    }
    return String(unsafeUninitializedCapacity: 10) { text in
      func put(_ value: Int, digits: Int, at offset: Int) {
        var rest = value
        for position in (offset..<offset + digits).reversed() {
          text[position] = UInt8(truncatingIfNeeded: 48 + rest % 10)
          rest /= 10
        }
      }
      put(year, digits: 4, at: 0)
      text[4] = UInt8(ascii: "-")
      put(month, digits: 2, at: 5)
      text[7] = UInt8(ascii: "-")
      put(day, digits: 2, at: 8)
      return 10
    }
  }

  public var description: String { iso }

  /// "4 March 2020", as people write a date in a document.
  public var long: String { "\(day) \(monthYear)" }

  /// "March 2020".
  public var monthYear: String { "\(Self.monthNames[month - 1]) \(year)" }

  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
  ]

  /// 0 = Monday ... 6 = Sunday.
  public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 }

  public var isWeekend: Bool { weekday >= 5 }

  public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

  /// Adds working days (Monday to Friday), skipping weekends.
  public func adding(workingDays: Int) -> Day {
    var result = self
    var remaining = workingDays
    while remaining > 0 {
      result = result.adding(days: 1)
      if !result.isWeekend { remaining -= 1 }
    }
    return result
  }

  /// Adds calendar months, clamping the day to the month's length.
  public func adding(months: Int) -> Day {
    let total = year * 12 + (month - 1) + months
    let y = total / 12
    let m = total % 12 + 1
    return Day(year: y, month: m, day: min(day, Day.daysIn(month: m, year: y)))!
  }

  public func days(until other: Day) -> Int { other.ordinal - ordinal }

  /// Whole years from this day to `other` (an age on that day).
  public func wholeYears(until other: Day) -> Int {
    var years = other.year - year
    if (other.month, other.day) < (month, day) { years -= 1 }
    return years
  }

  public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

  public static func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: return 30
    default: return 31
    }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    guard let day = Day(iso: text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a date (YYYY-MM-DD): \(text)"))
    }
    self = day
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(iso)
  }
}
