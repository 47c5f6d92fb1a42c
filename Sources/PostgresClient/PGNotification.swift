import CPQ

/// A NOTIFY received on a channel the connection listens to.
public struct PGNotification: Sendable, Equatable {
  public var channel: String
  public var payload: String
  /// The server process of the connection that sent it (`PGConnection.processID`).
  public var processID: Int32

  public init(channel: String, payload: String, processID: Int32) {
    self.channel = channel
    self.payload = payload
    self.processID = processID
  }
}

extension PGConnection {
  /// Starts listening on `channel` (any text: it is quoted as an identifier).
  public func listen(channel: String) throws(PGError) {
    try execute("LISTEN " + quoteIdentifier(channel))
  }

  /// Sends `payload` on `channel` (delivered when the sending transaction commits).
  public func notify(channel: String, payload: String = "") throws(PGError) {
    try execute("SELECT pg_notify($1, $2)", [.text(channel), .text(payload)])
  }

  /// The notifications that have arrived, without waiting: reads what the socket holds, then
  /// takes every notification libpq has queued. Wait on `socket` to know when to call it.
  public func pendingNotifications() throws(PGError) -> [PGNotification] {
    guard pq.consumeInput(handle) != 0 else {
      throw PGError(connection: handle, pq: pq, otherwise: "PostgreSQL connection lost")
    }
    var notifications: [PGNotification] = []
    while let notify = pq.notifies(handle) {
      notifications.append(
        PGNotification(
          channel: String(cString: notify.pointee.relname), payload: String(cString: notify.pointee.extra),
          processID: notify.pointee.be_pid))
      pq.freemem(notify)
    }
    return notifications
  }
}
