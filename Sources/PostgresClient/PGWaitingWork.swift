/// Work a caller does while a server answers statements sent to it, rather than before sending
/// them or after reading the answers: done once, by the first `PGConnection.executeTogether` given
/// it, after the statements are sent and before their results are read (before running them, with
/// a libpq that cannot send them together). Used from one thread at a time.
public final class PGWaitingWork {
  private var work: (() -> Void)?

  public init(_ work: @escaping () -> Void) { self.work = work }

  /// Does the work, unless it was done already.
  public func run() {
    let pending = work
    work = nil
    pending?()
  }
}
