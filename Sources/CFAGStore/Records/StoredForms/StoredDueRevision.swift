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
  init(reading reader: inout JSONColumnReader) throws {
    var members: [CodingKeys: FirstMember] = [:]
    try reader.object(of: "a due date revision") { key, value in
      if let key = CodingKeys(rawValue: key) { members[key, default: FirstMember()].take(value) }
    }
    let text = { (key: CodingKeys) in try (members[key] ?? FirstMember()).required(key.rawValue) }
    self.init(from: try text(.from), to: try text(.to), reason: try text(.reason), on: try text(.on))
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
