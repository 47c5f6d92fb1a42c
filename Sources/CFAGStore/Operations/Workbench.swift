import CFAGDomain

/// Who is acting and when: passed in by the composition root, never read from globals.
public struct Session: Sendable {
  /// Who is acting (`--as`, `$CFAG_USER`, or the account name).
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
  /// The log head the caller's view was loaded at; see `expecting(unchangedSince:)`.
  public let basis: LogSequence?

  public init(store: Store, session: Session) throws {
    self.store = store
    self.session = session
    self.basis = nil
    try seedAgenciesIfEmpty()
  }

  private init(store: Store, session: Session, basis: LogSequence?) {
    self.store = store
    self.session = session
    self.basis = basis
  }

  /// The same workbench, refusing any change to a field that someone changed after `head` (the
  /// log head a screen was loaded at, or a script's `--if-unchanged-since`), so a stale view never
  /// silently overwrites another person's work. Nil checks nothing.
  public func expecting(unchangedSince head: LogSequence?) -> Workbench {
    Workbench(store: store, session: session, basis: head)
  }

  /// The change log's head now.
  public func head() throws -> LogSequence { try store.head() }

  /// Runs one logged user action that saves free text: its warnings go back to the caller. A
  /// `large` one writes thousands of rows (see `Store.perform`); `at` is its time if it was taken
  /// before (else the session's clock now).
  func saving<T>(large: Bool = false, at: String? = nil, _ body: (LoggedTransaction) throws -> T) throws
    -> Saved<T>
  {
    try store.perform(as: session.actor, at: at ?? session.clock(), basis: basis, large: large, body)
  }

  /// Runs one logged user action that saves no free text.
  func perform<T>(large: Bool = false, at: String? = nil, _ body: (LoggedTransaction) throws -> T) throws -> T
  {
    try saving(large: large, at: at, body).value
  }

  private func seedAgenciesIfEmpty() throws {
    guard !store.isReadOnly, store.hadAgencies != true else { return }
    let count = try store.readOne {
      try $0.value(Int.self, "SELECT COUNT(*) FROM agency") ?? 0
    }
    guard count == 0 else { return }
    // On PostgreSQL every change is the login's own, the first setup's too.
    try store.perform(as: store.isPostgres ? session.actor : "cfag", at: session.clock()) { tx in
      guard try tx.db.value(Int.self, "SELECT COUNT(*) FROM agency") == 0 else { return }
      for (position, agency) in AgencyDirectory.seed.enumerated() {
        try tx.insert(
          AgencyTable.self, id: agency.id, auditID: nil, AgencyOperations.values(agency, position: position),
          reason: "initial agency list")
      }
    }
  }
}
