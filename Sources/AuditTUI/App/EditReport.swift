import CFAGDomain
import CFAGStore

/// What saving one edit did, for the status line: a note on the outcome, the operation's
/// personal-data warnings, and the id of an audit it created.
struct EditReport {
  var note: String?
  var warnings: [DataWarning] = []
  var created: AuditID?

  init(_ note: String? = nil, warnings: [DataWarning] = [], created: AuditID? = nil) {
    self.note = note
    self.warnings = warnings
    self.created = created
  }

  /// A note, with the warnings of what was saved.
  init<Value>(_ note: String? = nil, _ saved: Saved<Value>) {
    self.init(note, warnings: saved.warnings)
  }
}
