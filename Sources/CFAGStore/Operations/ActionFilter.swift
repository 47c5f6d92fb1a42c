import CFAGDomain
import GRDB

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
  public func actions(_ filter: ActionFilter) throws -> [TrackerAction] {
    try store.read { db in
      let ownerID = try filter.agency.map { try AgencyOperations.directory(db).resolve($0).id }
      let audit = try filter.audit.map { try AuditReads.audit(db, $0, themes: store.themes).id }
      return try ActionOperations.all(db, auditID: audit)
        .filter { filter.matches($0, ownerID: ownerID, today: session.today) }
        .sorted(by: TrackerAction.listOrder)
    }
  }
}
