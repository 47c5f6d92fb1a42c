import AuditTUI
import CFAGDomain
import Foundation
import TUIKit
import Testing

/// The candidate list: import by typed path with Tab completion, refused rows by line, dropping
/// refused columns after a confirmation, clearing the list.
@Suite struct CandidatesScreenTests {
  @Test func emptyListSaysHowToImport() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("c")
    #expect(h.state.screen.name == "Candidate list")
    #expect(h.contains("The candidate list is empty."))
    try WorkflowSnapshot.check(h, "candidates-empty")
  }

  @Test func tabCompletesThePathAndTheImportListsTheCandidates() throws {
    let h = try WorkflowSnapshot.harness()
    let path = try h.fixture.candidateFile()
    try h.press("c", "i").type(String(path.dropLast("s.csv".count))).press("tab")
    guard case .form(let form) = h.state.overlay else {
      return #expect(Bool(false), "the import form is open")
    }
    #expect(form.values["File"] == path)
    try h.press("enter")
    #expect(try h.fixture.workbench.candidates().count == 12)
    #expect(h.contains("Candidate list (12)"))
    #expect(h.contains("Next, s draws the sample. Imported 12 candidates"))
    try WorkflowSnapshot.check(h, "candidates")
  }

  @Test func refusedRowsAreListedWithTheirLinesAndNothingIsStored() throws {
    let h = try WorkflowSnapshot.harness()
    let path = try h.fixture.candidateFile(badLine: 3)
    try h.press("c", "i").type(path).press("enter")
    #expect(h.contains("Not imported: 1 problem; nothing was stored"))
    #expect(h.contains("cases.csv:4: plan_type"))
    #expect(try h.fixture.workbench.candidates().isEmpty)
  }

  @Test func aNamesColumnIsDroppedAfterConfirmation() throws {
    let h = try WorkflowSnapshot.harness()
    let path = try h.fixture.candidateFile(named: true)
    try h.press("c", "i").type(path).press("enter")
    #expect(h.contains("d leaves out “Child Name” and imports again"))
    try h.press("d")
    #expect(h.contains("Leave out columns"))
    try h.press("n")
    #expect(try h.fixture.workbench.candidates().isEmpty)
    try h.press("d", "y")
    #expect(try h.fixture.workbench.candidates().count == 12)
    #expect(h.state.status?.text.contains("Imported 12 candidates") == true)
  }

  @Test func clearingAsksThenKeepsTheSampledCandidates() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("c", "i").type(try h.fixture.candidateFile()).press("enter")
    _ = try h.fixture.workbench.addCase("CFAG-2026-01", reference: "MC-700001", reason: "by hand")
    try h.press("x")
    #expect(h.contains("Clear the candidate list"))
    try h.press("k")
    #expect(try h.fixture.workbench.candidates().map(\.reference.value) == ["MC-700001"])
    #expect(h.contains("Deleted 11 candidates; kept the sampled ones."))
  }
}
