import CFAGDomain
import Crypto

/// One user action's write transaction. Every insert, update and delete goes through it, and each
/// changed field is appended to the hash-chained change log in the same transaction.
public final class LoggedTransaction {
  let db: any StoreConnection
  /// Who is acting.
  public let actor: String
  /// When, as an ISO 8601 timestamp shared by every record of this action.
  public let at: String
  /// The log head the changes are based on: an update or delete of a field someone changed
  /// after it is refused as a conflict. Nil: no check (the change was not made from a view).
  let basis: LogSequence?
  /// The store's decoded themes, for the audits this action reads.
  let themes: JSONColumnCache<Theme>
  /// Personal-data warnings about the free text this action saves.
  private(set) var warnings: [DataWarning] = []
  /// The store's matchers of case references, and those of this action by audit ("" for all).
  private let referenceMatchers: ReferenceMatcherCache
  private var matchers: [String: ReferenceMatcher] = [:]
  /// The salts of this action's records.
  private var salts = SaltSource()
  /// The change log's insert, made ready at the first record of the action.
  private var logInsert: BulkStatement?
  private var lastSequence: Int
  private var lastHash: String
  /// The audits whose cases or grades this action changed, whose list figures are brought up to
  /// date before it commits (`refreshCaseFigures`).
  private var refiguring: Set<String> = []
  /// The log head after this action's changes.
  var head: LogSequence { LogSequence(lastSequence) }

  /// The hash of the last record written so far (the chain's head).
  var headHash: String { lastHash }

  init(
    db: any StoreConnection, actor: String, at: String, basis: LogSequence?, themes: JSONColumnCache<Theme>,
    referenceMatchers: ReferenceMatcherCache
  ) throws {
    self.db = db
    self.themes = themes
    self.referenceMatchers = referenceMatchers
    self.actor = actor
    self.at = at
    self.basis = basis
    let last = try db.row("SELECT seq, hash FROM change_log ORDER BY seq DESC LIMIT 1")
    lastSequence = last?["seq"] ?? 0
    lastHash = last?["hash"] ?? ChangeChain.genesis
  }

  /// Inserts a row, logging each non-null field as created. The values logged are those read back
  /// after the insert, so column defaults and type conversions are logged as stored.
  public func insert(
    _ descriptor: any StoredTable.Type, id: String, auditID: AuditID?, _ values: [(String, SQLValue)],
    reason: String? = nil
  ) throws {
    let table = descriptor.tableName
    let columns = ["id"] + values.map(\.0)
    let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
    try db.execute(
      "INSERT INTO \(table) (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
      SQLArguments([id.sqlValue] + values.map(\.1)))
    try log(entity: table, id: id, field: "*", old: nil, new: "created", reason: reason, auditID: auditID)
    noteCaseFigures(table, auditID: auditID)
    let stored = try storedRow(descriptor, id: id)
    for column in stored.columnNames where column != "id" {
      let value = stored.value(column)
      guard !value.isNull else { continue }
      try log(
        entity: table, id: id, field: column, old: nil, new: ChangeChain.text(value), reason: reason,
        auditID: auditID)
    }
  }

  /// Updates fields of a row, logging only the fields whose stored value changes. Returns whether any did.
  @discardableResult
  public func update(
    _ descriptor: any StoredTable.Type, id: String, auditID: AuditID?, _ values: [(String, SQLValue)],
    reason: String? = nil
  ) throws -> Bool {
    let table = descriptor.tableName
    let current = try storedRow(descriptor, id: id)
    let changed = values.filter { column, value in current.value(column) != value }
    guard !changed.isEmpty else { return false }
    try requireUnchanged(table, id: id, fields: changed.map(\.0))
    let assignments = changed.map { "\($0.0) = ?" }.joined(separator: ", ")
    try db.execute(
      "UPDATE \(table) SET \(assignments) WHERE id = ?", SQLArguments(changed.map(\.1) + [id.sqlValue]))
    noteCaseFigures(table, auditID: auditID, fields: changed.map(\.0))
    let stored = try storedRow(descriptor, id: id)
    var any = false
    for (column, _) in changed {
      let old = current.value(column)
      let new = stored.value(column)
      guard old != new else { continue }
      any = true
      try log(
        entity: table, id: id, field: column, old: ChangeChain.text(old), new: ChangeChain.text(new),
        reason: reason, auditID: auditID)
    }
    return any
  }

