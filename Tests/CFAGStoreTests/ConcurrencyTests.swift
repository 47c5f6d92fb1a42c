import CFAGDomain
import Foundation
import GRDB
import Testing

@testable import CFAGStore

/// Two writers on one database file lose nothing: the second waits for the first.
struct ConcurrencyTests {
  static func second(_ fixture: StoreFixture, actor: String) throws -> Workbench {
    try Workbench(
      store: try Store(path: fixture.path),
      session: Session(actor: actor, today: Day(iso: "2026-11-23")!, clock: { "2026-11-23T10:00:00.000Z" }))
  }

  @Test func twoWritersAtOnceLoseNoUpdate() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let writers = [fixture.workbench, try Self.second(fixture, actor: "Other")]
    let failures = Failures()
    DispatchQueue.concurrentPerform(iterations: 2) { writer in
      for index in 0..<20 {
        do {
          _ = try writers[writer].recommend(id, text: "Writer \(writer) item \(index)", findings: [])
        } catch {
          failures.add("\(error)")
        }
      }
    }
    #expect(failures.all == [])
    let texts = try fixture.workbench.record(id).recommendations.map(\.text)
    #expect(texts.count == 41)
    #expect(Set(texts).count == 41)
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test func aWriterWaitsForAnotherToFinish() throws {
    let (fixture, id) = try VerifyTests.meeting()
    let other = try Self.second(fixture, actor: "Other")
    let started = DispatchSemaphore(value: 0)
    let finished = DispatchSemaphore(value: 0)
    DispatchQueue.global().async {
      _ = try? fixture.workbench.store.perform(as: "First", at: "t") { tx in
        started.signal()
        Thread.sleep(forTimeInterval: 0.3)
        try tx.update(
          RecommendationTable.self, id: "R-1", auditID: id,
          [(RecommendationTable.text, "First's edit".sqlValue)])
      }
      finished.signal()
    }
    started.wait()
    try other.editRecommendation("R-1", text: "Second's edit", findings: nil)
    finished.wait()
    let history = try fixture.workbench.history(.recommendation("R-1")).filter {
      $0.field == "text"
    }
    #expect(history.map(\.newValue) == ["Refer earlier", "First's edit", "Second's edit"])
    #expect(history.last?.oldValue == "First's edit")
    #expect(try fixture.workbench.store.verify().problems == [])
  }

  @Test func aBusyDatabaseIsExplainedNotCrashed() {
    let error = StoreError(DatabaseError(resultCode: .SQLITE_BUSY), path: "/x/cfag.sqlite")
    #expect(error == .busy("/x/cfag.sqlite"))
    #expect("\(error)".contains("is busy"))
    #expect("\(error)".contains("nothing was changed"))
  }
}

/// Errors collected from several threads.
private final class Failures: @unchecked Sendable {
  private let lock = NSLock()
  private var errors: [String] = []

  func add(_ error: String) { lock.withLock { errors.append(error) } }
  var all: [String] { lock.withLock { errors } }
}
