import CPQ

extension PGConnection {
  /// Runs one statement with `$1`, `$2` ... bound to `parameters`; results come back as text.
  /// Throws the server's error, with its SQLSTATE and fields, when the statement fails.
  @discardableResult
  public func execute(_ sql: String, _ parameters: [PGValue] = []) throws(PGError) -> PGResult {
    let arguments = try PGParameters(parameters)
    let result = arguments.withArrays { types, values, lengths, formats in
      pq.execParams(handle, sql, arguments.count, types, values, lengths, formats, 0)
    }
    return try checked(result)
  }

  /// Runs statements separated by semicolons, without parameters (a schema, say), as one
  /// transaction unless they hold their own transaction commands; stops at the first that fails.
  public func executeScript(_ sql: String) throws(PGError) {
    _ = try checked(pq.exec(handle, sql))
  }

  /// Prepares `sql` under `name` for `executePrepared`, letting the server infer the parameters'
  /// types; the statement lasts as long as the connection.
  public func prepare(name: String, sql: String) throws(PGError) {
    _ = try execute(.prepare(name: name, sql: sql))
  }

  /// Runs the statement prepared under `name` with `parameters`.
  @discardableResult
  public func executePrepared(name: String, _ parameters: [PGValue] = []) throws(PGError) -> PGResult {
    let arguments = try PGParameters(parameters)
    let result = arguments.withArrays { _, values, lengths, formats in
      pq.execPrepared(handle, name, arguments.count, values, lengths, formats, 0)
    }
    return try checked(result)
  }

  /// The result of a call, or the error it carries (the result is freed then).
  func checked(_ result: OpaquePointer?) throws(PGError) -> PGResult {
    guard let result else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL statement failed: out of memory")
    }
    switch pq.resultStatus(result) {
    case PGRES_COMMAND_OK, PGRES_TUPLES_OK, PGRES_EMPTY_QUERY:
      return PGResult(result, pq: pq)
    case PGRES_COPY_IN, PGRES_COPY_OUT, PGRES_COPY_BOTH:
      pq.clear(result)
      throw PGError(message: "COPY to or from the client is not supported by PGConnection.execute")
    default:
      let error = PGError(result: result, connection: handle, pq: pq)
      pq.clear(result)
      throw error
    }
  }
}
