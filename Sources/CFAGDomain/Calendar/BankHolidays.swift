/// Bank holidays in England and Wales, where the partnership works, with the substitute days when a
/// holiday falls at a weekend and the one-off holidays proclaimed since 1995.
public enum BankHolidays {
  /// Whether `day` is a bank holiday in England and Wales.
  public static func contains(_ day: Day) -> Bool { days(in: day.year).contains(day) }

  /// Every bank holiday of `year`, in date order.
  public static func days(in year: Int) -> [Day] {
    var days: [Day] = []
    days.append(weekdayOnOrAfter(Day(year: year, month: 1, day: 1)!))
    let easter = easterSunday(year)
    days.append(easter.adding(days: -2))
    days.append(easter.adding(days: 1))
    // Early May: the first Monday, moved to the Friday of VE Day's 50th and 75th anniversaries.
    let earlyMay: [Int: Day] = [
      1995: Day(year: 1995, month: 5, day: 8)!, 2020: Day(year: 2020, month: 5, day: 8)!,
    ]
    days.append(earlyMay[year] ?? firstMonday(year, month: 5))
    // Spring: the last Monday of May, moved in the jubilee years.
    let spring: [Int: [Day]] = [
      2002: [Day(year: 2002, month: 6, day: 3)!, Day(year: 2002, month: 6, day: 4)!],
      2012: [Day(year: 2012, month: 6, day: 4)!, Day(year: 2012, month: 6, day: 5)!],
      2022: [Day(year: 2022, month: 6, day: 2)!, Day(year: 2022, month: 6, day: 3)!],
    ]
    days += spring[year] ?? [lastMonday(year, month: 5)]
    days.append(lastMonday(year, month: 8))
    // Christmas and Boxing Day; a holiday at a weekend moves to the next free weekday.
    let christmas = Day(year: year, month: 12, day: 25)!
    switch christmas.weekday {
    case 5: days += [christmas.adding(days: 2), christmas.adding(days: 3)]  // Saturday: Mon 27, Tue 28
    case 6: days += [christmas.adding(days: 1), christmas.adding(days: 2)]  // Sunday: Mon 26, Tue 27
    case 4: days += [christmas, christmas.adding(days: 3)]  // Friday: Boxing Day moves to Mon 28
    default: days += [christmas, christmas.adding(days: 1)]
    }
    let oneOff: [Int: [Day]] = [
      1999: [Day(year: 1999, month: 12, day: 31)!],
      2011: [Day(year: 2011, month: 4, day: 29)!],
      2022: [Day(year: 2022, month: 9, day: 19)!],
      2023: [Day(year: 2023, month: 5, day: 8)!],
    ]
    days += oneOff[year] ?? []
    return days.sorted()
  }

  /// Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm).
  public static func easterSunday(_ year: Int) -> Day {
    let a = year % 19
    let b = year / 100
    let c = year % 100
    let d = b / 4
    let e = b % 4
    let f = (b + 8) / 25
    let g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4
    let k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return Day(year: year, month: month, day: day)!
  }

  private static func weekdayOnOrAfter(_ day: Day) -> Day {
    var day = day
    while day.isWeekend { day = day.adding(days: 1) }
    return day
  }

  private static func firstMonday(_ year: Int, month: Int) -> Day {
    let first = Day(year: year, month: month, day: 1)!
    return first.adding(days: (7 - first.weekday) % 7)
  }

  private static func lastMonday(_ year: Int, month: Int) -> Day {
    let last = Day(year: year, month: month, day: Day.daysIn(month: month, year: year))!
    return last.adding(days: -last.weekday)
  }
}

extension Day {
  /// A bank holiday in England and Wales.
  public var isBankHoliday: Bool { BankHolidays.contains(self) }

  /// Monday to Friday and not a bank holiday in England and Wales.
  public var isWorkingDay: Bool { !isWeekend && !isBankHoliday }
}