  /// Deletes a row, logging its removal.
  public func delete(
    _ descriptor: any StoredTable.Type, id: String, auditID: AuditID?, reason: String? = nil
  ) throws {
    let table = descriptor.tableName
    try requireUnchanged(table, id: id, fields: nil)
    guard try db.execute("DELETE FROM \(table) WHERE id = ?", [id]) > 0 else {
      throw DomainError.notFound(kind: table.replacingUnderscores, id: id)
    }
    try log(entity: table, id: id, field: "*", old: "created", new: nil, reason: reason, auditID: auditID)
    noteCaseFigures(table, auditID: auditID)
  }

  /// Notes the audit whose case figures a change of `table` (of `fields`; nil for a row inserted or
  /// deleted) alters: a case's status, or a grade.
  private func noteCaseFigures(_ table: String, auditID: AuditID?, fields: [String]? = nil) {
    let field: String? =
      switch table {
      case AuditCaseTable.tableName: AuditCaseTable.status
      case AssessmentTable.tableName: AssessmentTable.overallGrade
      default: nil
      }
    guard let auditID, let field, fields?.contains(field) ?? true else { return }
    refiguring.insert(auditID.rawValue)
  }

  /// Brings the list figures (`AuditTable.derivedColumns`) of the audits this action changed up to
  /// date with their cases and grades; `Store.perform` calls it after the action, before the commit.
  func refreshCaseFigures() throws {
    guard !refiguring.isEmpty else { return }
    let update = Workbench.caseFiguresUpdate(db.dialect)
    for auditID in refiguring.sorted() { try db.execute(update, [auditID]) }
    refiguring.removeAll()
  }

  /// Deletes every row of `table` matching a column value, logging each.
  public func deleteAll(
    _ descriptor: any StoredTable.Type, where column: String, is value: String, auditID: AuditID?,
    reason: String?
  ) throws {
    let ids = try db.values(
      String.self, "SELECT id FROM \(descriptor.tableName) WHERE \(column) = ?", [value])
    for id in ids { try delete(descriptor, id: id, auditID: auditID, reason: reason) }
  }

  /// Appends one record summarising a bulk change (such as a candidate list import).
  public func logBulk(entity: String, id: String, summary: String, reason: String? = nil) throws {
    try log(entity: entity, id: id, field: "import", old: nil, new: summary, reason: reason, auditID: nil)
  }

  /// Drops the logged texts of one field of one row (a retention purge) with their salts, keeping
  /// the salted hashes so the chain stays valid; `keeping` is the placeholder text now stored, which
  /// stays readable. (Records written before salts keep their unsalted hashes.)
  func dropLoggedText(entity: String, id: String, field: String, keeping placeholder: String) throws {
    try db.execute(
      """
      UPDATE change_log SET old_value = CASE WHEN old_value = ?1 THEN old_value END,
        old_salt = CASE WHEN old_value = ?1 THEN old_salt END,
        new_value = CASE WHEN new_value = ?1 THEN new_value END,
        new_salt = CASE WHEN new_value = ?1 THEN new_salt END
      WHERE entity = ?2 AND entity_id = ?3 AND field = ?4
      """, [placeholder, entity, id, field])
  }

  /// Checks free text for personal data, adding a warning for each kind found; `auditID` names the
  /// audit whose case references must not appear (nil: every audit's).
  public func checkText(_ text: String?, field: Field, auditID: AuditID?) throws {
    guard let text, !text.isEmpty else { return }
    let key = auditID?.rawValue ?? ""
    let matcher: ReferenceMatcher
    if let cached = matchers[key] {
      matcher = cached
    } else {
      let references =
        try auditID.map {
          try db.values(String.self, "SELECT reference FROM audit_case WHERE audit_id = ?", [$0])
        } ?? db.values(String.self, "SELECT DISTINCT reference FROM audit_case")
      matcher = referenceMatchers.matcher(of: references)
      matchers[key] = matcher
    }
    for warning in DataWarning.check(text, field: field, references: matcher)
    where !warnings.contains(warning) {
      warnings.append(warning)
    }
  }

