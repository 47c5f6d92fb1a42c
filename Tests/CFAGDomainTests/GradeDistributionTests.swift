import CFAGDomain
import Testing

struct GradeDistributionTests {
  let subject = "children on a child in need plan"

  @Test func thePartnershipsOwnSentence() {
    let figures = GradeDistribution(good: 1, requiresImprovement: 4, inadequate: 1, cases: 6)
    #expect(
      figures.headline(subject: subject)
        == "1 of the 6 cases looked at in the themed audit of children on a child in need plan was "
        + "identified as good, 4 as requiring improvement and 1 as inadequate.")
  }

  @Test func noneGoodReadsNone() {
    let figures = GradeDistribution(good: 0, requiresImprovement: 5, inadequate: 3, cases: 8)
    #expect(
      figures.headline(subject: "neglect")
        == "None of the 8 cases looked at in the themed audit of neglect was identified as good, "
        + "5 as requiring improvement and 3 as inadequate.")
  }

  @Test func pluralVerbAndLaterZeros() {
    let figures = GradeDistribution(good: 2, requiresImprovement: 4, inadequate: 0, cases: 6)
    #expect(
      figures.headline(subject: "x")
        == "2 of the 6 cases looked at in the themed audit of x were identified as good, "
        + "4 as requiring improvement and none as inadequate.")
  }

  @Test func oneCase() {
    let figures = GradeDistribution(grades: [.inadequate])
    #expect(
      figures.headline(subject: "x")
        == "The 1 case looked at in the themed audit of x was identified as inadequate.")
  }

  @Test func ungradedCasesAreSaid() {
    let figures = GradeDistribution(grades: [.good, .good], cases: 6)
    #expect(figures.headline(subject: "x").hasSuffix("none as inadequate; 4 are not yet graded."))
    #expect(figures.progress == "2 of 6 graded")
  }

  @Test func countsEachGrade() {
    let figures = GradeDistribution(grades: [.good, .requiresImprovement, .requiresImprovement, .inadequate])
    #expect(figures.good == 1)
    #expect(figures.requiresImprovement == 2)
    #expect(figures.inadequate == 1)
    #expect(figures.summary == "1 good, 2 requires improvement, 1 inadequate")
  }
}
