import Foundation
import PostgresClient
import Testing

/// LISTEN and NOTIFY between two connections.
@Suite(.enabled(if: TestServer.available, TestServer.skipReason))
struct NotificationTests {
  @Test("a NOTIFY from one connection reaches another that listens, with its payload and sender")
  func listenAndNotify() throws {
    try TestServer.withDatabase { database in
      let listener = try database.connect()
      let sender = try database.connect()
      try listener.listen(channel: "cfag changes")
      #expect(try listener.pendingNotifications().isEmpty)
      try sender.notify(channel: "cfag changes", payload: "audit 7 · grade 🟢")
      try sender.notify(channel: "elsewhere", payload: "not for the listener")
      let received = try Self.wait(for: listener)
      #expect(
        received == [
          PGNotification(channel: "cfag changes", payload: "audit 7 · grade 🟢", processID: sender.processID)
        ])
      #expect(try listener.pendingNotifications().isEmpty)
    }
  }

  @Test("a notification sent inside a transaction arrives only when it commits")
  func notifyOnCommit() throws {
    try TestServer.withDatabase { database in
      let listener = try database.connect()
      let sender = try database.connect()
      try listener.listen(channel: "audit")
      try sender.execute("BEGIN")
      try sender.notify(channel: "audit", payload: "1")
      try listener.execute("SELECT pg_sleep(0.1)")
      #expect(try listener.pendingNotifications().isEmpty)
      try sender.execute("COMMIT")
      #expect(try Self.wait(for: listener).map(\.payload) == ["1"])
    }
  }

  /// The notifications of `connection`, waiting on its socket for up to five seconds.
  static func wait(for connection: PGConnection) throws -> [PGNotification] {
    let deadline = Date().addingTimeInterval(5)
    while Date() < deadline {
      let notifications = try connection.pendingNotifications()
      if !notifications.isEmpty { return notifications }
      var descriptor = pollfd(fd: connection.socket, events: Int16(POLLIN), revents: 0)
      _ = poll(&descriptor, 1, 100)
    }
    return []
  }
}