  /// Refuses to change `fields` of a row (any field, for nil) that someone changed after `basis`.
  private func requireUnchanged(_ table: String, id: String, fields: [String]?) throws {
    guard let basis else { return }
    let fieldFilter = fields.map {
      " AND field IN (" + (["'*'"] + $0.map { _ in "?" }).joined(separator: ", ") + ")"
    }
    let arguments: SQLArguments = [table, id, basis.value] + SQLArguments(fields ?? [])
    guard
      let row = try db.row(
        "SELECT seq, at, actor FROM change_log WHERE entity = ? AND entity_id = ? AND seq > ?"
          + (fieldFilter ?? "") + " ORDER BY seq DESC LIMIT 1", arguments)
    else { return }
    throw DomainError.conflict(
      ChangeConflict(
        what: ChangeChain.describe(entity: table, id: id), actor: row["actor"], at: row["at"],
        sequence: LogSequence(row["seq"])))
  }

  /// Drops the reasons logged for an audit's changes (a retention purge) with their salts, except
  /// the purges' own; the salted hashes stay in the chain.
  func dropLoggedReasons(auditID: String, keeping prefixes: [String]) throws {
    let kept = prefixes.map { _ in " AND substr(reason, 1, ?) != ?" }.joined()
    try db.execute(
      """
      UPDATE change_log SET reason = NULL, reason_salt = NULL
      WHERE audit_id = ? AND reason IS NOT NULL AND reason_hash IS NOT NULL\(kept)
      """,
      SQLArguments(
        [auditID.sqlValue] + prefixes.flatMap { [$0.count.sqlValue, $0.sqlValue] }))
  }

  /// The row's stored columns as the descriptor lists them (a column the database derives is
  /// neither written nor logged).
  private func storedRow(_ descriptor: any StoredTable.Type, id: String) throws -> SQLRow {
    let table = descriptor.tableName
    let columns = descriptor.columns.joined(separator: ", ")
    guard let row = try db.row("SELECT \(columns) FROM \(table) WHERE id = ?", [id]) else {
      throw DomainError.notFound(kind: table.replacingUnderscores, id: id)
    }
    return row
  }

  private static let logInsertSQL = """
    INSERT INTO change_log (seq, at, actor, entity, entity_id, field, old_value, new_value, old_hash,
      new_hash, reason, audit_id, prev_hash, hash, old_salt, new_salt, reason_salt, reason_hash)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
    """

  private func log(
    entity: String, id: String, field: String, old: String?, new: String?, reason: String?, auditID: AuditID?
  ) throws {
    lastSequence += 1
    let oldSalt = old.map { _ in salts.next() }
    let newSalt = new.map { _ in salts.next() }
    let reasonSalt = reason.map { _ in salts.next() }
    let oldHash = ChangeChain.valueHash(old, salt: oldSalt)
    let newHash = ChangeChain.valueHash(new, salt: newSalt)
    let reasonHash = ChangeChain.valueHash(reason, salt: reasonSalt)
    let hash = ChangeChain.link(
      previous: lastHash,
      fields: ChangeChain.linkFields(
        sequence: lastSequence, at: at, actor: actor, entity: entity, id: id, field: field, oldHash: oldHash,
        newHash: newHash, reason: reason, reasonHash: reasonHash, auditID: auditID?.rawValue))
    // One prepared statement for every record of the connection, not one compiled per record.
    if logInsert == nil { logInsert = try db.bulk(Self.logInsertSQL) }
    logInsert!.append(lastSequence)
    let texts = [
      at, actor, entity, id, field, old, new, oldHash, newHash, reason, auditID?.rawValue, lastHash, hash,
    ]
    for text in texts + [oldSalt, newSalt, reasonSalt, reasonHash] { logInsert!.append(text) }
    try logInsert!.execute()
    lastHash = hash
  }
}

