/// One entry of the tamper-evident change log: who changed which field of what, when, from what
/// to what, and why.
public struct ChangeRecord: Hashable, Sendable, Codable {
  public var sequence: Int
  /// ISO 8601 timestamp.
  public var at: String
  public var actor: String
  /// The kind of thing changed (a table name such as `audit` or `assessment`).
  public var entity: String
  public var entityID: String
  /// The field changed; `*` for the creation or deletion of the whole record; `import` for a bulk import.
  public var field: String
  public var oldValue: String?
  public var newValue: String?
  public var reason: String?
  /// The audit the change belongs to, if any, so an audit's history can be listed.
  public var auditID: String?

  public init(
    sequence: Int, at: String, actor: String, entity: String, entityID: String, field: String,
    oldValue: String?, newValue: String?, reason: String?, auditID: String?
  ) {
    self.sequence = sequence
    self.at = at
    self.actor = actor
    self.entity = entity
    self.entityID = entityID
    self.field = field
    self.oldValue = oldValue
    self.newValue = newValue
    self.reason = reason
    self.auditID = auditID
  }
}
