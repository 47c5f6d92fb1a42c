import CFAGDomain
import Testing

@testable import CFAGStore

/// `JSONColumnWriter` writes the same text `JSONColumn.encode` does, escapes and key order included.
@Suite struct JSONColumnWriterTests {
  /// Every control character, quotes, backslashes, a slash and characters beyond ASCII.
  static let awkward =
    String(String.UnicodeScalarView((0..<0x20).map { Unicode.Scalar(UInt8($0)) }))
    + "\"quoted\" back\\slash a/b \u{7F} é \u{2028} \u{FEFF} 😀"

  @Test func answersAreWrittenAsTheEncoderWritesThem() {
    let answers: [String: Answer] = [
      "q10": Answer(choice: .yes, text: Self.awkward), "q2": Answer(text: "no choice"),
      "Q3": Answer(choice: .partly, text: ""), "a-b": Answer(), "a_b": Answer(choice: .no, text: "x"),
    ]
    #expect(JSONColumnWriter.answers(answers) == JSONColumn.encode(answers))
    #expect(JSONColumnWriter.answers([:]) == JSONColumn.encode([String: Answer]()))
    let beyondASCII: [String: Answer] = ["é": Answer(text: "1"), "e": Answer(text: "2")]
    #expect(JSONColumnWriter.answers(beyondASCII) == JSONColumn.encode(beyondASCII))
  }

  @Test func judgementsAndTextsAreWrittenAsTheEncoderWritesThem() {
    let judgements: [String: DomainJudgement] = [
      "voice": .graded(.good), "assessment": .notApplicable, "Plan": .graded(.inadequate),
      "plan-2": .graded(.requiresImprovement),
    ]
    #expect(JSONColumnWriter.judgements(judgements) == JSONColumn.encode(judgements))
    #expect(JSONColumnWriter.judgements([:]) == JSONColumn.encode([String: DomainJudgement]()))
    let texts = ["voice", Self.awkward, "", "a/b"]
    #expect(JSONColumnWriter.texts(texts) == JSONColumn.encode(texts))
    #expect(JSONColumnWriter.texts([]) == JSONColumn.encode([String]()))
  }
}
