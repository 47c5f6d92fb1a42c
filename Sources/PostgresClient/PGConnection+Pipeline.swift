import CPQ

extension PGConnection {
  /// One statement of `executeTogether`.
  public enum PipelinedStatement {
    /// Parsed, planned and run unnamed, `$1`, `$2` ... bound to the values (as `execute`).
    case unnamed(String, [PGValue])
    /// Prepared under a name for later runs, not run (as `prepare`).
    case prepare(name: String, sql: String)
    /// Run by the name it was prepared under (as `executePrepared`).
    case prepared(name: String, [PGValue])
  }

  /// Runs `statements` in order, all of them sent before any result is read (libpq's pipeline
  /// mode): one round trip to the server however many there are, and the server runs them back
  /// to back. Returns each one's result. The first that fails throws its error, and the server
  /// skips those after it; a transaction block they began is left failed, for the caller to roll
  /// back. With a libpq before 14, which has no pipeline mode, they run one by one. `waiting` is
  /// done while the server runs them.
  public func executeTogether(_ statements: [PipelinedStatement], waiting: PGWaitingWork? = nil)
    throws(PGError) -> [PGResult]
  {
    guard let pipeline = pq.pipeline else {
      waiting?.run()
      var results: [PGResult] = []
      for statement in statements { results.append(try execute(statement)) }
      return results
    }
    guard pipeline.enter(handle) == 1 else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL could not begin a pipeline")
    }
    // A statement that cannot be sent (a parameter PostgreSQL cannot take) ends the pipeline
    // there: those sent are still synced and read, so the connection leaves pipeline mode.
    var sent = 0
    var failure: PGError?
    for statement in statements {
      do {
        try send(statement)
        sent += 1
      } catch {
        failure = error
        break
      }
    }
    guard pipeline.sync(handle) == 1 else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL could not send a pipeline")
    }
    waiting?.run()
    var results: [PGResult] = []
    for _ in 0..<sent {
      // Each statement's result is followed by a null; a skipped one's status is "aborted".
      guard let result = pq.getResult(handle) else { throw lost() }
      while let extra = pq.getResult(handle) { pq.clear(extra) }
      if pq.resultStatus(result) == PGRES_PIPELINE_ABORTED {
        pq.clear(result)
        continue
      }
      do {
        results.append(try checked(result))
      } catch  where failure == nil {
        failure = error
      }
    }
    guard let sync = pq.getResult(handle) else { throw lost() }
    let synced = pq.resultStatus(sync) == PGRES_PIPELINE_SYNC
    pq.clear(sync)
    guard synced, pipeline.exit(handle) == 1 else { throw lost() }
    if let failure { throw failure }
    return results
  }

  /// Queues one statement of a pipeline.
  private func send(_ statement: PipelinedStatement) throws(PGError) {
    let sent: Int32
    switch statement {
    case .unnamed(let sql, let parameters):
      let arguments = try PGParameters(parameters)
      sent = arguments.withArrays { types, values, lengths, formats in
        pq.sendQueryParams(handle, sql, arguments.count, types, values, lengths, formats, 0)
      }
    case .prepare(let name, let sql):
      sent = pq.sendPrepare(handle, name, sql, 0, nil)
    case .prepared(let name, let parameters):
      let arguments = try PGParameters(parameters)
      sent = arguments.withArrays { _, values, lengths, formats in
        pq.sendQueryPrepared(handle, name, arguments.count, values, lengths, formats, 0)
      }
    }
    guard sent == 1 else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL could not send a statement")
    }
  }

  /// Runs one such statement on its own, one round trip.
  public func execute(_ statement: PipelinedStatement) throws(PGError) -> PGResult {
    switch statement {
    case .unnamed(let sql, let parameters): try execute(sql, parameters)
    case .prepare(let name, let sql): try checked(pq.prepare(handle, name, sql, 0, nil))
    case .prepared(let name, let parameters): try executePrepared(name: name, parameters)
    }
  }

  /// The error of a pipeline whose results stopped coming: the connection was lost.
  private func lost() -> PGError {
    PGError(connection: handle, pq: pq, otherwise: "PostgreSQL connection lost in a pipeline")
  }
}
