/// Follows each audit's sign-off through the change log, in order, and finds changes made to a
/// signed-off audit's records outside an amendment: the program refuses them, so such a record
/// was written behind its back. The sign-off and amendment fields themselves, and retention
/// purges, are how a locked audit changes, and pass.
struct SignOffLock {
  /// The tables locked with their audit.
  static let lockedTables: Set<String> = [
    "audit", "audit_case", "agency_return", "assessment", "recommendation", "report_section",
  ]
  /// The audit fields that sign an audit off, open an amendment and close it.
  static let lockFields: Set<String> = ["signed_off_by", "signed_off_on", "amendment_json"]

  private struct State {
    var signed = false
    var amending = false
    var locked: Bool { signed && !amending }
  }

  private var audits: [String: State] = [:]

  /// Takes one record; returns a problem message if it changes a locked audit.
  mutating func apply(entity: String, field: String, newValueSet: Bool, reason: String?, auditID: String?)
    -> String?
  {
    guard let auditID, Self.lockedTables.contains(entity) else { return nil }
    var state = audits[auditID] ?? State()
    let isLockField = entity == "audit" && Self.lockFields.contains(field)
    let isPurge = reason?.hasPrefix(PurgePolicy.reasonPrefix) == true
    let problem =
      state.locked && !isLockField && !isPurge
      ? "changes audit \(auditID), which is signed off, outside an amendment: it was changed outside cfag"
      : nil
    if entity == "audit" {
      switch field {
      case "signed_off_by": state.signed = newValueSet
      case "amendment_json": state.amending = newValueSet
      case "*": state = State()
      default: break
      }
    }
    audits[auditID] = state
    return problem
  }
}
