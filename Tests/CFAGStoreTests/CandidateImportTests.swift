import CFAGDomain
import CFAGInterchange
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// A candidate list: references `MC-2001`... with plan types cycling CIN, CIN, CP.
func candidateCSV(_ count: Int, first: Int = 2001, extraHeader: String = "", extra: String = "") -> [UInt8] {
  let plans = ["CIN", "CIN", "CP"]
  var lines = ["Case Reference,Plan Type,Date of Birth,Team\(extraHeader)"]
  for index in 0..<count {
    lines.append(
      "MC-\(first + index),\(plans[index % 3]),2018-0\(index % 9 + 1)-15,Team \(index % 4)\(extra)")
  }
  return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
}

extension StoreFixture {
  @discardableResult
  func importCandidates(_ bytes: [UInt8], source: String? = nil, drop: [String] = []) throws
    -> CandidateImportSummary
  {
    try workbench.importCandidates(
      CandidateImportRequest(bytes: bytes, fileName: "list.csv", dropped: drop, source: source))
  }

  /// Change records about the candidate list.
  func candidateLog() throws -> [SQLRow] {
    try workbench.store.read { db in
      try db.rows("SELECT * FROM change_log WHERE entity = 'candidate' ORDER BY seq")
    }
  }
}

struct CandidateImportTests {
  @Test func importsOnceWithOneLogRecordHoldingTheFileHash() throws {
    let fixture = try StoreFixture()
    let bytes = candidateCSV(30)
    let summary = try fixture.importCandidates(bytes)
    #expect(summary.rows == 30 && summary.added == 30 && summary.updated == 0)
    let candidates = try fixture.workbench.candidates()
    #expect(candidates.count == 30)
    #expect(candidates[0].ageBand == .age5to9)
    let log = try fixture.candidateLog()
    #expect(log.count == 1)
    #expect((log[0]["new_value"] as String).contains("sha256 \(summary.fileHash): 30 rows, 30 added"))
    #expect(summary.fileHash.count == 64)
    // Dates of birth became age bands: no trace of them anywhere in the database.
    #expect(!(try fixture.dump()).contains("2018-0"))
  }

  @Test("a list longer than what the reader hands over at a time is stored whole, in one record")
  func aLongListIsStoredWhole() throws {
    let fixture = try StoreFixture()
    let count = CandidateListReader.chunk * 2 + 7
    let summary = try fixture.importCandidates(candidateCSV(count))
    #expect(summary.rows == count && summary.added == count)
    let references = try fixture.workbench.candidates().map(\.reference.value)
    #expect(references.count == count && Set(references) == Set((0..<count).map { "MC-\(2001 + $0)" }))
    #expect(try fixture.candidateLog().count == 1)
  }

  /// A bad row, or a broken record of the file itself (which is parsed a batch at a time), after
  /// thousands of stored rows: the whole import is rolled back and the message names its line.
  @Test(
    "a problem after thousands of stored rows rolls the whole import back and names its line",
    arguments: [
      ("MC-9999,Unicorn plan,2018-01-15,Team 1\r\n", "plan_type:"),
      ("\"MC-9999,CIN,2018-01-15,Team 1\r\n", "unterminated quoted field"),
      ("MC-9999,CIN,2018-01-15,Team 1" + String(repeating: ",", count: 600), "604 columns"),
    ])
  func aLateProblemStoresNothing(tail: String, problem: String) throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(10))
    let before = try fixture.dump()
    let text = String(decoding: candidateCSV(CandidateListReader.chunk * 2), as: UTF8.self) + tail
    #expect {
      try fixture.importCandidates(Array(text.utf8))
    } throws: { error in
      let problems = try #require(error as? ImportProblems)
      return problems.problems.count == 1
        && problems.problems[0].hasPrefix("list.csv:\(CandidateListReader.chunk * 2 + 2): \(problem)")
    }
    #expect(try fixture.dump() == before)
  }

  @Test func reImportingUpdatesWithoutDuplicating() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let again = try fixture.importCandidates(candidateCSV(30))
    #expect(again.added == 0 && again.updated == 0 && again.unchanged == 30 && again.removed == 0)
    var changed = String(decoding: candidateCSV(29), as: UTF8.self)
    changed = changed.replacingOccurrences(of: "MC-2001,CIN", with: "MC-2001,CP")
    let third = try fixture.importCandidates(Array(changed.utf8))
    #expect(third.added == 0 && third.updated == 1 && third.unchanged == 28 && third.removed == 1)
    #expect(try fixture.workbench.candidates().count == 29)
    #expect(try fixture.workbench.candidates().first?.planType == .childProtection)
    #expect(try fixture.candidateLog().count == 3)
  }

  @Test func anotherSourceKeepsItsOwnRows() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(10))
    try fixture.importCandidates(candidateCSV(5, first: 5001), source: "early help")
    try fixture.importCandidates(candidateCSV(8))
    #expect(try fixture.workbench.candidates().count == 13)
  }

  @Test func refusedFilesLeaveTheDatabaseUnchanged() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(10))
    let before = try fixture.dump()
    let named = candidateCSV(10, extraHeader: ",Child Name", extra: ",Jo Bloggs")
    #expect(throws: ImportProblems.self) { try fixture.importCandidates(named) }
    var broken = candidateCSV(12)
    broken += Array("Jo Bloggs,CIN,,\r\n".utf8)
    #expect(throws: ImportProblems.self) { try fixture.importCandidates(broken) }
    #expect(try fixture.dump() == before)
    let dropped = try fixture.importCandidates(named, drop: ["Child Name"])
    #expect(dropped.unchanged == 10)
  }

  @Test func aThemeFiltersTheList() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let admitted = try fixture.workbench.candidates(admittedBy: StoreFixture.theme)
    #expect(admitted.count == 20)
    #expect(admitted.allSatisfy { $0.planType == .childInNeed })
  }

  @Test func clearingCanKeepTheSampledCases() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let id = try fixture.audit(cases: 0)
    _ = try fixture.workbench.sample(id, SampleRequest(size: 3, reserves: 1, seed: 5))
    #expect(try fixture.workbench.clearCandidates(keepSampled: true) == 26)
    #expect(try fixture.workbench.candidates().count == 4)
    #expect(try fixture.workbench.clearCandidates(keepSampled: false) == 4)
    #expect(try fixture.workbench.record(id).audit.sample?.poolSize == 20)
    #expect(try fixture.candidateLog().count == 3)
  }
}