/// The hash chain's rules, shared by the writer and by `verify`.
public enum ChangeChain {
  static let genesis = String(repeating: "0", count: 64)
  /// How a value text dropped by a retention purge reads in the history.
  public static let purgedText = "[text purged]"

  /// The logged text of a stored value: integers in decimal, text as is, null as nil.
  /// A row in words for people: "the assessment of MC-1002 in CFAG-2026-01".
  public static func describe(entity: String, id: String) -> String {
    let parts = id.split(separator: "/").map(String.init)
    switch (entity, parts.count) {
    case (AssessmentTable.tableName, 2): return "the panel's assessment of \(parts[1]) in \(parts[0])"
    case (AuditCaseTable.tableName, 2): return "case \(parts[1]) of \(parts[0])"
    case (AgencyReturnTable.tableName, 3): return "\(parts[2])'s return for \(parts[1]) in \(parts[0])"
    case (ReportSectionTable.tableName, 2): return "the \(parts[1]) section of \(parts[0])'s report"
    default: return "\(entity.replacingUnderscores) \(id)"
    }
  }

  public static func text(_ value: SQLValue) -> String? {
    switch value {
    case .null: nil
    case .integer(let int): String(int)
    case .real(let double): String(double)
    case .text(let string): string
    case .blob(let data): hex(data)
    }
  }

  /// The hash of a logged text: salted (`salt ␟ text`) since the salted log, plain before.
  static func valueHash(_ value: String?, salt: String? = nil) -> String {
    guard let value else { return "" }
    guard let salt else { return sha256(value) }
    return sha256(joining: [salt, value])
  }

  /// What a record's link covers. A record with a reason hash (the salted log) covers that hash and
  /// not the reason, so a purge can drop the reason; an older record covers its reason text.
  static func linkFields(
    sequence: Int, at: String, actor: String, entity: String, id: String, field: String, oldHash: String,
    newHash: String, reason: String?, reasonHash: String?, auditID: String?
  ) -> [String] {
    var fields = [String(sequence), at, actor, entity, id, field, oldHash, newHash]
    if let reasonHash {
      fields += [reasonHash, auditID ?? "", "salted"]
    } else {
      fields += [reason ?? "", auditID ?? ""]
    }
    return fields
  }

  static func link(previous: String, fields: [String]) -> String {
    sha256(joining: [previous] + fields)
  }

  public static func sha256(_ text: String) -> String {
    sha256(joining: [text])
  }

  /// The SHA-256 of `texts` joined by U+001F, hashed in one pass over the joined bytes (a record's
  /// link joins a dozen short texts: one call into the hash, not two dozen).
  private static func sha256(joining texts: [String]) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(texts.reduce(texts.count) { $0 + $1.utf8.count })
    for (index, text) in texts.enumerated() {
      if index > 0 { bytes.append(unitSeparator) }
      bytes.append(contentsOf: text.utf8)
    }
    return SHA256.hash(data: bytes).withUnsafeBytes(hex)
  }

  /// U+001F in UTF-8: one byte.
  private static let unitSeparator: UInt8 = 0x1F

  /// Bytes as lower-case hexadecimal, two digits each, written straight into the string.
  static func hex(_ bytes: UnsafeRawBufferPointer) -> String {
    String(unsafeUninitializedCapacity: bytes.count * 2) { digits in
      for (index, byte) in bytes.enumerated() {
        digits[2 * index] = hexDigit(byte >> 4)
        digits[2 * index + 1] = hexDigit(byte & 0x0F)
      }
      return bytes.count * 2
    }
  }

  /// Bytes as lower-case hexadecimal, two digits each.
  static func hex(_ bytes: [UInt8]) -> String { bytes.withUnsafeBytes(hex) }

  private static func hexDigit(_ value: UInt8) -> UInt8 { value < 10 ? 0x30 + value : 0x57 + value }
}

extension String {
  var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
