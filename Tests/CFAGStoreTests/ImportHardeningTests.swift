import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import Testing

/// Careless or hostile files are refused with their line and column, and nothing is stored.
struct ImportHardeningTests {
  @Test("a tracker CSV with a NUL in a field is refused with its line and column; nothing changes")
  func trackerNUL() throws {
    let (fixture, ids) = try ActionImportTests.fixture()
    var rows = try ActionImportTests.exported(fixture)
    ActionImportTests.edit(&rows, id: ids[1], .newProgress, "Done\u{0}hidden text")
    let before = try fixture.dump()
    #expect {
      try fixture.workbench.importActionUpdates(ActionImportTests.csv(rows), dryRun: false)
    } throws: { error in
      guard let failure = error as? TrackerImportFailure else { return false }
      return failure.problems.map(\.description) == [
        "line 3: column \"New progress note\" holds a NUL byte, which cannot be stored: remove it"
      ]
    }
    #expect(try fixture.dump() == before)
  }

  @Test("an edited read-only cell is reported with its line and column and nothing is applied")
  func readOnlyCellEdits() throws {
    let (fixture, ids) = try ActionImportTests.fixture()
    _ = try fixture.workbench.updateAction(ids[0], ActionUpdate(progress: "Booked"))
    var rows = try ActionImportTests.exported(fixture)
    ActionImportTests.edit(&rows, id: ids[0], .progress, "All officers trained")
    ActionImportTests.edit(&rows, id: ids[1], .status, "In progress")
    ActionImportTests.edit(&rows, id: ids[2], .action, "Something easier")
    let before = try fixture.dump()
    #expect {
      try fixture.workbench.importActionUpdates(ActionImportTests.csv(rows), dryRun: false)
    } throws: { error in
      let problems = (error as? TrackerImportFailure)?.problems ?? []
      return problems.count == 2
        && problems[0].line == 2 && problems[0].message.contains("column \"Latest progress\" was changed")
        && problems[0].message.contains("New progress note")
        && problems[1].line == 4 && problems[1].message.contains("column \"Action\" was changed")
    }
    #expect(try fixture.dump() == before)
  }

  @Test("lead and owner are editable columns, applied and logged; dates may come back day-first")
  func leadAndOwnerAreApplied() throws {
    let (fixture, ids) = try ActionImportTests.fixture()
    var rows = try ActionImportTests.exported(fixture)
    ActionImportTests.edit(&rows, id: ids[0], .lead, "DS New Lead")
    ActionImportTests.edit(&rows, id: ids[0], .agency, "MFT")
    ActionImportTests.edit(&rows, id: ids[1], .created, "23/11/2026")
    let plan = try fixture.workbench.importActionUpdates(ActionImportTests.csv(rows), dryRun: false)
    #expect(plan.entries.map(\.id) == [ids[0]])
    #expect(plan.entries.first?.changes.map(\.field) == ["lead", "owner"])
    let action = try fixture.workbench.action(ids[0])
    #expect(action.lead == "DS New Lead")
    #expect(action.owner == "medway-nhs-foundation-trust")
    #expect(try fixture.workbench.store.verify().problems == [])
    ActionImportTests.edit(&rows, id: ids[2], .agency, "Nobody")
    #expect { try fixture.workbench.importActionUpdates(ActionImportTests.csv(rows), dryRun: true) } throws: {
      "\($0)".contains("Agency \"Nobody\" is not an agency")
    }
  }

  @Test("a tracker due date outside 2000–2100 is refused")
  func trackerDateWindow() throws {
    let (fixture, ids) = try ActionImportTests.fixture()
    var rows = try ActionImportTests.exported(fixture)
    ActionImportTests.edit(&rows, id: ids[0], .due, "9999-12-31")
    ActionImportTests.edit(&rows, id: ids[0], .dueReason, "why not")
    #expect {
      try fixture.workbench.importActionUpdates(ActionImportTests.csv(rows), dryRun: false)
    } throws: {
      "\($0)".contains("line 2: \(ids[0]): Due \"9999-12-31\" is outside 2000–2100")
    }
  }

  @Test("a header-only candidate list does not silently remove a source's candidates")
  func headerOnlyCandidateListNeedsReplace() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(5))
    let header = Array("Case Reference,Plan Type,Date of Birth,Team\r\n".utf8)
    #expect { try fixture.importCandidates(header) } throws: {
      "\($0)".contains("would remove all 5 candidates of source default") && "\($0)".contains("--replace")
    }
    #expect(try fixture.workbench.candidates().count == 5)
    let other = candidateCSV(3, first: 3001)
    #expect { try fixture.importCandidates(other) } throws: { "\($0)".contains("none of their references") }
    let summary = try fixture.workbench.importCandidates(
      CandidateImportRequest(bytes: other, fileName: "list.csv", replace: true))
    #expect(summary.removed == 5)
    #expect(try fixture.workbench.candidates().count == 3)
  }

  @Test("candidate dates outside 2000–2100 are refused")
  func candidateDateWindow() throws {
    let fixture = try StoreFixture()
    let bytes = Array("Case Reference,Plan Type,Age,Start Date\r\nMC-1,CIN,4,9999-12-31\r\n".utf8)
    #expect { try fixture.importCandidates(bytes) } throws: {
      "\($0)".contains("list.csv:2: start_date: \"9999-12-31\" is outside 2000–2100")
        || "\($0)".contains("\"9999-12-31\" is outside 2000–2100")
    }
    #expect(try fixture.workbench.candidates().isEmpty)
  }
}
