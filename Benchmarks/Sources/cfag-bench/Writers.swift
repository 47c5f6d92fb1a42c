import CFAGDomain
import CFAGStore
import Foundation

/// P7c: concurrent writers. `count` threads, each with its own store (its own connection) and
/// workbench acting as the database's login, add progress notes to open actions of their own (the
/// open actions dealt out among them, each writer taking its own in turn), as fast as they can,
/// for `seconds`. Then checks that nothing was lost: the change log gained
/// exactly the records the successful notes made (each action's history and the log head alike),
/// every successful note is stored once and no failed one is, and `verify` finds no problem (the
/// hash chain among its checks). Prints the throughput and `writers_ok 1` or `0`.
struct Writers {
  let path: String
  let session: Session
  let count: Int
  let seconds: Double
  /// Marks this run's notes, so a database written to before still checks.
  private let run = UInt32.random(in: 0...UInt32.max)

  init(path: String, session: Session, count: Int, seconds: Double) {
    self.path = path
    self.session = session
    self.count = count
    self.seconds = seconds
  }

  /// One writer: its workbench, its actions, and the records one of its notes makes.
  private struct Writer: Sendable {
    let number: Int
    let workbench: Workbench
    let actions: [ActionID]
    let recordsPerNote: Int

    /// The action its note of round `round` goes to.
    func action(_ round: Int) -> ActionID { actions[round % actions.count] }
  }

  func run(setup: Workbench) throws {
    let open = try setup.actions().filter { $0.status != .closed }.map(\.id)
    guard open.count >= count else {
      print("error only \(open.count) open actions for \(count) writers")
      exit(1)
    }
    // Each writer's first note, one after another: it opens the connection and says how many
    // change records a note makes (the note's creation and its fields).
    var writers: [Writer] = []
    for number in 0..<count {
      let actions = stride(from: number, to: open.count, by: count).map { open[$0] }
      let workbench = try Workbench(store: Store(path: path), session: session)
      let before = try workbench.history(.action(actions[0])).count
      try workbench.updateAction(actions[0], ActionUpdate(progress: note(number, 0)))
      let records = try workbench.history(.action(actions[0])).count - before
      writers.append(Writer(number: number, workbench: workbench, actions: actions, recordsPerNote: records))
    }
    let historyBefore = try writers.map { writer in
      try writer.actions.map { try setup.history(.action($0)).count }
    }
    let headBefore = try setup.head()

    let tally = Tally(count)
    let done = DispatchGroup()
    let start = Self.now()
    let deadline = start + seconds
    for writer in writers {
      done.enter()
      let thread = Thread {
        var round = 1
        while Self.now() < deadline {
          do {
            try writer.workbench.updateAction(
              writer.action(round), ActionUpdate(progress: note(writer.number, round)))
            tally.saved(writer.number, round)
          } catch {
            tally.failed(writer.number, "\(error)")
          }
          round += 1
        }
        done.leave()
      }
      thread.stackSize = 1 << 22
      thread.start()
    }
    done.wait()
    let elapsed = Self.now() - start

    // What was stored, against what the writers were told was saved.
    var problems: [String] = []
    let headAfter = try setup.head()
    var expected = 0
    for (writer, before) in zip(writers, historyBefore) {
      let saved = tally.rounds[writer.number]
      expected += saved.count * writer.recordsPerNote
      var stored: [Int] = []
      for (index, action) in writer.actions.enumerated() {
        let notes = saved.filter { writer.action($0) == action }.count
        let gained = try setup.history(.action(action)).count - before[index]
        if gained != notes * writer.recordsPerNote {
          problems.append(
            "writer \(writer.number): \(action)'s history gained \(gained) records for \(notes) notes "
              + "of \(writer.recordsPerNote)")
        }
        let mark = prefix(writer.number)
        stored += try setup.action(action).progress.compactMap { stored -> Int? in
          guard stored.text.hasPrefix(mark) else { return nil }
          return Int(stored.text.dropFirst(mark.count).prefix { $0.isNumber })
        }
      }
      if stored.sorted() != ([0] + saved).sorted() {
        let missing = Set(saved).subtracting(stored).count
        problems.append(
          "writer \(writer.number): \(stored.count) notes stored, \(saved.count + 1) saved, \(missing) missing"
        )
      }
    }
    if headAfter.value - headBefore.value != expected {
      problems.append("the change log gained \(headAfter.value - headBefore.value) records, not \(expected)")
    }
    let report = try setup.store.verify()
    problems += report.problems.prefix(5).map { "verify: \($0)" }

    let saved = tally.rounds.reduce(0) { $0 + $1.count }
    Timing.figure("writers", Double(count))
    Timing.figure("writers_seconds", elapsed)
    Timing.figure("writers_saved", Double(saved))
    Timing.figure("writers_failed", Double(tally.failures))
    Timing.figure("writers_per_s", Double(saved) / elapsed)
    Timing.figure("writers_records", Double(expected))
    Timing.figure("writers_verified_records", Double(report.records))
    Timing.figure("writers_chain_ok", report.problems(.chain).isEmpty ? 1 : 0)
    Timing.figure("writers_ok", problems.isEmpty ? 1 : 0)
    if let error = tally.firstError { print("writers_first_error \(error)") }
    for problem in problems { FileHandle.standardError.write(Data("writers: \(problem)\n".utf8)) }
  }

  private func prefix(_ writer: Int) -> String { "cfag-bench run \(run) writer \(writer), note " }

  private func note(_ writer: Int, _ round: Int) -> String {
    "\(prefix(writer))\(round): chased the lead for an update on the plan."
  }

  /// Seconds on the monotonic clock.
  private static func now() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }
}

/// What the writer threads did: the rounds each saved, and the failures.
private final class Tally: @unchecked Sendable {
  private let lock = NSLock()
  private var saved: [[Int]]
  private var failed = 0
  private var error: String?

  init(_ writers: Int) { saved = Array(repeating: [], count: writers) }

  func saved(_ writer: Int, _ round: Int) {
    lock.withLock { saved[writer].append(round) }
  }

  func failed(_ writer: Int, _ message: String) {
    lock.withLock {
      failed += 1
      if error == nil { error = "writer \(writer): \(message)" }
    }
  }

  var rounds: [[Int]] { lock.withLock { saved } }
  var failures: Int { lock.withLock { failed } }
  var firstError: String? { lock.withLock { error } }
}
