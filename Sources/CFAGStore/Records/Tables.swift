/// A table's name; its columns are constants on the conforming type, so reads, writes and the
/// change log spell each name one way.
public protocol StoredTable: Sendable {
  static var tableName: String { get }
  /// Every column written and logged by actions, in schema order.
  static var columns: [String] { get }
  /// The columns after those that the store derives from other rows and keeps for quick reads:
  /// neither logged nor written by an action's inserts and updates; `verify` checks them against
  /// the rows they come from.
  static var derivedColumns: [String] { get }
  /// Derived columns a later migration removed, which a file not yet migrated (a backup being
  /// verified before it is restored) still has: not logged either.
  static var retiredDerivedColumns: [String] { get }
}

extension StoredTable {
  public static var derivedColumns: [String] { [] }
  public static var retiredDerivedColumns: [String] { [] }
}

/// `agency`: The partnership's agencies.
public enum AgencyTable: StoredTable {
  public static let tableName = "agency"
  public static let id = "id"
  public static let name = "name"
  public static let shortName = "short_name"
  public static let kind = "kind"
  public static let retired = "retired"
  public static let position = "position"
  public static let columns = [id, name, shortName, kind, retired, position]
}

/// `audit`: Audits, with their theme copy, sample record, sign-off and open amendment.
public enum AuditTable: StoredTable {
  public static let tableName = "audit"
  public static let id = "id"
  public static let title = "title"
  public static let themeID = "theme_id"
  public static let themeJSON = "theme_json"
  public static let meetingDate = "meeting_date"
  public static let chair = "chair"
  public static let panelAgencies = "panel_agencies"
  public static let returnsDue = "returns_due"
  public static let sampleJSON = "sample_json"
  public static let signedOffBy = "signed_off_by"
  public static let signedOffOn = "signed_off_on"
  public static let amendmentJSON = "amendment_json"
  public static let createdAt = "created_at"
  /// Derived, for the audit list: how many cases the audit lists (of any status), how many are
  /// included, and the included cases' grades, each as its initial ("g", "r", "i"), in no
  /// particular order. Kept up to date by every change to its cases and grades
  /// (`LoggedTransaction`), not logged, checked by `verify`.
  public static let caseCount = "case_count"
  public static let includedCount = "included_count"
  public static let includedGrades = "included_grades"
  public static let columns = [
    id, title, themeID, themeJSON, meetingDate, chair, panelAgencies, returnsDue, sampleJSON, signedOffBy,
    signedOffOn, amendmentJSON, createdAt,
  ]
  public static let derivedColumns = [caseCount, includedCount, includedGrades]
  /// The grades a sign-off kept (`v6-signed-off-grades`), until `v7-audit-case-figures`.
  public static let retiredDerivedColumns = ["signed_off_grades"]
}

/// `audit_case`: The cases of an audit: how each was selected and whether it is included.
public enum AuditCaseTable: StoredTable {
  public static let tableName = "audit_case"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let reference = "reference"
  public static let selection = "selection"
  public static let drawOrder = "draw_order"
  public static let selectionReason = "selection_reason"
  public static let status = "status"
  public static let statusReason = "status_reason"
  public static let planType = "plan_type"
  public static let ageBand = "age_band"
  public static let position = "position"
  public static let columns = [
    id, auditID, reference, selection, drawOrder, selectionReason, status, statusReason, planType, ageBand,
    position,
  ]
}

/// `agency_return`: An agency's return on one case of an audit.
public enum AgencyReturnTable: StoredTable {
  public static let tableName = "agency_return"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let reference = "reference"
  public static let agencyID = "agency_id"
  public static let involved = "involved"
  public static let knownBecause = "known_because"
  public static let workDone = "work_done"
  public static let strengths = "strengths"
  public static let gaps = "gaps"
  public static let voice = "voice"
  public static let answersJSON = "answers_json"
  public static let domainGradesJSON = "domain_grades_json"
  public static let overallGrade = "overall_grade"
  public static let notApplicableJSON = "not_applicable_json"
  public static let columns = [
    id, auditID, reference, agencyID, involved, knownBecause, workDone, strengths, gaps, voice, answersJSON,
    domainGradesJSON, overallGrade, notApplicableJSON,
  ]
}

/// `return_template`: When each agency's return template for an audit was last made (sent).
public enum ReturnTemplateTable: StoredTable {
  public static let tableName = "return_template"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let agencyID = "agency_id"
  public static let madeOn = "made_on"
  public static let format = "format"
  public static let columns = [id, auditID, agencyID, madeOn, format]
}

