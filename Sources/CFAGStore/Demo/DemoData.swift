import CFAGDomain

/// Synthetic practice for first runs, screenshots and benchmarks: audits across the themes given,
/// played through the real workbench operations with fake `MC-` references, the partnership's
/// agency list and role titles for people. The same seed and today always give the same database.
public enum DemoData {
  /// Fills the workbench's database with `years` of demo practice up to its session's today, and
  /// returns what is there afterwards. Refused when audits already exist, unless `force`. Its steps
  /// are committed `stepsPerCommit` at a time, each still its own logged action: the records are
  /// the same whatever the number, only the time differs.
  @discardableResult
  public static func load(
    into workbench: Workbench, themes: [Theme], years: Int = 1, seed: UInt64 = 2019, force: Bool = false,
    stepsPerCommit: Int = 512, progress: ProgressReporter = .silent
  ) throws -> DemoSummary {
    guard !themes.isEmpty else {
      throw DomainError.missing(field: "themes", reason: "the demo needs at least one theme to audit")
    }
    guard (1...50).contains(years) else {
      throw DomainError.invalid(
        field: "years", value: String(years), reason: "must be a whole number from 1 to 50")
    }
    let existing = try DemoSummary.count(workbench.store).audits
    guard existing == 0 || force else {
      throw DomainError.refused(
        "the database \(workbench.store.path) already has \(existing) audit\(existing == 1 ? "" : "s"); "
          + "demo data goes into an empty database", remedy: .force)
    }
    let today = workbench.session.today
    progress("choosing the audits and drawing their cases", done: 0, of: nil)
    var random = DemoRandom(seed: seed)
    let agencies = try workbench.agencyDirectory()
    var timeline = DemoTimeline()
    let plans = DemoPlanner(themes: themes.sorted { $0.id < $1.id }, today: today, years: years).plans(
      using: &random)
    for plan in plans {
      DemoAuditScript(plan: plan, agencies: agencies, today: today).write(into: &timeline, using: &random)
    }
    try timeline.play(on: workbench.store, today: today, stepsPerCommit: stepsPerCommit, progress: progress)
    return try DemoSummary.count(workbench.store)
  }
}

/// How much is in a database: what `cfag demo` reports when it has finished.
public struct DemoSummary: Hashable, Sendable, Codable {
  public var audits: Int
  public var cases: Int
  public var returns: Int
  public var actions: Int
  public var progressNotes: Int

  static func count(_ store: Store) throws -> DemoSummary {
    try store.read { db in
      func rows(_ table: String) throws -> Int {
        try db.value(Int.self, "SELECT COUNT(*) FROM \(table)") ?? 0
      }
      return DemoSummary(
        audits: try rows("audit"), cases: try rows("audit_case"), returns: try rows("agency_return"),
        actions: try rows("action"), progressNotes: try rows("action_progress"))
    }
  }
}
