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

  @Test func keepsTheFirstOfARepeatedKeyAsJSONDecoderDoes() throws {
    let texts = [
      #"{"a":{"text":"first"},"a":{"choice":"no","text":"second"}}"#,
      #"{"a":{"choice":null,"text":"one","choice":"no","other":"x"}}"#,
      #"{"a":{"choice":"yes","text":"one","text":null}}"#,
    ]
    for text in texts {
      let decoded = try JSONDecoder().decode([String: StoredAnswer].self, from: Data(text.utf8))
      #expect(
        try JSONColumn.decodeMap(Answer.self, text) == decoded.mapValues(Answer.init(stored:)), "\(text)")
    }
    #expect(try JSONColumn.decodeMap(Answer.self, texts[0]) == ["a": Answer(text: "first")])
  }

  @Test func readsDueDateRevisions() throws {
    let revision = DueRevision(
      from: Day(year: 2026, month: 1, day: 5)!, to: Day(year: 2026, month: 2, day: 9)!,
      reason: "Board \"date\" moved",
      on: Day(year: 2026, month: 1, day: 2)!)
    guard case .text(let text) = JSONColumn.encode([revision]) else {
      Issue.record("a revision list is stored as text")
      return
    }
    #expect(try JSONColumn.decodeArray(DueRevision.self, text) == [revision])
    #expect(throws: StoredValueError.self) {
      try JSONColumn.decodeArray(
        DueRevision.self, #"[{"from":"2026-01-05","to":"2026-02-09","on":"2026-01-02"}]"#)
    }
    #expect(throws: StoredValueError.self) {
      try JSONColumn.decodeArray(DueRevision.self, #"["2026-01-05"]"#)
    }
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
