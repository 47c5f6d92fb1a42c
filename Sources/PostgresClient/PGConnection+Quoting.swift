import CPQ

extension PGConnection {
  /// `name` as an SQL identifier, double-quoted with any `"` doubled, for statements that cannot
  /// take parameters (CREATE ROLE, LISTEN, GRANT ...).
  public func quoteIdentifier(_ name: String) throws(PGError) -> String {
    try escaped(name, with: pq.escapeIdentifier)
  }

  /// `text` as an SQL string literal, single-quoted (with an `E` prefix when it holds a backslash).
  public func quoteLiteral(_ text: String) throws(PGError) -> String {
    try escaped(text, with: pq.escapeLiteral)
  }

  private func escaped(
    _ text: String,
    with escape: (OpaquePointer?, UnsafePointer<CChar>?, Int) -> UnsafeMutablePointer<CChar>?
  ) throws(PGError) -> String {
    let bytes = Array(text.utf8)
    if bytes.contains(0) { throw PGError(message: "an SQL name or literal cannot hold a NUL character") }
    let quoted = text.withCString { escape(handle, $0, bytes.count) }
    guard let quoted else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL could not quote the text")
    }
    defer { pq.freemem(quoted) }
    return String(cString: quoted)
  }
}
