import AuditTUI
import CFAGDomain
import CFAGStore
import Foundation
import TUIKit
import Testing

/// The report: narrative sections beside the panel's rationales, the whole report scrolled, export
/// to a typed path, sign-off and an amendment.
@Suite struct ReportScreenTests {
  @Test func sectionsWithTheRationalesAsSources() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("6")
    #expect(h.contains("● Purpose"))
    try h.press("down", "down")
    #expect(h.contains("Sources — the panel's rationales:"))
    #expect(h.contains("Case A: Assessment was timely"))
    try WorkflowSnapshot.check(h, "report")
    try h.press("tab")
    #expect(h.contains("The report as it will read (draft)"))
    try WorkflowSnapshot.check(h, "report-preview")
  }

  @Test func writingASectionIsSavedAndUndone() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("6", "down", "enter").type("Most children were not seen alone.").press("ctrl-s")
    #expect(
      try h.fixture.workbench.reportSections("CFAG-2026-01")["summary"]
        == "Most children were not seen alone.")
    #expect(h.contains("Most children were not seen alone."))
    try h.press("u")
    #expect(try h.fixture.workbench.reportSections("CFAG-2026-01")["summary"] == nil)
  }

  @Test func exportsEachFormatAndRefusesToOverwrite() throws {
    let h = try WorkflowSnapshot.harness()
    let folder = h.fixture.folder.path
    for format in ["md", "html", "docx", "csv"] {
      try h.press("6", "e", "ctrl-u").type("\(folder)/report.\(format)").press("ctrl-s")
      #expect(FileManager.default.fileExists(atPath: "\(folder)/report.\(format)"))
    }
    try h.press("e", "ctrl-u").type("\(folder)/report.md").press("ctrl-s")
    #expect(h.state.status?.text.contains("already exists") == true)
  }

  @Test func signOffRefusedWhileUngradedThenDoneAndAmended() throws {
    let h = try WorkflowSnapshot.harness()
    try h.press("6", "S")
    #expect(h.state.status?.text.contains("3 cases are not graded yet") == true)
    for reference in ["MC-100004", "MC-100005", "MC-100006"] {
      _ = try h.fixture.workbench.grade(
        "CFAG-2026-01", reference: reference, GradeInput(overall: .good, rationale: "Fine."))
    }
    try h.press("q", "6", "S", "enter")
    #expect(h.contains("Sign off CFAG-2026-01?"))
    try h.press("y", "y")
    #expect(try h.record("CFAG-2026-01").audit.signOff?.by == "Head of Safeguarding")
    #expect(h.contains("A opens an amendment"))
    try h.press("A").type("Case C grade corrected").press("enter")
    #expect(try h.record("CFAG-2026-01").audit.openAmendment?.reason == "Case C grade corrected")
  }
}
