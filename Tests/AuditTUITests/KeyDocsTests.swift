import AuditTUI
import Foundation
import Testing

/// `docs/keys.md` is generated from the binding tables; this fails when it is stale.
@Suite struct KeyDocsTests {
  static var file: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/keys.md")
  }

  @Test func keysDocumentIsCurrent() throws {
    try Snapshot.compare(KeyDocs.markdown(), file: Self.file)
  }

  @Test func documentNamesEveryScreenAndTheJudgingKeys() {
    let text = KeyDocs.markdown()
    for heading in ["## Home", "## Case panel", "## Meeting mode", "## Everywhere", "## Text editor"] {
      #expect(text.contains(heading))
    }
    #expect(text.contains("| `g` | Good — overall grade good |"))
    #expect(text.contains("`ctrl-r`"))
  }
}

/// The keys that work everywhere mean one thing on every screen.
@Suite struct KeyMeaningTests {
  @Test func noScreenGivesAnEverywhereKeyAnotherMeaning() {
    #expect(KeyDocs.clashesWithEverywhere() == [])
  }
}
