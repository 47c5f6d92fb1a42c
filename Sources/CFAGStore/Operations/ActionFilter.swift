import CFAGDomain

/// Which actions a list shows: every criterion given must hold.
public struct ActionFilter: Hashable, Sendable {
  /// The owner agency, as typed (short forms accepted).
  public var agency: String?
  /// The rating people see (the manual one where set).
  public var rag: RAG?
  public var status: ActionStatus?
  /// Only open actions past their due date.
  public var overdue: Bool
  /// Only actions raised from this audit.
  public var audit: AuditID?

  public init(
    agency: String? = nil, rag: RAG? = nil, status: ActionStatus? = nil, overdue: Bool = false,
    audit: AuditID? = nil
  ) {
    self.agency = agency
    self.rag = rag
    self.status = status
    self.overdue = overdue
    self.audit = audit
  }

  func matches(_ action: TrackerAction, ownerID: String?, today: Day) -> Bool {
    (ownerID == nil || action.owner == ownerID) && (rag == nil || action.rag(today: today) == rag)
      && (status == nil || action.status == status) && (!overdue || action.isOverdue(today: today))
  }
}

extension Workbench {
  /// The actions a filter selects, urgent escalation actions first until closed, then by due date.
  /// `withNotes: false` leaves the progress notes out, for the reports across audits (trends, the
  /// annual section), which count and quote actions but never rate them; a filter by rating
  /// still reads them.
  public func actions(_ filter: ActionFilter, withNotes: Bool = true) throws -> [TrackerAction] {
    try store.read { db in
      let ownerID = try filter.agency.map { try AgencyOperations.directory(db).resolve($0).id }
      let audit = try filter.audit.map { try AuditReads.storedID(db, $0) }
      let actions = try ActionOperations.all(db, auditID: audit, withNotes: withNotes || filter.rag != nil)
        .filter { filter.matches($0, ownerID: ownerID, today: session.today) }
      // Their places are sorted, not the actions: moving whole actions about cost as much as
      // reading them.
      let places = actions.map(\.listPlace)
      return places.indices.sorted { places[$0] < places[$1] }.map { actions[$0] }
    }
  }
}
