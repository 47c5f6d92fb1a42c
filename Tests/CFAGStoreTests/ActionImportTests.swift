import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import Testing

/// Export → edit as an agency would → import.
struct ActionImportTests {
  /// The exported CSV as rows of cells, the header first.
  static func exported(_ fixture: StoreFixture) throws -> [[String]] {
    let document = try CSVReader.read(TrackerPackCSV.encode(fixture.workbench.trackerPack()))
    return document.records.map(\.fields)
  }

  static func edit(_ rows: inout [[String]], id: ActionID, _ column: TrackerColumn, _ value: String) {
    let index = TrackerColumn.allCases.firstIndex(of: column)!
    let row = rows.firstIndex { $0.first == id.rawValue }!
    rows[row][index] = value
  }

  static func csv(_ rows: [[String]]) -> Data { Data(CSVWriter.encode(rows)) }

  static func fixture() throws -> (StoreFixture, [ActionID]) {
    let fixture = try StoreFixture()
    let ids = try (1...3).map { index in
      try fixture.workbench.addAction(
        NewAction(
          source: .other("LCSPR Smith family"), owner: ["police", "MFT", "YOT"][index - 1],
          lead: "Lead \(index)",
          due: Day(iso: "2027-0\(index)-01")!, text: "Deliver training to 90% of staff and audit ten files")
      ).value.id
    }
    return (fixture, ids)
  }

  @Test func appliesAgenciesEditsFieldByField() throws {
    let (fixture, ids) = try Self.fixture()
    var rows = try Self.exported(fixture)
    #expect(rows.count == 4)
    Self.edit(&rows, id: ids[0], .status, "In progress")
    Self.edit(&rows, id: ids[0], .newProgress, "Training booked for 40 officers")
    Self.edit(&rows, id: ids[1], .due, "15/04/2027")
    Self.edit(&rows, id: ids[1], .dueReason, "Trainer unavailable")
    Self.edit(&rows, id: ids[1], .evidence, "Audit of 10 files: all show the plan")
    let dryRun = try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: true)
    #expect(dryRun.entries.map(\.id) == [ids[0], ids[1]])
    #expect(try fixture.workbench.action(ids[0]).status == .notStarted)
    let plan = try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: false)
    #expect(plan.entries.first?.changes.map(\.field) == ["status", "progress"])
    #expect(plan.entries.last?.changes.map(\.field) == ["due", "evidence"])
    #expect(plan.unchanged == 1)
    let first = try fixture.workbench.action(ids[0])
    #expect(first.status == .inProgress)
    #expect(
      first.progress.last
        == ProgressNote(
          on: Day(iso: "2026-11-23")!, author: "Tester", text: "Training booked for 40 officers"))
    let second = try fixture.workbench.action(ids[1])
    #expect(second.due == Day(iso: "2027-04-15"))
    #expect(second.dueRevisions.first?.reason == "Trainer unavailable")
  }

  @Test func reportsConflictsAndInvalidRowsWithTheirLinesAndAppliesNothing() throws {
    let (fixture, ids) = try Self.fixture()
    var rows = try Self.exported(fixture)
    try fixture.workbench.updateAction(
      ids[2], ActionUpdate(progress: "Changed in the tracker after the export"))
    Self.edit(&rows, id: ids[0], .newProgress, "A good row")
    Self.edit(&rows, id: ids[1], .status, "Done")
    Self.edit(&rows, id: ids[2], .confidence, "At risk")
    rows.append(rows[1].enumerated().map { $0.offset == 0 ? "LL-2026-099" : $0.element })
    let before = try fixture.dump()
    do {
      _ = try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: false)
      Issue.record("the import should have been refused")
    } catch let failure as TrackerImportFailure {
      #expect(failure.problems.map(\.line) == [3, 4, 5])
      #expect(failure.problems[0].message.contains("Status \"Done\" is not a status"))
      #expect(failure.problems[1].message.hasPrefix("conflict"))
      #expect(failure.problems[2].message.contains("unknown id"))
    }
    #expect(try fixture.dump() == before)
  }

  @Test func anUneditedRowOfAChangedActionIsNoConflict() throws {
    let (fixture, ids) = try Self.fixture()
    var rows = try Self.exported(fixture)
    try fixture.workbench.updateAction(ids[0], ActionUpdate(status: .inProgress))
    Self.edit(&rows, id: ids[1], .newProgress, "Second agency's note")
    let plan = try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: false)
    #expect(plan.entries.map(\.id) == [ids[1]])
    #expect(try fixture.workbench.action(ids[0]).status == .inProgress)
    #expect(throws: TrackerImportFailure.self) {
      try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: false)
    }
  }

  @Test func aRevisedDueDateNeedsAReason() throws {
    let (fixture, ids) = try Self.fixture()
    var rows = try Self.exported(fixture)
    Self.edit(&rows, id: ids[0], .due, "2027-05-01")
    #expect(throws: TrackerImportFailure.self) {
      try fixture.workbench.importActionUpdates(Self.csv(rows), dryRun: false)
    }
  }
}
