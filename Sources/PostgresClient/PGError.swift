import CPQ

/// A failure reported by libpq or the server: the server's SQLSTATE and message fields when a
/// statement failed, libpq's own message (trimmed) otherwise. Never holds a password.
public struct PGError: Error, CustomStringConvertible, Sendable, Equatable {
  /// The five-character SQLSTATE code (`23505`), nil for errors raised on the client side.
  public var sqlState: String?
  /// The primary message, one line, without the `ERROR:` prefix.
  public var message: String
  public var detail: String?
  public var hint: String?
  /// The constraint a violation is about.
  public var constraint: String?
  public var schema: String?
  public var table: String?
  public var column: String?

  public init(
    message: String, sqlState: String? = nil, detail: String? = nil, hint: String? = nil,
    constraint: String? = nil, schema: String? = nil, table: String? = nil, column: String? = nil
  ) {
    self.message = message
    self.sqlState = sqlState
    self.detail = detail
    self.hint = hint
    self.constraint = constraint
    self.schema = schema
    self.table = table
    self.column = column
  }

  /// The message, the SQLSTATE, then the detail and hint on lines of their own.
  public var description: String {
    var text = message
    if let sqlState { text += " (SQLSTATE \(sqlState))" }
    if let detail { text += "\nDetail: \(detail)" }
    if let hint { text += "\nHint: \(hint)" }
    return text
  }

  public var isUniqueViolation: Bool { sqlState == "23505" }
  public var isForeignKeyViolation: Bool { sqlState == "23503" }
  public var isSerializationFailure: Bool { sqlState == "40001" }
  public var isDeadlock: Bool { sqlState == "40P01" }
  public var isInsufficientPrivilege: Bool { sqlState == "42501" }
  public var isLockNotAvailable: Bool { sqlState == "55P03" }
  public var isUndefinedTable: Bool { sqlState == "42P01" }
}

extension PGError {
  /// The error fields of a failed result; libpq's message for the result, then the connection's,
  /// when the server sent no primary message (an error raised by libpq itself).
  init(result: OpaquePointer, connection: OpaquePointer?, pq: LibPQ) {
    func field(_ code: Int32) -> String? {
      pq.resultErrorField(result, code).map { String(cString: $0) }
    }
    let primary =
      field(CPQ_DIAG_MESSAGE_PRIMARY) ?? Self.text(pq.resultErrorMessage(result))
      ?? connection.flatMap { Self.text(pq.errorMessage($0)) } ?? "PostgreSQL statement failed"
    self.init(
      message: primary, sqlState: field(CPQ_DIAG_SQLSTATE), detail: field(CPQ_DIAG_MESSAGE_DETAIL),
      hint: field(CPQ_DIAG_MESSAGE_HINT), constraint: field(CPQ_DIAG_CONSTRAINT_NAME),
      schema: field(CPQ_DIAG_SCHEMA_NAME), table: field(CPQ_DIAG_TABLE_NAME),
      column: field(CPQ_DIAG_COLUMN_NAME))
  }

  /// libpq's message for the connection's last failure.
  init(connection: OpaquePointer, pq: LibPQ, otherwise fallback: String) {
    self.init(message: Self.text(pq.errorMessage(connection)) ?? fallback)
  }

  /// A C message, trimmed of the surrounding white space and newline libpq adds; nil when empty.
  static func text(_ message: UnsafePointer<CChar>?) -> String? {
    guard let message else { return nil }
    let trimmed = String(cString: message).trimmingWhiteSpace
    return trimmed.isEmpty ? nil : trimmed
  }
}

extension String {
  var trimmingWhiteSpace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
    let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
    return String(Substring(scalars[first...last]))
  }
}
