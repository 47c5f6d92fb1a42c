import CFAGDomain
import Testing

struct DayTests {
  @Test func parsesAndPrintsISODates() {
    #expect(Day(iso: "2026-02-28")?.iso == "2026-02-28")
    #expect(Day(iso: "2026-02-29") == nil)
    #expect(Day(iso: "2024-02-29") != nil)
    #expect(Day(iso: "2026-13-01") == nil)
    #expect(Day(iso: "26-01-01") == nil)
    #expect(Day(iso: "2026-1-01") == nil)
    #expect(Day(iso: "") == nil)
  }

  @Test func ordinalsRoundTrip() {
    let start = Day(iso: "1999-12-25")!
    for offset in stride(from: 0, to: 20_000, by: 37) {
      let day = start.adding(days: offset)
      #expect(Day(ordinal: day.ordinal) == day)
      #expect(start.days(until: day) == offset)
    }
    #expect(Day(iso: "1970-01-01")!.ordinal == 0)
  }

  @Test func workingDaysSkipWeekends() {
    let friday = Day(iso: "2026-11-20")!
    #expect(friday.weekday == 4)
    #expect(friday.adding(workingDays: 2).iso == "2026-11-24")
    #expect(Day(iso: "2026-11-23")!.adding(workingDays: 2).iso == "2026-11-25")
  }

  @Test func monthsClampToTheMonthsLength() {
    #expect(Day(iso: "2026-01-31")!.adding(months: 1).iso == "2026-02-28")
    #expect(Day(iso: "2026-03-15")!.adding(months: -12).iso == "2025-03-15")
  }

  @Test func agesInWholeYears() {
    let birth = Day(iso: "2015-06-10")!
    #expect(birth.wholeYears(until: Day(iso: "2026-06-09")!) == 10)
    #expect(birth.wholeYears(until: Day(iso: "2026-06-10")!) == 11)
  }
}
