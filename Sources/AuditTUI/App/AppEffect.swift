import CFAGDomain
import CFAGStore

/// Work `update` asks for; the effect runner does it through the `Workbench` and reports back.
public enum AppEffect: Sendable {
  /// Reload the audit list, tracker figures and agency list.
  case loadHome
  /// Reload one audit's record and its actions.
  case loadAudit(AuditID)
  /// Read the theme files a new audit can use: after the first frame, so start-up shows the
  /// audits without waiting for them.
  case loadThemes
  /// Read every finding tag used so far, for the tags picker: when it first opens, not at start.
  case loadFindingTags
  /// Fill an empty database with the demo audits (the first-run offer).
  case loadDemo(themes: [Theme])
  /// Save one edit in its own transaction, then reload what it touched. `basis` is the change log
  /// head the screen was loaded at (stamped by `AuditApp`): a change to something someone else
  /// changed after it is refused.
  case edit(Edit, message: String, undo: UndoStep?, origin: EditOrigin, basis: LogSequence? = nil)
  /// Ask whether another process saved something after `known` (on a timer).
  case checkForChanges(known: LogSequence)
  /// Reload what is on screen after another process changed it.
  case refresh(auditID: AuditID?)
  /// Complete a file path typed in a form (Tab).
  case completePath(String)
  case home(HomeEffect)
  case candidates(CandidatesEffect)
  case sampling(SamplingEffect)
  case returns(ReturnsEffect)
  case report(ReportEffect)
  case actions(ActionsEffect)
  /// Load the change log of one item.
  case history(HistoryScope)
}

/// One change to the database: each is exactly one `Workbench` operation (one transaction).
public enum Edit: Sendable {
  case createAudit(theme: Theme, details: AuditDetails)
  case editAudit(id: AuditID, details: AuditDetails)
  case addCase(auditID: AuditID, reference: String, reason: String)
  case removeCase(auditID: AuditID, reference: String, reason: String)
  case grade(auditID: AuditID, reference: String, GradeInput)
  /// Puts a case's earlier assessment back exactly (grade, texts, domain grades and tags), or
  /// removes it when there was none: how a grade is undone, in one transaction.
  case restoreAssessment(auditID: AuditID, reference: String, PanelAssessment?)
  case setFindings(auditID: AuditID, reference: String, findings: [String])
  case escalate(auditID: AuditID, reference: String, reason: String, owner: String, lead: String)
  case sampling(SamplingEdit)
  case returns(ReturnsEdit)
  case findings(FindingsEdit)
  case report(ReportEdit)
  case actions(ActionsEdit)

  /// The audit the edit belongs to, to reload after it.
  public var auditID: AuditID? {
    switch self {
    case .createAudit: nil
    case .editAudit(let id, _), .addCase(let id, _, _), .removeCase(let id, _, _), .grade(let id, _, _),
      .restoreAssessment(let id, _, _), .setFindings(let id, _, _), .escalate(let id, _, _, _, _):
      id
    case .sampling(let edit): edit.auditID
    case .returns(let edit): edit.auditID
    case .findings(let edit): edit.auditID
    case .report(let edit): edit.auditID
    case .actions(let edit): edit.auditID
    }
  }
}

/// Why an edit runs: new, or replaying the history.
public enum EditOrigin: Sendable {
  case user, undo, redo
}

/// An edit and the edit that reverses it, as recorded in the session's undo history.
public struct UndoStep: Sendable {
  /// What was done, e.g. "grade MC-1001 good".
  public var label: String
  public var undo: Edit
  public var redo: Edit

  public init(label: String, undo: Edit, redo: Edit) {
    self.label = label
    self.undo = undo
    self.redo = redo
  }
}
