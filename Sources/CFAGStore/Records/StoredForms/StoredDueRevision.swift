import CFAGDomain

/// `action.due_revisions_json` elements: one change of an action's due date.
struct StoredDueRevision: Codable {
  var from: String
  var to: String
  var reason: String
  var on: String

  enum CodingKeys: String, CodingKey { case from, to, reason, on }
}

extension StoredDueRevision: JSONColumnElement {
  init(element: JSONColumnReader.Value) throws {
    let members = try element.members(of: "a due date revision")
    self.init(
      from: try members.required(CodingKeys.from.rawValue), to: try members.required(CodingKeys.to.rawValue),
      reason: try members.required(CodingKeys.reason.rawValue),
      on: try members.required(CodingKeys.on.rawValue))
  }
}

extension DueRevision: JSONColumnValue {
  var stored: StoredDueRevision { StoredDueRevision(from: from.iso, to: to.iso, reason: reason, on: on.iso) }

  init(stored: StoredDueRevision) throws {
    self.init(
      from: try StoredFormat.day(stored.from), to: try StoredFormat.day(stored.to), reason: stored.reason,
      on: try StoredFormat.day(stored.on))
  }
}
