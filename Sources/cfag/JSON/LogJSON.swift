import CFAGDomain

/// One change record in `cfag log --json`.
struct ChangeRecordJSON: Encodable {
  let seq: Int
  let at: String
  let actor: String
  let entity: String
  let entityId: String
  let field: String
  let oldValue: String?
  let newValue: String?
  let reason: String?
  let auditId: String?

  init(_ record: ChangeRecord) {
    seq = record.sequence
    at = record.at
    actor = record.actor
    entity = record.entity
    entityId = record.entityID
    field = record.field
    oldValue = record.oldValue
    newValue = record.newValue
    reason = record.reason
    auditId = record.auditID
  }
}
