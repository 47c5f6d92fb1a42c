import CFAGDomain
import CFAGInterchange
import Foundation
import Testing

@testable import CFAGStore

/// A Word return as LibreOffice saves it, imported: `Fixtures/Returns/police-libreoffice.docx` was
/// made by `Benchmarks/word-round-trip` (police's template for a six-case child in need audit,
/// filled by editing its XML as Word would, re-saved by `soffice --convert-to docx`).
struct WordReturnImportTests {
  static let cases = (1...6).map { "MC-100\($0)" }

  static func fixtureBytes() throws -> [UInt8] {
    let url = try #require(
      Bundle.module.url(
        forResource: "police-libreoffice", withExtension: "docx", subdirectory: "Fixtures/Returns"))
    return [UInt8](try Data(contentsOf: url))
  }

  /// The audit the script made: CFAG-2026-01, the bundled child in need theme, six cases.
  static func audit(_ fixture: StoreFixture) throws -> AuditID {
    let theme = try #require(DemoTruthTests.themes.first { $0.id == "child-in-need" })
    let id = try fixture.workbench.createAudit(
      theme: theme,
      details: AuditDetails(
        meetingDate: Day(iso: "2026-12-01"), panelAgencies: ["social care", "police", "MFT"],
        returnsDue: Day(iso: "2026-11-27")))
    for reference in cases { try fixture.workbench.addCase(id, reference: reference, reason: "chosen") }
    return id
  }

  @Test func theLibreOfficeFileImportsWithFiveReturnedAndOneDraft() throws {
    let fixture = try StoreFixture(today: "2026-11-20")
    let id = try Self.audit(fixture)
    try fixture.workbench.returnTemplate(id, agency: "police", format: .docx)
    let summary = try fixture.workbench.importReturns(id, bytes: Self.fixtureBytes(), fileName: "police.docx")
      .value
    #expect(summary.agency.id == "kent-police")
    #expect(summary.added.map(\.value) == Self.cases)
    #expect(summary.drafts.map(\.reference.value) == ["MC-1006"])
    let status = try fixture.workbench.returnStatus(id)
    let police = try #require(status.agencies.first { $0.agency.id == "kent-police" })
    #expect(police.sent == Day(iso: "2026-11-20"))
    #expect(police.states.prefix(5).allSatisfy { $0 == .returned })
    guard case .draft(let missing) = police.states[5] else {
      Issue.record("MC-1006 is \(police.states[5]), not a draft")
      return
    }
    #expect(missing.first == .answer("plan-smart") && missing.last == .overallGrade)
    let record = try fixture.workbench.record(id)
    let third = try #require(record.returns.first { $0.reference.value == "MC-1003" })
    #expect(third.notApplicable == ["planning"])
    #expect(
      third.knownBecause == "Referred by the school after a disclosure; known to the\nneighbourhood team.")
    #expect(
      third.answers["referral-timely"]
        == Answer(choice: .partly, text: "Seen in the occurrence log; no follow-up recorded."))
    #expect(third.answers["lived-experience"]?.text == "Recorded on the police file & shared.")
    #expect(try fixture.workbench.store.verify().isValid)
  }

  @Test func aNewerFileShowsItsChangesFieldByFieldAndADryRunStoresNothing() throws {
    let fixture = try StoreFixture(today: "2026-11-20")
    let id = try Self.audit(fixture)
    try fixture.workbench.importReturns(id, bytes: Self.fixtureBytes(), fileName: "police.docx")
    try fixture.workbench.addReturn(
      id, ReturnInput(reference: "MC-1001", agency: "police", gaps: "None found", overallGrade: .good))
    let before = try fixture.dump()
    let plan = try fixture.workbench.importReturns(
      id, bytes: Self.fixtureBytes(), fileName: "police.docx", dryRun: true
    ).value
    #expect(plan.dryRun && plan.replaced.map(\.value) == Self.cases)
    #expect(
      plan.changes == [
        ReturnChange(
          reference: CaseReference(trusted: "MC-1001"), item: "gaps", old: "None found",
          new: "The officer did not record the child's words."),
        ReturnChange(
          reference: CaseReference(trusted: "MC-1001"), item: "grade", old: "Good",
          new: "Requires improvement"),
      ])
    #expect(try fixture.dump() == before)
  }

  @Test func aHalfFilledReturnTypedInIsADraftAndANotApplicableDomainCompletesIt() throws {
    let fixture = try StoreFixture()
    let id = try fixture.audit(cases: 1)
    let draft = try fixture.workbench.addReturn(
      id,
      ReturnInput(
        reference: "MC-1001", agency: "police", knownBecause: "Call-out", answers: ["history": "yes"]))
    #expect(draft.value.missing == [.answer("seen"), .overallGrade])
    #expect(try fixture.workbench.returnPack(id).tables[0].agencies == ["Police (draft)"])
    #expect(throws: DomainError.self) {
      try fixture.workbench.addReturn(
        id, ReturnInput(reference: "MC-1001", agency: "police", notApplicable: ["assessment"]))
    }
    let complete = try fixture.workbench.addReturn(
      id, ReturnInput(reference: "MC-1001", agency: "police", overallGrade: .good, notApplicable: ["voice"]))
    #expect(complete.value.isComplete && complete.value.agencyReturn.notApplicable == ["voice"])
    #expect(try fixture.workbench.returnStatus(id).agencies.first?.states == [.returned])
    let pack = try fixture.workbench.returnPack(id).tables[0]
    #expect(pack.agencies == ["Police"])
    #expect(
      pack.rows.filter { $0.cells == ["does not apply"] }.map(\.label) == [
        "Does the section “Voice of the child” not apply to your agency's work?"
      ])
  }
}