/// `assessment`: The panel's grade of one case of an audit.
public enum AssessmentTable: StoredTable {
  public static let tableName = "assessment"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let reference = "reference"
  public static let overallGrade = "overall_grade"
  public static let rationale = "rationale"
  public static let domainGradesJSON = "domain_grades_json"
  public static let findingsJSON = "findings_json"
  public static let goodPractice = "good_practice"
  public static let voice = "voice"
  public static let escalated = "escalated"
  public static let columns = [
    id, auditID, reference, overallGrade, rationale, domainGradesJSON, findingsJSON, goodPractice, voice,
    escalated,
  ]
}

/// `recommendation`: An audit's recommendations, linked to findings.
public enum RecommendationTable: StoredTable {
  public static let tableName = "recommendation"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let text = "text"
  public static let findingsJSON = "findings_json"
  public static let position = "position"
  public static let columns = [id, auditID, text, findingsJSON, position]
}

/// `action`: Tracker actions.
public enum ActionTable: StoredTable {
  public static let tableName = "action"
  public static let id = "id"
  public static let text = "text"
  public static let sourceKind = "source_kind"
  public static let sourceRef = "source_ref"
  public static let auditID = "audit_id"
  public static let reference = "reference"
  public static let owner = "owner"
  public static let lead = "lead"
  public static let created = "created"
  public static let due = "due"
  public static let dueRevisionsJSON = "due_revisions_json"
  public static let status = "status"
  public static let confidence = "confidence"
  public static let ragOverride = "rag_override"
  public static let ragReason = "rag_reason"
  public static let evidence = "evidence"
  public static let closedBy = "closed_by"
  public static let closedOn = "closed_on"
  public static let urgent = "urgent"
  public static let reaudit = "reaudit"
  public static let columns = [
    id, text, sourceKind, sourceRef, auditID, reference, owner, lead, created, due, dueRevisionsJSON, status,
    confidence, ragOverride, ragReason, evidence, closedBy, closedOn, urgent, reaudit,
  ]
}

/// `action_progress`: Dated progress notes on actions.
public enum ActionProgressTable: StoredTable {
  public static let tableName = "action_progress"
  public static let id = "id"
  public static let actionID = "action_id"
  public static let onDay = "on_day"
  public static let author = "author"
  public static let text = "text"
  public static let columns = [id, actionID, onDay, author, text]
}

/// `report_section`: Report sections written by hand for an audit.
public enum ReportSectionTable: StoredTable {
  public static let tableName = "report_section"
  public static let id = "id"
  public static let auditID = "audit_id"
  public static let section = "section"
  public static let text = "text"
  public static let columns = [id, auditID, section, text]
}

/// `candidate`: The candidate list: one row per reference, logged per import (its key is `reference`).
public enum CandidateTable: StoredTable {
  public static let tableName = "candidate"
  public static let reference = "reference"
  public static let planType = "plan_type"
  public static let ageBand = "age_band"
  public static let gender = "gender"
  public static let team = "team"
  public static let startDate = "start_date"
  public static let agenciesKnown = "agencies_known"
  public static let source = "source"
  public static let importedAt = "imported_at"
  public static let columns = [
    reference, planType, ageBand, gender, team, startDate, agenciesKnown, source, importedAt,
  ]
}

/// `change_log`: The hash-chained change log (its key is `seq`).
public enum ChangeLogTable: StoredTable {
  public static let tableName = "change_log"
  public static let seq = "seq"
  public static let at = "at"
  public static let actor = "actor"
  public static let entity = "entity"
  public static let entityID = "entity_id"
  public static let field = "field"
  public static let oldValue = "old_value"
  public static let newValue = "new_value"
  public static let oldHash = "old_hash"
  public static let newHash = "new_hash"
  public static let reason = "reason"
  public static let auditID = "audit_id"
  public static let prevHash = "prev_hash"
  public static let hash = "hash"
  /// Each logged text's own random salt, and the reason's salted hash (migration v2-salted-log-texts).
  public static let oldSalt = "old_salt"
  public static let newSalt = "new_salt"
  public static let reasonSalt = "reason_salt"
  public static let reasonHash = "reason_hash"
  public static let columns = [
    seq, at, actor, entity, entityID, field, oldValue, newValue, oldHash, newHash, reason, auditID, prevHash,
    hash, oldSalt, newSalt, reasonSalt, reasonHash,
  ]
}
