import CFAGDomain
import Testing

@testable import CFAGStore

/// Several reads sent together in one snapshot (`Store.readTogether`: one round trip on
/// PostgreSQL), as the home screen's are.
struct ReadTogetherTests {
  @Test("queries read together give what each gives read alone, the second time too")
  func sameAsAlone() throws {
    let fixture = try StoreFixture()
    _ = try fixture.audit(cases: 2)
    let workbench = fixture.workbench
    let store = workbench.store
    for _ in 1...2 {
      let (head, summaries, directory) = try store.readTogether(
        Store.headQuery, Workbench.summariesQuery(store.dialect, id: nil), AgencyOperations.directoryQuery)
      #expect(head == (try workbench.head()))
      #expect(summaries == (try workbench.auditSummaries()))
      #expect(summaries.count == 1)
      #expect(directory.agencies.map(\.id) == (try workbench.agencyDirectory()).agencies.map(\.id))
    }
  }

  @Test("a query that fails throws the store's error; the store reads on afterwards")
  func failureLeavesStoreUsable() throws {
    let fixture = try StoreFixture()
    let store = fixture.workbench.store
    let head = try fixture.workbench.head()
    let absent = StoreQuery("SELECT * FROM no_such_table") { $0.count }
    let error = try #require(throws: StoreError.self) {
      try store.readTogether(Store.headQuery, absent, AgencyOperations.directoryQuery)
    }
    #expect("\(error)".contains("no_such_table"))
    #expect(try store.readTogether(Store.headQuery) == head)
    #expect(try fixture.workbench.homeReading().head == head)
  }
}

/// What a grade changes on the screens, read together (`Workbench.assessmentChange`).
struct AssessmentChangeTests {
  @Test("after a grade: the head, the audit's assessments, its line and the standings, as read alone")
  func afterAGrade() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let workbench = fixture.workbench
    let before = try #require(try workbench.auditSummaries(id: id).first)
    try workbench.grade(id, reference: "MC-1001", GradeInput(overall: .inadequate, rationale: "Worse"))
    let change = try workbench.assessmentChange(id)
    #expect(change.head == (try workbench.head()))
    #expect(change.assessments.map(\.reference) == (try workbench.record(id)).assessments.map(\.reference))
    let graded = change.assessments.first { $0.reference.value == "MC-1001" }
    #expect(graded?.overall == .inadequate)
    #expect(change.summary == (try workbench.auditSummaries(id: id)).first)
    #expect(change.summary?.distribution.inadequate == before.distribution.inadequate + 1)
    #expect(change.standings == (try workbench.openActionStandings()))
  }
}

/// `Store(path:homeOn:)`: the home screen's reading sent with the opening (on PostgreSQL).
struct HomeReadAheadTests {
  static let today = Day(iso: "2026-11-23")!

  /// The fixture's database opened again, as the screens open it.
  static func reopened(_ fixture: StoreFixture) throws -> Workbench {
    try Workbench(
      store: try Store(path: fixture.path, homeOn: today), session: fixture.workbench.session)
  }

  @Test("the first home reading after opening is what a fresh one reads")
  func firstReadingIsTheSame() throws {
    let fixture = try StoreFixture()
    _ = try fixture.audit(cases: 2)
    let workbench = try Self.reopened(fixture)
    let first = try workbench.homeReading()
    let second = try workbench.homeReading()
    #expect(first.head == second.head)
    #expect(first.summaries == second.summaries)
    #expect(first.summaries.count == 1)
    #expect(first.directory.agencies.map(\.id) == second.directory.agencies.map(\.id))
  }

  @Test("what was read ahead is one snapshot, taken once; a write of its own store discards it")
  func readAheadIsASnapshotTakenOnce() throws {
    let fixture = try StoreFixture()
    let first = try fixture.audit(cases: 1)
    let workbench = try Self.reopened(fixture)
    // Another person's change after the opening: the first reading is the opening's snapshot on a
    // server (its head says so, and the screen's check for others' changes then finds it).
    let second = try fixture.audit(cases: 1)
    let opened = try workbench.homeReading()
    #expect(opened.summaries.map(\.id).contains(first))
    #expect(opened.summaries.map(\.id).contains(second) == TestStore.isSQLite)
    #expect(try workbench.homeReading().summaries.map(\.id).contains(second))
    // A write through the store before the first reading: the reading is made afresh.
    let writer = try Self.reopened(fixture)
    let third = try writer.createAudit(
      theme: StoreFixture.theme, details: AuditDetails(meetingDate: Self.today, panelAgencies: []))
    #expect(try writer.homeReading().summaries.map(\.id).contains(third))
  }

  @Test("a server's opening does the work given it once, before its reading is taken; a file never does")
  func workWhileReading() throws {
    let fixture = try StoreFixture()
    _ = try fixture.audit(cases: 1)
    var done = 0
    let store = try Store(path: fixture.path, homeOn: Self.today, whileReading: { done += 1 })
    #expect(done == (TestStore.isSQLite ? 0 : 1))
    let workbench = try Workbench(store: store, session: fixture.workbench.session)
    #expect(try workbench.homeReading().summaries.count == 1)
    #expect(done == (TestStore.isSQLite ? 0 : 1))
  }
}

/// The store's `?` placeholders as PostgreSQL's `$N`.
struct PlaceholderTests {
  @Test("each ? outside quotes is numbered in turn; ?N keeps its number; quoted text is left alone")
  func numbering() {
    #expect(PostgresConnection.numbered("SELECT ? , ?") == "SELECT $1 , $2")
    #expect(PostgresConnection.numbered("a = ?2 AND b = ?1 AND c = ?") == "a = $2 AND b = $1 AND c = $1")
    #expect(
      PostgresConnection.numbered(#"SELECT '?', "col?" FROM t WHERE x = ? AND y = 'it''s ?'"#)
        == #"SELECT '?', "col?" FROM t WHERE x = $1 AND y = 'it''s ?'"#)
    #expect(
      PostgresConnection.numbered("SELECT 'café ?', ? -- naïve ?é")
        == "SELECT 'café ?', $1 -- naïve $2é")
    #expect(PostgresConnection.numbered("x = ?10") == "x = $10")
  }
}
