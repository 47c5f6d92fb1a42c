import CFAGDomain

/// `audit.amendment_json`: the amendment open after sign-off (also read back from the change log).
struct StoredAmendment: Codable {
  var format: Int?
  var reason: String
  var by: String
  var at: String

  enum CodingKeys: String, CodingKey { case format, reason, by, at }
}

extension Amendment: JSONColumnValue {
  var stored: StoredAmendment {
    StoredAmendment(format: StoredFormat.current, reason: reason, by: by, at: at)
  }

  init(stored: StoredAmendment) throws {
    try StoredFormat.check(stored.format)
    self.init(reason: stored.reason, by: stored.by, at: stored.at)
  }
}
