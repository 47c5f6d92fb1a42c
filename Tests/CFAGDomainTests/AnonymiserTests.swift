import Testing

@testable import CFAGDomain

/// The one anonymiser: no spelling of a case reference survives it.
struct AnonymiserTests {
  static let anonymiser = Anonymiser(
    references: [CaseReference(trusted: "MC-1002"), CaseReference(trusted: "MC-400105")],
    labels: [CaseReference(trusted: "MC-1002"): "Case A"])

  /// Every way people write MC-1002: each casing of the letters, with each separator or none.
  static var variants: [String] {
    let casings = ["MC", "mc", "Mc", "mC"]
    let separators = [""] + ReferenceMatcher.separators.map(String.init)
    return casings.flatMap { letters in separators.map { letters + $0 + "1002" } }
  }

  @Test func everySpellingOfAReferenceIsReplacedByItsLabel() {
    #expect(Self.variants.count == 4 * (1 + ReferenceMatcher.separators.count))
    for variant in Self.variants {
      let scrubbed = Self.anonymiser.scrub("Review \(variant)'s plan (\(variant)).")
      #expect(scrubbed == "Review Case A's plan (Case A).", "\(variant) survived: \(scrubbed)")
    }
  }

  @Test func aReferenceWithoutALabelIsStillRemoved() {
    #expect(Self.anonymiser.scrub("see mc 400105") == "see \(Anonymiser.unlabelled)")
  }

  @Test func theWordCaseBeforeAReferenceIsNotRepeated() {
    #expect(Self.anonymiser.scrub("In case MC-1002 the plan") == "In Case A the plan")
    #expect(Self.anonymiser.scrub("Case mc 1002: drift") == "Case A: drift")
    #expect(Self.anonymiser.scrub("Staircase MC-1002") == "Staircase Case A")
    #expect(Self.anonymiser.scrub("case mc 400105") == "case \(Anonymiser.unlabelled)")
  }

  @Test func longerNumbersAndWordsAreLeftAlone() {
    #expect(Self.anonymiser.scrub("MC-10021 and XMC1002 stay") == "MC-10021 and XMC1002 stay")
  }

  @Test func anActionsEveryFreeTextIsScrubbed() {
    let action = TrackerAction(
      id: ActionID("LL-2026-001"), text: "Review mc1002", source: .other("test"), owner: "police",
      lead: "Lead", created: Day(iso: "2026-01-01")!, due: Day(iso: "2026-06-01")!,
      dueRevisions: [
        DueRevision(
          from: Day(iso: "2026-05-01")!, to: Day(iso: "2026-06-01")!, reason: "MC 1002 moved",
          on: Day(iso: "2026-02-01")!)
      ],
      ragOverride: RAGOverride(rag: .amber, reason: "MC\u{2011}1002 waits"),
      progress: [ProgressNote(on: Day(iso: "2026-02-01")!, author: "A", text: "Met about Mc_1002")],
      evidenceOfImpact: "mc.1002 is safer")
    let scrubbed = Self.anonymiser.scrubbed(action)
    let texts =
      [scrubbed.text, scrubbed.evidenceOfImpact, scrubbed.ragOverride!.reason]
      + scrubbed.progress.map(\.text) + scrubbed.dueRevisions.map(\.reason)
    #expect(texts.allSatisfy { $0.contains("Case A") && !$0.lowercased().contains("1002") })
  }

  @Test func severalAuditsNameTheAuditWithTheLabel() {
    let reference = CaseReference(trusted: "MC-1002")
    let audit = Audit(
      id: "CFAG-2026-01", title: "T", theme: AuditRecordTests.theme, meetingDate: Day(iso: "2026-12-01")!)
    let record = AuditRecord(
      audit: audit, cases: [AuditCase(reference: reference, selection: .random(order: 1))])
    #expect(Anonymiser([record]).scrub("mc 1002") == "Case A of CFAG-2026-01")
  }
}
