import CFAGDomain
import Testing

/// The headline sentence in the partnership's words, for 0, 1 and many cases of each grade.
struct HeadlineTests {
  static let subject = "children on a child in need plan"
  static let scope = "looked at in the themed audit of children on a child in need plan"

  static func headline(_ good: Int, _ ri: Int, _ inadequate: Int, cases: Int? = nil) -> String {
    GradeDistribution(
      good: good, requiresImprovement: ri, inadequate: inadequate, cases: cases ?? good + ri + inadequate
    ).headline(subject: subject)
  }

  @Test func theAnnualReportSentences() {
    #expect(
      Self.headline(1, 4, 1)
        == "1 of the 6 cases \(Self.scope) was identified as good, 4 as requiring improvement and 1 as inadequate."
    )
    #expect(
      GradeDistribution(good: 1, requiresImprovement: 3, inadequate: 2, cases: 6).headline(
        subject: "pre birth assessments")
        == "1 of the 6 cases looked at in the themed audit of pre birth assessments was identified as good, "
        + "3 as requiring improvement and 2 as inadequate.")
  }

  @Test func zeroGoodReadsNone() {
    #expect(
      Self.headline(0, 5, 3)
        == "None of the 8 cases \(Self.scope) was identified as good, 5 as requiring improvement and 3 as inadequate."
    )
  }

  @Test func zerosOfTheOtherGradesReadNone() {
    #expect(
      Self.headline(2, 0, 3)
        == "2 of the 5 cases \(Self.scope) were identified as good, none as requiring improvement and 3 as inadequate."
    )
    #expect(
      Self.headline(3, 2, 0)
        == "3 of the 5 cases \(Self.scope) were identified as good, 2 as requiring improvement and none as inadequate."
    )
  }

  @Test func manyGoodTakesThePlural() {
    #expect(
      Self.headline(4, 1, 1)
        == "4 of the 6 cases \(Self.scope) were identified as good, 1 as requiring improvement and 1 as inadequate."
    )
  }

  @Test func everyCaseGoodReadsAll() {
    #expect(
      Self.headline(6, 0, 0)
        == "All of the 6 cases \(Self.scope) were identified as good, none as requiring improvement and none as inadequate."
    )
  }

  @Test(
    "one case, of each grade",
    arguments: [
      (Grade.good, "good"), (.requiresImprovement, "requiring improvement"), (.inadequate, "inadequate"),
    ])
  func oneCase(grade: Grade, phrase: String) {
    let distribution = GradeDistribution(grades: [grade])
    #expect(
      distribution.headline(subject: Self.subject) == "The 1 case \(Self.scope) was identified as \(phrase).")
  }

  @Test func oneCaseNotYetGraded() {
    #expect(Self.headline(0, 0, 0, cases: 1) == "The 1 case \(Self.scope) is not yet graded.")
  }

  @Test func noCasesAtAll() {
    #expect(
      Self.headline(0, 0, 0) == "No cases have yet been looked at in the themed audit of \(Self.subject).")
  }

  @Test func ungradedCasesAreSaid() {
    #expect(
      Self.headline(1, 2, 0, cases: 6)
        == "1 of the 6 cases \(Self.scope) was identified as good, 2 as requiring improvement and none as inadequate; "
        + "3 are not yet graded.")
  }
}
