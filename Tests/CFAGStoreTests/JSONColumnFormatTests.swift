import CFAGDomain
import Foundation
import Testing

@testable import CFAGStore

/// The JSON columns' formats, pinned by the files under `Fixtures/JSONColumns`: each decodes to the
/// value below and encodes back to the same text, so renaming a Swift property cannot silently
/// change the database. The `before-format` files are rows as written before the format version.
@Suite struct JSONColumnFormatTests {
  static let theme = Theme(
    id: "child-in-need", title: "Children on Child in Need plans", version: 3,
    description: "Children on a Child in Need plan under section 17/Children Act 1989.",
    reportSubject: "children on a child in need plan",
    criteria: [
      .oneOf(.planType, ["child-in-need"]), .startedWithinMonths(12),
      .knownToAnyOf(["kent-police", "medway-council-childrens-services"]),
    ],
    domains: [
      ThemeDomain(
        id: "assessment", title: "Assessment",
        questions: [
          Question(
            id: "history-considered", text: "Did the assessment consider the family's history?",
            guidance: "History informed the analysis.", answerType: .yesPartlyNo)
        ]),
      ThemeDomain(
        id: "voice", title: "Voice of the child",
        questions: [
          Question(
            id: "child-words", text: "What did the child say?", guidance: "The child's words are recorded.",
            answerType: .text)
        ]),
    ],
    gradeDescriptors: [
      .good: "Needs understood and met.", .requiresImprovement: "Safe, but partly process driven.",
      .inadequate: "Needs not understood or met.",
    ])

  static let sample = SampleRecord(
    seed: 18_446_744_073_709_551_557, size: 6, reserves: 2, stratifiedBy: .ageBand,
    criteria: ["plan type is child in need", "started in the last 12 months"], poolSize: 41,
    poolHash: "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    drawnAt: "2026-11-23T10:00:00.000Z")

  static let amendment = Amendment(
    reason: "Case C was graded against the wrong plan", by: "Head of QA", at: "2026-12-04T09:30:00.000Z")

  static func fixture(_ name: String) throws -> String {
    let url = try #require(
      Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures/JSONColumns"),
      "missing fixture \(name).json")
    return try String(contentsOf: url, encoding: .utf8).trimmingWhitespace
  }

  /// Decodes the fixture, compares it with `expected`, and checks it encodes back to the same text.
  static func pin<T: JSONColumnValue & Equatable>(_ name: String, _ expected: T) throws {
    let text = try fixture(name)
    #expect(try JSONColumn.decode(T.self, text) == expected, "\(name) decodes to another value")
    #expect(ChangeChain.text(JSONColumn.encode(expected)) == text, "\(name) is no longer written as before")
  }

  @Test func theme() throws {
    try Self.pin("audit.theme_json.v1", Self.theme)
    #expect(try JSONColumn.decode(Theme.self, Self.fixture("audit.theme_json.before-format")) == Self.theme)
  }

  @Test func sample() throws {
    try Self.pin("audit.sample_json.v1", Self.sample)
    #expect(
      try JSONColumn.decode(SampleRecord.self, Self.fixture("audit.sample_json.before-format")) == Self.sample
    )
  }

  @Test func amendment() throws {
    try Self.pin("audit.amendment_json.v1", Self.amendment)
    #expect(
      try JSONColumn.decode(Amendment.self, Self.fixture("audit.amendment_json.before-format"))
        == Self.amendment)
  }

  @Test func panelAgencies() throws {
    try Self.pin(
      "audit.panel_agencies.v1", ["medway-council-childrens-services", "kent-police", "nhs-kent-and-medway"])
  }

  @Test func answers() throws {
    try Self.pin(
      "agency_return.answers_json.v1",
      [
        "child-words": Answer(text: "\"I want to stay with Nan\""),
        "history-considered": Answer(choice: .partly, text: "chronology started, not finished"),
        "siblings-considered": Answer(choice: .notApplicable),
      ])
  }

  @Test func notApplicableDomains() throws {
    try Self.pin("agency_return.not_applicable_json.v1", ["child-protection", "planning"])
  }

  @Test func domainGrades() throws {
    try Self.pin(
      "assessment.domain_grades_json.v1",
      [
        "assessment": DomainJudgement.graded(.requiresImprovement), "impact": .notApplicable,
        "planning": .graded(.inadequate), "voice": .graded(.good),
      ])
  }

  @Test func findings() throws {
    try Self.pin(
      "assessment.findings_json.v1",
      [FindingTag(trusted: "fathers-not-engaged"), .init(trusted: "plan-not-smart")])
  }

  @Test func dueRevisions() throws {
    try Self.pin(
      "action.due_revisions_json.v1",
      [
        DueRevision(
          from: Day(iso: "2026-06-21")!, to: Day(iso: "2026-11-05")!,
          reason: "Waiting for the case system release.",
          on: Day(iso: "2026-06-03")!)
      ])
  }

  @Test func aNewerFormatIsRefusedByName() throws {
    let row = Self.auditRow(["amendment_json": #"{"at":"x","by":"y","format":2,"reason":"z"}"#])
    #expect(
      throws: StoredRowError(
        table: "audit", id: "CFAG-2026-01", column: "amendment_json",
        problem: "is in format 2, which this version of cfag cannot read")
    ) { try AuditRows.audit(row) }
  }

  @Test func aBadValueNamesTheTableRowAndColumn() throws {
    #expect(
      throws: StoredRowError(
        table: "audit", id: "CFAG-2026-01", column: "meeting_date",
        problem: "holds \"2026-13-01\", which is not a date")
    ) { try AuditRows.audit(Self.auditRow(["meeting_date": "2026-13-01"])) }
    #expect(throws: StoredRowError(table: "audit", id: "CFAG-2026-01", column: "title", problem: "is empty"))
    {
      try AuditRows.audit(Self.auditRow(["title": nil]))
    }
    let broken = Self.auditRow(["theme_json": #"{"id":"child-in-need"}"#])
    do {
      _ = try AuditRows.audit(broken)
      Issue.record("a theme without its keys was read")
    } catch let error as StoredRowError {
      #expect(error.column == "theme_json")
      #expect(
        error.description.hasPrefix(
          "cannot read audit \"CFAG-2026-01\": theme_json does not hold readable JSON"))
    }
  }

  @Test func aReadableRowReadsBack() throws {
    let audit = try AuditRows.audit(Self.auditRow([:]))
    #expect(audit.theme == Self.theme)
    #expect(audit.meetingDate == Day(iso: "2026-12-01"))
    #expect(audit.sample == nil)
  }

  /// A stored audit row, with some columns replaced.
  static func auditRow(_ changes: [String: String?]) -> SQLRow {
    var columns: [String: String?] = [
      "id": "CFAG-2026-01", "title": "CIN audit", "theme_id": "child-in-need",
      "theme_json": try? fixture("audit.theme_json.v1"), "meeting_date": "2026-12-01", "chair": nil,
      "panel_agencies": "[]", "returns_due": nil, "sample_json": nil, "signed_off_by": nil,
      "signed_off_on": nil,
      "amendment_json": nil,
    ]
    columns.merge(changes) { $1 }
    let names = columns.keys.sorted()
    return SQLRow(columnNames: names, values: names.map { columns[$0]!.sqlValue })
  }
}
