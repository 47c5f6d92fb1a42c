import CPQ

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A connection `PGConnection.begin` started and no connection has finished yet: libpq's
/// non-blocking connection sequence, its first step taken (the startup message sent, for a local
/// socket), so the server works on it while the program goes on. One is kept at a time; a later
/// `begin` replaces it, and one never taken is closed when the program ends.
final class PGConnectionStart: @unchecked Sendable {
  private let pq: LibPQ
  private let handle: OpaquePointer
  private let uri: String
  private let parameters: [String: String]
  /// What libpq last asked to wait for: to write (as at the start), to read, or nothing more.
  private var state: PostgresPollingStatusType = PGRES_POLLING_WRITING
  private var taken = false

  init(pq: LibPQ, handle: OpaquePointer, uri: String, parameters: [String: String]) {
    self.pq = pq
    self.handle = handle
    self.uri = uri
    self.parameters = parameters
    if pq.status(handle) != CONNECTION_BAD { state = pq.connectPoll(handle) }
  }

  deinit { if !taken { pq.finish(handle) } }

  /// Waits on the socket for what libpq asks, step by step, until the connection is made or has
  /// failed; returns the connection, which the caller owns (its status says which).
  func finish() -> OpaquePointer {
    taken = true
    while pq.status(handle) != CONNECTION_BAD,
      state == PGRES_POLLING_READING || state == PGRES_POLLING_WRITING
    {
      var wait = pollfd(
        fd: pq.socket(handle), events: Int16(state == PGRES_POLLING_READING ? POLLIN : POLLOUT), revents: 0)
      if poll(&wait, 1, -1) < 0 && errno != EINTR { break }
      state = pq.connectPoll(handle)
    }
    return handle
  }

  private static let slot = Slot()

  static func keep(_ start: PGConnectionStart) { slot.exchange(start) }

  /// The kept start for this URI and these parameters, taken (so it is finished once), or nil.
  static func take(uri: String, parameters: [String: String]) -> PGConnectionStart? {
    slot.take { $0.uri == uri && $0.parameters == parameters }
  }

  /// One start, behind a lock: begun on one thread, it may be taken on another.
  private final class Slot: @unchecked Sendable {
    private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
    private var start: PGConnectionStart?

    init() { pthread_mutex_init(mutex, nil) }

    func exchange(_ new: PGConnectionStart?) {
      pthread_mutex_lock(mutex)
      let old = start
      start = new
      pthread_mutex_unlock(mutex)
      _ = old  // closed (deinit) outside the lock
    }

    func take(where matches: (PGConnectionStart) -> Bool) -> PGConnectionStart? {
      pthread_mutex_lock(mutex)
      defer { pthread_mutex_unlock(mutex) }
      guard let kept = start, matches(kept) else { return nil }
      start = nil
      return kept
    }
  }
}
