import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit
import Testing

/// Sampling: the pool and its size, a seeded draw (the seed shown), the draw's record, replacing a
/// case with a reserve.
@Suite struct SamplingScreenTests {
  /// A new audit (no cases) and twelve candidates, on the sampling screen.
  func harness() throws -> (Harness, AuditID) {
    let fixture = try TUIFixture()
    let id = try fixture.workbench.createAudit(
      theme: TUIFixture.theme, details: AuditDetails(title: "Draw test", meetingDate: Day(iso: "2026-12-01")))
    _ = try fixture.workbench.importCandidates(
      CandidateImportRequest(
        bytes: Array(try Data(contentsOf: URL(fileURLWithPath: try fixture.candidateFile()))),
        fileName: "cases.csv"))
    let h = try Harness(fixture: fixture)
    try h.press("2")
    return (h, id)
  }

  @Test func showsThePoolBeforeTheDraw() throws {
    let (h, _) = try harness()
    #expect(h.contains("Pool: 12 eligible candidates"))
    #expect(h.contains("Not drawn yet: d draws the cases."))
    try WorkflowSnapshot.check(h, "sampling")
  }

  @Test func drawsWithTheSeedTypedAndShowsItsRecord() throws {
    let (h, id) = try harness()
    try h.press("d", "down", "down").type("42").press("ctrl-s")
    let record = try h.record(id)
    #expect(record.audit.sample?.seed == 42)
    #expect(record.includedCases.count == 6)
    #expect(record.cases.count == 8)
    #expect(h.contains("Drawn with seed 42"))
    #expect(h.state.status?.text.contains("seed 42, 6 cases + 2 reserves from 12") == true)
    try WorkflowSnapshot.check(h, "sampling-drawn")
    try h.press("o")
    #expect(h.contains(record.audit.sample!.poolHash))
  }

  @Test func aSecondDrawAsksFirstAndAStrayFieldIsNamed() throws {
    let (h, id) = try harness()
    try h.press("d", "down", "down").type("42").press("down").type("colour").press("ctrl-s")
    #expect(h.state.status?.level == .error)
    #expect(try h.record(id).audit.sample == nil)
    try h.press("esc", "d", "d", "ctrl-s")
    try h.press("d")
    #expect(h.contains("Draw again?"))
  }

  @Test func replacingACaseBringsInTheFirstReserve() throws {
    let (h, id) = try harness()
    try h.press("d", "down", "down").type("42").press("ctrl-s")
    let before = try h.record(id)
    let first = before.includedCases[0].reference.value
    let reserve = before.cases.first { $0.status == .reserve }!.reference
    try h.press("home", "e").type("Family moved out of area").press("enter")
    let after = try h.record(id)
    #expect(after.includedCases.contains { $0.reference == reserve })
    #expect(!after.includedCases.contains { $0.reference.value == first })
    #expect(h.state.status?.text.contains("\(reserve.value) comes in for \(first)") == true)
  }
}
