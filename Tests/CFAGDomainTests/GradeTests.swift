import CFAGDomain
import Testing

struct GradeTests {
  @Test(arguments: [
    ("good", Grade.good), ("Good", .good), ("g", .good), ("requires-improvement", .requiresImprovement),
    ("requires improvement", .requiresImprovement), ("RI", .requiresImprovement),
    ("ri", .requiresImprovement),
    ("inadequate", .inadequate), ("INADEQUATE", .inadequate),
  ])
  func acceptsTheSpellingsPeopleUse(text: String, grade: Grade) {
    #expect(Grade(parsing: text) == grade)
  }

  @Test func refusesOtherWords() {
    #expect(Grade(parsing: "outstanding") == nil)
    #expect(Grade(parsing: "") == nil)
  }

  @Test func domainJudgementsAcceptNotApplicable() {
    #expect(DomainJudgement(parsing: "n/a") == .notApplicable)
    #expect(DomainJudgement(parsing: "Not applicable") == .notApplicable)
    #expect(DomainJudgement(parsing: "RI") == .graded(.requiresImprovement))
    #expect(DomainJudgement(parsing: "maybe") == nil)
  }
}
