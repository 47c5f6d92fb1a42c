import CFAGStore

/// `cfag returns status --json`: one agency's row of the chase list.
struct ReturnStatusJSON: Encodable {
  var agencyId: String
  var agency: String
  var due: String?
  var sent: String?
  var overdue: Bool
  var returned: Int
  var drafts: Int
  var notInvolved: Int
  var missing: Int
  var cases: [CaseState]

  struct CaseState: Encodable {
    var reference: String
    var state: String
    /// For a draft: what is still missing (question ids, `why known`, `grade`).
    var missing: [String]?
  }

  init(_ row: ReturnStatus.AgencyRow, status: ReturnStatus) {
    agencyId = row.agency.id
    agency = row.agency.name
    due = status.due?.iso
    sent = row.sent?.iso
    overdue = row.overdue
    returned = row.states.filter { $0 == .returned }.count
    drafts = row.drafts
    notInvolved = row.states.filter(\.isNotInvolved).count
    missing = row.missing
    cases = zip(status.cases, row.states).map { reference, state in
      let missing: [String]? = if case .draft(let parts) = state { parts.map(\.label) } else { nil }
      return CaseState(reference: reference.value, state: state.name, missing: missing)
    }
  }
}
