import CFAGDomain
import CFAGStore
import TUIKit

/// The change log of one item: who changed what, when, from what to what, and why. Newest first.
public struct HistoryState {
  /// The audit the item belongs to, if any (so the workflow keys still know it).
  public var auditID: AuditID?
  /// What the history is of, e.g. "case MC-100001 of CFAG-2026-01".
  public var title: String
  public var scope: HistoryScope
  public var list = ListState()
  /// Newest first; nil until loaded.
  public var records: [ChangeRecord]?

  public init(auditID: AuditID?, title: String, scope: HistoryScope) {
    self.auditID = auditID
    self.title = title
    self.scope = scope
  }
}

/// What the history screen does.
public enum HistoryAction: Sendable {
  case move(ListMove)
  case loaded([ChangeRecord])
}
