import CFAGDomain
import CFAGInterchange
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// Fills a return template: every case involved and complete, except `notInvolved`.
func filledReturn(
  _ template: [UInt8], format: ReturnFormat, notInvolved: Set<String> = [], grade: String = "good"
)
  throws -> [UInt8]
{
  func answer(_ reference: String, _ key: String) -> String {
    if notInvolved.contains(reference) { return key == "involved" ? "no" : "" }
    switch key {
    case "involved": return "yes"
    case "known_because": return "Referred by school"
    case "grade": return grade
    case let key where key.hasPrefix("q:"): return "yes: seen in the records"
    default: return ""
    }
  }
  switch format {
  case .csv:
    var rows = try CSVReader.read(template).records.map(\.fields)
    for index in rows.indices.dropFirst() { rows[index][6] = answer(rows[index][2], rows[index][3]) }
    return CSVWriter.encode(rows)
  case .markdown:
    var reference = ""
    var output: [String] = []
    for line in String(decoding: template, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      output.append(String(line))
      if line.hasPrefix("## Case ") { reference = String(line.dropFirst(8)) }
      if line.hasPrefix("### "), let open = line.lastIndex(of: "[") {
        output.append(
          answer(reference, String(line[line.index(after: open)..<line.index(before: line.endIndex)])))
      }
    }
    return Array(output.joined(separator: "\n").utf8)
  case .docx:
    // Word forms are filled by Benchmarks/word-round-trip and LibreOffice: see WordReturnImportTests.
    Issue.record("fill a Word form with Benchmarks/word-round-trip")
    return template
  }
}

extension StoreFixture {
  /// An audit of 3 drawn cases with Police, MFT and Children's Social Care on the panel.
  func sampledAudit() throws -> (id: AuditID, cases: [String]) {
    try importCandidates(candidateCSV(30))
    let id = try audit(cases: 0)
    try workbench.editAudit(
      id,
      details: AuditDetails(
        panelAgencies: ["police", "MFT", "social care"], returnsDue: Day(iso: "2026-11-20")))
    let outcome = try workbench.sample(id, SampleRequest(size: 3, reserves: 1, seed: 11))
    return (id, outcome.selected.map(\.value))
  }
}

struct ReturnOperationTests {
  @Test(arguments: [ReturnFormat.csv, .markdown])
  func templatesGoOutAndComeBackFilled(format: ReturnFormat) throws {
    let fixture = try StoreFixture()
    let (id, cases) = try fixture.sampledAudit()
    let template = try fixture.workbench.returnTemplate(id, agency: "police", format: format)
    #expect(template.agency.id == "kent-police")
    let file = "police." + format.rawValue
    let filled = try filledReturn(template.bytes, format: format, notInvolved: [cases[2]])
    let summary = try fixture.workbench.importReturns(id, bytes: filled, fileName: file).value
    #expect(summary.added.map(\.value) == cases && summary.replaced.isEmpty)
    let record = try fixture.workbench.record(id)
    #expect(record.returns.count == 3)
    #expect(record.returns.first { $0.reference.value == cases[0] }?.overallGrade == .good)
    #expect(record.returns.first { $0.reference.value == cases[2] }?.involved == false)
    let again = try fixture.workbench.importReturns(
      id, bytes: try filledReturn(template.bytes, format: format, notInvolved: [cases[2]], grade: "RI"),
      fileName: file
    ).value
    #expect(again.replaced.count == 3 && again.added.isEmpty)
    #expect(try fixture.workbench.record(id).returns.count == 3)
    let regraded = try fixture.workbench.store.read { db in
      try db.value(
        Int.self,
        "SELECT COUNT(*) FROM change_log WHERE field = 'overall_grade' AND new_value = 'requires-improvement'"
      )
    }
    #expect(regraded == 2)
  }

