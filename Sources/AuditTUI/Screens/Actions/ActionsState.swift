import CFAGDomain
import CFAGInterchange
import CFAGStore
import Foundation
import TUIKit

/// The Learning Lessons tracker: every action, filtered and sorted; a progress note or a status in
/// a few keys; the trail back to the cases; the subgroup's pack out and agencies' updates in.
public struct ActionsState {
  /// The audit the person came from, if any.
  public var auditID: AuditID?
  public var list = ListState()
  public private(set) var filter: ActionsFilter = .open
  public private(set) var sort: ActionsSort = .due
  /// An edited pack read and checked, waiting to be applied.
  public var preview: ImportPreview?
  /// Every action with its notes: loaded when the screen opens (the home screen counts them in the
  /// database instead), nil until then.
  public private(set) var actions: [TrackerAction]?
  /// The actions shown, filtered then sorted: worked out when the actions, the filter or the sort
  /// change, never while drawing.
  public private(set) var visible: [TrackerAction] = []
  /// The action to select once the actions are loaded (the tracker opened from a search).
  var selecting: ActionID?

  public init(auditID: AuditID? = nil) {
    self.auditID = auditID
  }

  /// Shows `actions` (nil: keeps those loaded) under `filter` and `sort` (nil: as they are) on
  /// `today`, keeping the selection in range.
  mutating func show(
    _ actions: [TrackerAction]? = nil, filter: ActionsFilter? = nil, sort: ActionsSort? = nil, today: Day
  ) {
    if let actions { self.actions = actions }
    if let filter { self.filter = filter }
    if let sort { self.sort = sort }
    visible = (self.actions ?? []).filter { self.filter.matches($0, today: today, auditID: auditID) }
      .sorted { self.sort.before($0, $1, today: today) }
    list.setCount(visible.count)
    if let id = selecting, self.actions != nil {
      list.select(visible.firstIndex { $0.id == id } ?? 0)
      selecting = nil
    }
  }
}

/// Which actions the tracker shows.
public enum ActionsFilter: Sendable, CaseIterable {
  case open, overdue, red, amber, green, blue, closed, thisAudit, all

  var label: String {
    switch self {
    case .open: "Open"
    case .overdue: "Overdue"
    case .red: "Red"
    case .amber: "Amber"
    case .green: "Green"
    case .blue: "Blue (awaiting evidence)"
    case .closed: "Closed"
    case .thisAudit: "This audit's"
    case .all: "All"
    }
  }

  func matches(_ action: TrackerAction, today: Day, auditID: AuditID?) -> Bool {
    switch self {
    case .open: action.status != .closed
    case .overdue: action.isOverdue(today: today)
    case .red: action.rag(today: today) == .red
    case .amber: action.rag(today: today) == .amber
    case .green: action.rag(today: today) == .green
    case .blue: action.rag(today: today) == .blue
    case .closed: action.status == .closed
    case .thisAudit: auditID != nil && action.source.auditID == auditID
    case .all: true
    }
  }
}

/// How the tracker's list is ordered.
public enum ActionsSort: Sendable, CaseIterable {
  case due, rag, owner, id

  var label: String {
    switch self {
    case .due: "urgent, then due date"
    case .rag: "RAG, red first"
    case .owner: "owner"
    case .id: "id"
    }
  }

  func before(_ lhs: TrackerAction, _ rhs: TrackerAction, today: Day) -> Bool {
    switch self {
    case .due: return TrackerAction.listOrder(lhs, rhs)
    case .rag:
      let order: [RAG] = [.red, .amber, .green, .blue, .none]
      let (l, r) = (
        order.firstIndex(of: lhs.rag(today: today)) ?? 5, order.firstIndex(of: rhs.rag(today: today)) ?? 5
      )
      return l != r ? l < r : TrackerAction.listOrder(lhs, rhs)
    case .owner: return lhs.owner != rhs.owner ? lhs.owner < rhs.owner : TrackerAction.listOrder(lhs, rhs)
    case .id: return lhs.id < rhs.id
    }
  }
}

/// An edited pack checked against the tracker: what applying it would change.
public struct ImportPreview: Sendable, Equatable {
  public var path: String
  /// Per action: its id and line, then each change.
  public var lines: [String]
  public var changes: Int
  public var actions: Int
  public var unchanged: Int

  init(path: String, plan: TrackerImportPlan) {
    self.path = path
    lines = plan.entries.flatMap { entry in
      ["\(entry.id) (line \(entry.line))"] + entry.changes.map { "  \($0)" }
    }
    changes = plan.entries.map(\.changes.count).reduce(0, +)
    actions = plan.entries.count
    unchanged = plan.unchanged
  }
}

/// What the tracker screen does.
public enum ActionsAction: Sendable {
  /// The tracker's actions, read from the database.
  case loaded([TrackerAction])
  case move(ListMove)
  case askFilter
  case setFilter(ActionsFilter)
  case cycleSort
  case trail
  case showTrail(ActionTrail)
  case askNote
  case note(id: ActionID, String)
  case askStatus
  case setStatus(id: ActionID, ActionStatus)
  /// Correct the selected action's text, owner, lead and due date.
  case askCorrect
  case correct(id: ActionID, FormValues)
  case askClose(id: ActionID)
  case close(id: ActionID, FormValues)
  case askReopen(id: ActionID)
  case reopen(id: ActionID, String)
  case askExport
  case export(FormValues)
  case askImport
  case importFile(String)
  case planned(ImportPreview)
  case refused(path: String, problems: [String])
  case apply
  case applied
  case discard
  case done(String)
}
