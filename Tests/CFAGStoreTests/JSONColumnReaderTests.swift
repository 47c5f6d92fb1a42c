import CFAGDomain
import Foundation
import Testing

@testable import CFAGStore

/// `JSONColumnReader` reads the array and map columns as `JSONDecoder` reads them: escapes,
/// characters beyond ASCII, white space and `null` members alike; and refuses what is not JSON.
@Suite struct JSONColumnReaderTests {
  @Test func readsWhatJSONDecoderReads() throws {
    let texts = [
      #"["plain","with \"quotes\" and \\ and \/","tab\tline\nend","caf\u00e9 \ud83d\ude00","😀 é"]"#,
      #" [ "spaced" , "out" ] "#, "[]",
    ]
    for text in texts {
      let expected = try JSONDecoder().decode([String].self, from: Data(text.utf8))
      #expect(try JSONColumn.decodeArray(String.self, text) == expected, "\(text)")
    }
  }

  @Test func readsAnswersWithAndWithoutAChoice() throws {
    let text = #"{"a":{"choice":"yes","text":"seen"},"b":{"text":"words"},"c":{"choice":null,"text":""}}"#
    #expect(
      try JSONColumn.decodeMap(Answer.self, text) == [
        "a": Answer(choice: .yes, text: "seen"), "b": Answer(text: "words"), "c": Answer(text: ""),
      ])
    #expect(try JSONColumn.decodeMap(Answer.self, "{ }") == [:])
    #expect(try JSONColumn.decodeMap(Answer.self, nil) == [:])
  }

  @Test func refusesWhatIsNotJSONOfTheColumn() {
    for text in [#"["open"#, #"["a",]"#, #"["a"] x"#, #"{"a":"good"#, #"["\x"]"#, #"["\ud800"]"#, "", "[1]"] {
      #expect(throws: (any Error).self, "\(text)") { try JSONColumn.decodeArray(String.self, text) }
    }
    #expect(throws: StoredValueError.self) {
      try JSONColumn.decodeMap(Answer.self, #"{"a":{"choice":"yes"}}"#)
    }
    #expect(throws: StoredValueError.self) {
      try JSONColumn.decodeMap(DomainJudgement.self, #"{"a":"great"}"#)
    }
  }
}
