import CFAGDomain
import Testing

/// How an agency's typed answer to a theme question is read: a choice, optionally with a note after
/// a colon, or free text.
struct AnswerTests {
  @Test(arguments: [
    ("yes", Answer.Choice.yes, ""),
    ("  Yes: seen at home on the 3rd  ", .yes, "seen at home on the 3rd"),
    ("partially: one visit missed", .partly, "one visit missed"),
    ("P", .partly, ""),
    ("no:", .no, ""),
    ("N/A", .notApplicable, ""),
    ("Not applicable: not open to us", .notApplicable, "not open to us"),
    ("not-applicable", .notApplicable, ""),
    ("yes: a note: with a colon", .yes, "a note: with a colon"),
  ])
  func aChoiceIsReadWithItsNote(typed: String, choice: Answer.Choice, note: String) {
    let answer = Answer(parsing: typed)
    #expect(answer.choice == choice)
    #expect(answer.text == note)
  }

  @Test(arguments: [
    "Yes, the child was seen alone",
    "yes the child was seen",
    "The plan was reviewed: outcomes were clear",
    "Not applicable as the family moved away before the assessment began",
  ])
  func anythingElseIsKeptAsFreeText(typed: String) {
    let answer = Answer(parsing: typed)
    #expect(answer.choice == nil)
    #expect(answer.text == typed.trimmingWhitespace)
  }
}
