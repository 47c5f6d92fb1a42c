import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

struct SamplingOperationTests {
  @Test func theSameSeedPicksTheSameCasesInAnotherDatabase() throws {
    var draws: [SampleOutcome] = []
    for _ in 0..<2 {
      let fixture = try StoreFixture()
      try fixture.importCandidates(candidateCSV(60))
      draws.append(
        try fixture.workbench.sample(
          try fixture.audit(cases: 0), SampleRequest(size: 6, reserves: 2, seed: 2026)))
    }
    #expect(draws[0] == draws[1])
    #expect(draws[0].selected.count == 6 && draws[0].reserves.count == 2)
    #expect(draws[0].record.poolSize == 40)
  }

  @Test func recordsTheDrawWithTheAuditAndItsCasesInOrder() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let id = try fixture.audit(cases: 0)
    let outcome = try fixture.workbench.sample(id, SampleRequest(size: 4, reserves: 2, seed: 77))
    let record = try fixture.workbench.record(id)
    let pool = try fixture.workbench.candidates(admittedBy: StoreFixture.theme)
    #expect(record.audit.sample == outcome.record)
    #expect(outcome.record.seed == 77 && outcome.record.criteria == ["plan type is child in need"])
    #expect(outcome.record.poolHash == Workbench.poolHash(pool))
    #expect(outcome.record.drawnAt == "2026-11-23T10:00:00.000Z")
    #expect(record.includedCases.map(\.reference) == outcome.selected)
    #expect(
      record.cases.filter { $0.status == .reserve }.map(\.selection) == [
        .reserve(order: 1), .reserve(order: 2),
      ])
    #expect(record.includedCases.map(\.selection) == (1...4).map { .random(order: $0) })
    #expect(record.includedCases.allSatisfy { $0.planType == .childInNeed && $0.ageBand == .age5to9 })
  }

  @Test func neverPicksACaseOutsideTheCriteria() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let admitted = Set(try fixture.workbench.candidates(admittedBy: StoreFixture.theme).map(\.reference))
    for seed in UInt64(1)...15 {
      let id = try fixture.audit(cases: 0)
      let outcome = try fixture.workbench.sample(id, SampleRequest(size: 8, reserves: 4, seed: seed))
      #expect((outcome.selected + outcome.reserves).allSatisfy(admitted.contains))
    }
  }

  @Test func hashOfThePoolIsTheSortedReferencesOnePerLine() {
    let pool = ["MC-2", "MC-10", "MC-1"].map {
      CandidateCase(reference: CaseReference(trusted: $0), planType: .childInNeed)
    }
    // printf 'MC-1\nMC-10\nMC-2\n' | sha256sum
    #expect(Workbench.poolHash(pool) == "c6f151376539746ce76cbabc2e52a871518e00aed7dadf5e2ef8f03b8ba62069")
  }

  @Test func refusedDrawsLeaveTheDatabaseUnchanged() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(9))
    let id = try fixture.audit(cases: 0)
    var before = try fixture.dump()
    #expect(throws: DomainError.self) { try fixture.workbench.sample(id, SampleRequest(size: 7, seed: 1)) }
    #expect(try fixture.dump() == before)
    _ = try fixture.workbench.sample(id, SampleRequest(size: 3, reserves: 1, seed: 1))
    before = try fixture.dump()
    #expect(throws: DomainError.self) { try fixture.workbench.sample(id, SampleRequest(size: 3, seed: 2)) }
    #expect(try fixture.dump() == before)
    let first = try fixture.workbench.record(id).includedCases[0].reference.value
    try fixture.workbench.addReturn(
      id, ReturnInput(reference: first, agency: "police", involved: false))
    before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try fixture.workbench.sample(id, SampleRequest(size: 3, seed: 2, force: true))
    }
    #expect(try fixture.dump() == before)
  }

  @Test func forceDrawsAgainAndLogsIt() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let id = try fixture.audit(cases: 1)
    _ = try fixture.workbench.sample(id, SampleRequest(size: 3, reserves: 1, seed: 1))
    let again = try fixture.workbench.sample(id, SampleRequest(size: 5, seed: 2, force: true))
    #expect(again.redrawn)
    let record = try fixture.workbench.record(id)
    #expect(record.includedCases.count == 6)
    #expect(record.cases.filter { !$0.selection.isRandom }.map(\.reference.value) == ["MC-1001"])
    let reasons = try fixture.workbench.store.read { db in
      try db.values(String.self, "SELECT DISTINCT reason FROM change_log WHERE reason LIKE 'drawn again%'")
    }
    #expect(reasons == ["drawn again, replacing the earlier draw"])
  }

  @Test func replacingSwapsInTheLowestUnusedReserve() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let id = try fixture.audit(cases: 0)
    let outcome = try fixture.workbench.sample(id, SampleRequest(size: 3, reserves: 2, seed: 3))
    let first = try fixture.workbench.replaceCase(
      id, reference: outcome.selected[1].value, reason: "moved away"
    ).value
    #expect(first == outcome.reserves[0])
    let second = try fixture.workbench.replaceCase(id, reference: outcome.selected[0].value, reason: "closed")
      .value
    #expect(second == outcome.reserves[1])
    let record = try fixture.workbench.record(id)
    #expect(record.includedCases.count == 3)
    #expect(
      record.cases.first { $0.reference == outcome.selected[1] }?.status == .replaced(reason: "moved away"))
    let before = try fixture.dump()
    #expect(throws: DomainError.self) {
      try fixture.workbench.replaceCase(id, reference: outcome.selected[2].value, reason: "no more")
    }
    #expect(throws: DomainError.self) {
      try fixture.workbench.replaceCase(id, reference: outcome.selected[0].value, reason: "again")
    }
    #expect(try fixture.dump() == before)
  }

  @Test func aStratifiedDrawIsRecorded() throws {
    let fixture = try StoreFixture()
    try fixture.importCandidates(candidateCSV(30))
    let id = try fixture.audit(cases: 0)
    let outcome = try fixture.workbench.sample(id, SampleRequest(size: 4, seed: 9, stratifiedBy: .team))
    #expect(outcome.record.stratifiedBy == .team)
    #expect(outcome.strata.map(\.quota).reduce(0, +) == 4)
    #expect(outcome.strata.map(\.value) == ["Team 0", "Team 1", "Team 2", "Team 3"])
  }
}