  @Test func badReturnFilesLeaveTheDatabaseUnchanged() throws {
    let fixture = try StoreFixture()
    let (id, _) = try fixture.sampledAudit()
    let template = try fixture.workbench.returnTemplate(id, agency: "police", format: .csv)
    let otherAudit = try fixture.audit(cases: 1)
    let before = try fixture.dump()
    let ungraded = try filledReturn(template.bytes, format: .csv, grade: "excellent")
    #expect(throws: ImportProblems.self) {
      try fixture.workbench.importReturns(id, bytes: ungraded, fileName: "p.csv")
    }
    #expect(throws: ImportProblems.self) {
      try fixture.workbench.importReturns(id, bytes: Array("not,a\nreturn,file\n".utf8), fileName: "p.csv")
    }
    let filled = try filledReturn(template.bytes, format: .csv)
    #expect(throws: ImportProblems.self) {
      try fixture.workbench.importReturns(otherAudit, bytes: filled, fileName: "p.csv")
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.returnTemplate(otherAudit, agency: "nobody", format: .csv)
    }
    #expect(try fixture.dump() == before)
  }

  @Test func addingOneReturnValidatesItAndMergesLaterChanges() throws {
    let fixture = try StoreFixture()
    let (id, cases) = try fixture.sampledAudit()
    let before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try fixture.workbench.addReturn(
        id,
        ReturnInput(reference: cases[0], agency: "police", knownBecause: "DA", answers: ["history": "maybe"]))
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.addReturn(
        id, ReturnInput(reference: "MC-9999", agency: "police", involved: false))
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.addReturn(
        id, ReturnInput(reference: cases[0], agency: "fire service", involved: false))
    }
    #expect(try fixture.dump() == before)
    let complete = ReturnInput(
      reference: cases[0].lowercased(), agency: "MFT", knownBecause: "Birth of sibling",
      answers: ["history": "partly: no chronology", "seen": "yes"], overallGrade: .requiresImprovement,
      domainGrades: ["assess": .graded(.requiresImprovement)])
    let stored = try fixture.workbench.addReturn(id, complete).value
    #expect(stored.isComplete)
    #expect(stored.agencyReturn.agency == "medway-nhs-foundation-trust")
    #expect(stored.agencyReturn.domainGrades == ["assessment": .graded(.requiresImprovement)])
    let changed = try fixture.workbench.addReturn(
      id, ReturnInput(reference: cases[0], agency: "MFT", overallGrade: .good)
    ).value.agencyReturn
    #expect(changed.overallGrade == .good && changed.knownBecause == "Birth of sibling")
  }

  /// An agency is named by its id, read alone, or by a name, read from the list; a retired one is
  /// refused either way, and nothing is written.
  @Test func anAgencyIsNamedByItsIdOrANameAndARetiredOneIsRefused() throws {
    let fixture = try StoreFixture()
    let (id, cases) = try fixture.sampledAudit()
    let byID = try fixture.workbench.addReturn(
      id, ReturnInput(reference: cases[0], agency: "medway-nhs-foundation-trust", involved: false)
    ).value
    let byName = try fixture.workbench.addReturn(
      id, ReturnInput(reference: cases[1], agency: "MFT", involved: false)
    ).value
    #expect(byID.agencyReturn.agency == "medway-nhs-foundation-trust")
    #expect(byName.agencyReturn.agency == byID.agencyReturn.agency)
    try fixture.workbench.retireAgency("medway-nhs-foundation-trust")
    let before = try fixture.dump()
    for name in ["medway-nhs-foundation-trust", "MFT"] {
      #expect(throws: DomainError.self) {
        try fixture.workbench.addReturn(id, ReturnInput(reference: cases[2], agency: name, involved: false))
      }
    }
    #expect(try fixture.dump() == before)
  }

  @Test func theStatusPutsOverdueAgenciesFirst() throws {
    let fixture = try StoreFixture(today: "2026-11-23")
    let (id, cases) = try fixture.sampledAudit()
    for reference in cases {
      try fixture.workbench.addReturn(
        id, ReturnInput(reference: reference, agency: "social care", involved: false))
    }
    try fixture.workbench.addReturn(
      id,
      ReturnInput(
        reference: cases[1], agency: "MFT", knownBecause: "Health visiting",
        answers: ["history": "yes", "seen": "no"],
        overallGrade: .good))
    let status = try fixture.workbench.returnStatus(id)
    #expect(status.cases.map(\.value) == cases)
    #expect(
      status.agencies.map(\.agency.id) == [
        "kent-police", "medway-nhs-foundation-trust", "medway-council-childrens-services",
      ])
    #expect(status.agencies.map(\.overdue) == [true, true, false])
    #expect(status.agencies[1].states == [.missing, .returned, .missing])
    #expect(status.agencies[2].states == [.notInvolved, .notInvolved, .notInvolved])
  }

  @Test func withdrawingRemovesAReturnWithTheReason() throws {
    let fixture = try StoreFixture()
    let (id, cases) = try fixture.sampledAudit()
    try fixture.workbench.addReturn(id, ReturnInput(reference: cases[0], agency: "police", involved: false))
    let before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try fixture.workbench.withdrawReturn(id, reference: cases[1], agency: "police", reason: "sent in error")
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.withdrawReturn(id, reference: cases[0], agency: "police", reason: " ")
    }
    #expect(try fixture.dump() == before)
    try fixture.workbench.withdrawReturn(id, reference: cases[0], agency: "police", reason: "sent in error")
    #expect(try fixture.workbench.record(id).returns.isEmpty)
    let reason = try fixture.workbench.store.read { db in
      try db.value(
        String.self, "SELECT reason FROM change_log WHERE entity = 'agency_return' AND old_value = 'created'")
    }
    #expect(reason == "sent in error")
  }

  @Test func thePackPutsEveryAgencySideBySide() throws {
    let fixture = try StoreFixture()
    let (id, cases) = try fixture.sampledAudit()
    try fixture.workbench.addReturn(id, ReturnInput(reference: cases[0], agency: "police", involved: false))
    try fixture.workbench.addReturn(
      id,
      ReturnInput(
        reference: cases[0], agency: "MFT", knownBecause: "Health | visiting",
        answers: ["history": "yes", "seen": "no"],
        overallGrade: .good))
    let pack = try fixture.workbench.returnPack(id)
    #expect(pack.tables.count == 3)
    #expect(pack.tables[0].agencies == ["Police", "MFT", "Children's Social Care"])
    #expect(pack.tables[0].rows.first { $0.label == "History?" }?.cells == ["", "yes", "no return"])
    #expect(
      pack.markdown.contains(
        "| Why did the child come to your agency's attention? |  | Health \\| visiting | no return |"))
    #expect(pack.html.contains("<th>History?</th><td></td><td>yes</td><td>no return</td>"))
    #expect(pack.html.contains("<th>Children&apos;s Social Care</th>"))
    #expect(pack.html.contains("<thead><tr><th>Question</th>"))
  }
}
