import CFAGDomain
import GRDB

/// Who is acting and when: passed in by the composition root, never read from globals.
public struct Session: Sendable {
  /// Who is acting (`--as`, `$CFAG_USER`, or the login name).
  public var actor: String
  /// Today (`$CFAG_TODAY` or the calendar).
  public var today: Day
  /// The current ISO 8601 timestamp.
  public var clock: @Sendable () -> String

  public init(actor: String, today: Day, clock: @escaping @Sendable () -> String) {
    self.actor = actor
    self.today = today
    self.clock = clock
  }
}

/// The workbench's operations: every user action of the CLI and the TUI, each one transaction
/// with its change records, each applying the domain's rules before it writes.
public final class Workbench: Sendable {
  public let store: Store
  public let session: Session

  public init(store: Store, session: Session) throws {
    self.store = store
    self.session = session
    try seedAgenciesIfEmpty()
  }

  /// Runs one logged user action.
  func perform<T>(_ body: (LoggedTransaction) throws -> T) throws -> T {
    try store.perform(as: session.actor, at: session.clock(), body)
  }

  private func seedAgenciesIfEmpty() throws {
    guard !store.isReadOnly else { return }
    let count = try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM agency") ?? 0 }
    guard count == 0 else { return }
    try store.perform(as: "cfag", at: session.clock()) { tx in
      guard try Int.fetchOne(tx.db, sql: "SELECT COUNT(*) FROM agency") == 0 else { return }
      for (position, agency) in AgencyDirectory.seed.enumerated() {
        try tx.insert(
          "agency", id: agency.id, auditID: nil, AgencyOperations.values(agency, position: position),
          reason: "initial agency list")
      }
    }
  }
}
