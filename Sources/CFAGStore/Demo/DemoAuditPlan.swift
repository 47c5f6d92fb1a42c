import CFAGDomain

/// One audit the demo will run: its theme, meeting, how far through its life cycle it gets, and
/// its cases (with fixed grades where the figures must come out as published).
struct DemoAuditPlan {
  var key: String
  var theme: Theme
  /// An open day (`DemoCalendar`): never a weekend, a bank holiday or Christmas week.
  var meeting: Day
  /// The stage the audit reaches by today.
  var stage: Stage
  /// The random draw from the demo case list; nil for an audit still being planned, or when the
  /// theme's criteria cannot be met by demo cases (its cases are then added by hand).
  var draw: DemoDraw?
  /// The cases in the audit, in draw order, with their age bands.
  var cases: [(reference: String, ageBand: AgeBand?)]
  /// Grades for the cases in order, when the figures are fixed; otherwise drawn.
  var grades: [Grade]?
  var title: String?

  var references: [String] { cases.map(\.reference) }
}

/// Chooses the demo's audits: a history of signed-off audits over the years asked for, one audit
/// at each life-cycle stage around today, and the partnership's 2019–20 Child in Need audit.
struct DemoPlanner {
  var themes: [Theme]
  var today: Day
  var years: Int

  /// Signed-off audits before the current ones: two in a one-year demo, 21 more for each extra year.
  var historyCount: Int { 2 + 21 * (years - 1) }

  func plans(using random: inout DemoRandom) -> [DemoAuditPlan] {
    var references = DemoReferences()
    var plans: [DemoAuditPlan] = []
    let span = years * 365 - 90
    for index in 0..<historyCount {
      let meeting = DemoCalendar.onOrAfter(
        today.adding(days: -(years * 365) + span * index / historyCount + random.int(0...6)))
      plans.append(
        plan(
          key: "history-\(index)", theme: themes[index % themes.count], meeting: meeting, stage: .signedOff,
          size: random.int(5...7), references: &references, using: &random))
    }
    let current: [(Stage, Int)] = [
      (.signedOff, -70), (.reporting, -20), (.panel, 0), (.agencyReturns, 14), (.sampling, 35),
      (.planning, 60),
    ]
    for (index, (stage, offset)) in current.enumerated() {
      // The panel meets today, or on the last open day before it.
      let meeting =
        offset == 0 ? DemoCalendar.onOrBefore(today) : DemoCalendar.onOrAfter(today.adding(days: offset))
      plans.append(
        plan(
          key: "current-\(stage.rawValue)", theme: themes[index % themes.count], meeting: meeting,
          stage: stage,
          size: stage == .planning ? 0 : 6, references: &references, using: &random))
    }
    let cinMeeting = Day(year: 2020, month: 1, day: 22)!
    if let cin = themes.first(where: { $0.id == "child-in-need" }), cinMeeting.adding(days: 60) < today {
      var published = plan(
        key: "cin-2019-20", theme: cin, meeting: cinMeeting, stage: .signedOff, size: 6,
        references: &references,
        using: &random)
      published.grades = [
        .good, .requiresImprovement, .requiresImprovement, .requiresImprovement, .requiresImprovement,
        .inadequate,
      ]
      published.title = "\(cin.title) 2019–20"
      plans.append(published)
    }
    return plans
  }

  /// An audit whose `size` cases are drawn at random, with two reserves, five weeks before the
  /// meeting (or today, if that is later than today).
  private func plan(
    key: String, theme: Theme, meeting: Day, stage: Stage, size: Int, references: inout DemoReferences,
    using random: inout DemoRandom
  ) -> DemoAuditPlan {
    var plan = DemoAuditPlan(key: key, theme: theme, meeting: meeting, stage: stage, draw: nil, cases: [])
    guard size > 0 else { return plan }
    let day = DemoCalendar.onOrBefore(min(meeting.adding(days: -35), today))
    if let draw = DemoDraw.make(
      theme: theme, on: day, size: size, reserves: 2, references: &references, using: &random)
    {
      plan.draw = draw
      plan.cases = draw.selected.map { ($0.reference.value, $0.ageBand) }
    } else {
      let band: AgeBand = DemoAuditScript.planType(of: theme) == .preBirth ? .unborn : .age5to9
      plan.cases = references.next(size, using: &random).map { ($0, band) }
    }
    return plan
  }
}

/// Fake pseudonymous case references, `MC-` and six digits, never the same twice in one demo.
struct DemoReferences {
  private var used: Set<Int> = []

  mutating func next(_ count: Int, using random: inout DemoRandom) -> [String] {
    (0..<count).map { _ in
      var number = random.int(100_000...999_999)
      while !used.insert(number).inserted { number = random.int(100_000...999_999) }
      return "MC-\(number)"
    }
  }
}
