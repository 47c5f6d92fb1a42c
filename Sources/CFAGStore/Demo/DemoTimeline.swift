import CFAGDomain

/// Ids the workbench hands back while the demo runs (an audit's id, an action's id), under the
/// demo's own names for them, so later steps can refer to what earlier steps created.
final class DemoRefs {
  private var ids: [String: String] = [:]

  subscript<ID: Identifier>(name: String) -> ID {
    get { ID(rawValue: ids[name] ?? name) }
    set { ids[name] = newValue.rawValue }
  }
}

/// One dated step of the demo: one workbench operation, by the named person, on that day.
struct DemoEvent {
  var day: Day
  var actor: String
  var run: (Workbench, DemoRefs) throws -> Void
}

/// The demo's steps, played in date order through workbench sessions dated on each step's day,
/// so created dates, progress notes, sign-offs and the change log read as years of real use.
struct DemoTimeline {
  private(set) var events: [DemoEvent] = []

  /// Adds a step on `day`, or on the next open day when offices are closed then (the mapping never
  /// reorders steps: a later day never moves before an earlier one).
  mutating func add(_ day: Day, as actor: String, _ run: @escaping (Workbench, DemoRefs) throws -> Void) {
    events.append(DemoEvent(day: DemoCalendar.onOrAfter(day), actor: actor, run: run))
  }

  /// Runs every step up to `today`, in date order (steps of one day in the order they were added),
  /// `stepsPerCommit` steps to one SQLite transaction (each step still its own logged action).
  func play(on store: Store, today: Day, stepsPerCommit: Int, progress: ProgressReporter = .silent) throws {
    let ordered = events.enumerated().filter { $0.element.day <= today }
      .sorted { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }.map(\.element)
    let refs = DemoRefs()
    var stepOfDay = 0
    var previous: Day?
    let task = "making the audits of \(ordered.first.map { "\($0.day.year)" } ?? "")–\(today.year), step"
    for start in stride(from: 0, to: ordered.count, by: max(1, stepsPerCommit)) {
      try store.batch { batch in
        for index in start..<min(start + max(1, stepsPerCommit), ordered.count) {
          let event = ordered[index]
          if index % 64 == 0 { progress(task, done: index, of: ordered.count) }
          stepOfDay = event.day == previous ? stepOfDay + 1 : 0
          previous = event.day
          let stamp = Self.timestamp(event.day, step: stepOfDay)
          let session = Session(actor: event.actor, today: event.day, clock: { stamp })
          try event.run(try Workbench(store: batch, session: session), refs)
        }
      }
    }
    progress(task, done: ordered.count, of: ordered.count)
  }

  /// A working-day time for the n-th step of a day: 09:00:00, 09:00:07, ...
  static func timestamp(_ day: Day, step: Int) -> String {
    let seconds = 9 * 3600 + step * 7
    func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
    return "\(day.iso)T\(two(seconds / 3600 % 24)):\(two(seconds / 60 % 60)):\(two(seconds % 60)).000Z"
  }
}
