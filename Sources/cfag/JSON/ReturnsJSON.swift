import CFAGStore

/// `cfag returns status --json`: one agency's row of the chase list.
struct ReturnStatusJSON: Encodable {
  var agencyId: String
  var agency: String
  var due: String?
  var overdue: Bool
  var returned: Int
  var notInvolved: Int
  var missing: Int
  var cases: [CaseState]

  struct CaseState: Encodable {
    var reference: String
    var state: String
  }

  init(_ row: ReturnStatus.AgencyRow, status: ReturnStatus) {
    agencyId = row.agency.id
    agency = row.agency.name
    due = status.due?.iso
    overdue = row.overdue
    returned = row.states.filter { $0 == .returned }.count
    notInvolved = row.states.filter { $0 == .notInvolved }.count
    missing = row.missing
    cases = zip(status.cases, row.states).map { CaseState(reference: $0.value, state: $1.rawValue) }
  }
}
