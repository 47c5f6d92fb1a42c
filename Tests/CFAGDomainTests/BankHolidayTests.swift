import CFAGDomain
import Testing

@Suite struct BankHolidayTests {
  static func days(_ isos: [String]) -> [Day] { isos.map { Day(iso: $0)! } }

  @Test func twentyTwentyFiveIsTheUsualEight() {
    #expect(
      BankHolidays.days(in: 2025)
        == Self.days([
          "2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25",
          "2025-12-26",
        ]))
  }

  @Test func substituteDaysAndTheJubileeYear() {
    // New Year's Day on a Saturday, the Platinum Jubilee, the Queen's funeral, Christmas on a Sunday.
    #expect(
      BankHolidays.days(in: 2022)
        == Self.days([
          "2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29",
          "2022-09-19", "2022-12-26", "2022-12-27",
        ]))
    // Christmas on a Saturday: Monday 27 and Tuesday 28.
    #expect(BankHolidays.days(in: 2021).suffix(2) == Self.days(["2021-12-27", "2021-12-28"]))
    // VE Day's 75th anniversary moved the early May holiday to Friday 8 May.
    #expect(BankHolidays.contains(Day(iso: "2020-05-08")!))
    #expect(!BankHolidays.contains(Day(iso: "2020-05-04")!))
    #expect(BankHolidays.contains(Day(iso: "2023-05-08")!))
  }

  @Test func easterFollowsTheGregorianRule() {
    #expect(BankHolidays.easterSunday(2024) == Day(iso: "2024-03-31")!)
    #expect(BankHolidays.easterSunday(2026) == Day(iso: "2026-04-05")!)
    #expect(BankHolidays.easterSunday(2019) == Day(iso: "2019-04-21")!)
  }

  @Test func workingDaysAreWeekdaysThatAreNotBankHolidays() {
    #expect(Day(iso: "2026-03-02")!.isWorkingDay)  // a Monday
    #expect(!Day(iso: "2026-03-07")!.isWorkingDay)  // a Saturday
    #expect(!Day(iso: "2026-05-25")!.isWorkingDay)  // the spring bank holiday
    #expect(Day(iso: "2026-12-24")!.isWorkingDay)  // Christmas Eve is not a bank holiday
  }
}
