import CFAGDomain

/// An agency's return as a Word form: one document per agency for all its cases in the audit.
///
/// Every field sits in a table row whose first cell holds the field's id as hidden text
/// (`AUDIT CASE ITEM`, e.g. `CFAG-2026-02 MC-1003 q:referral-timely`); the field itself is a
/// content control in the row's last cell, tagged with the same id, locked against deletion, a
/// drop-down for choices. The id lives in the hidden cell as well as in the tag because
/// LibreOffice (7.4) drops content controls' tags, locks and placeholder marks when it saves a
/// DOCX, but keeps hidden text; Word keeps both, and a tag that disagrees with its row is refused.
/// The first table's hidden cell names the form itself (`cfag-return AUDIT AGENCY`). Text outside
/// the fields is protected (Word's "filling in forms" restriction, no password).
public enum ReturnWordForm {
  /// The id of the form itself, in the cover table's hidden cell.
  static let formMark = "cfag-return"
  /// What an empty text field shows; read back as blank.
  static let textPlaceholder = "Click or tap here to write."
  /// What an unchosen drop-down shows; read back as blank.
  static let choicePlaceholder = "Choose an item."
  static let placeholders: Set<String> = [textPlaceholder, choicePlaceholder]

  /// A field's id: the audit, the case and the item's key, separated by spaces (none of them
  /// holds a space).
  static func fieldID(_ auditID: AuditID, _ reference: CaseReference, _ item: ReturnItem) -> String {
    "\(auditID.rawValue) \(reference.value) \(item.key)"
  }

  /// The form's own id.
  static func formID(_ auditID: AuditID, _ agency: Agency) -> String {
    "\(formMark) \(auditID.rawValue) \(agency.id)"
  }
}
