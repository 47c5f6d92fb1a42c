import CFAGDomain

/// One audit the demo will run: its theme, meeting, how far through its life cycle it gets, and
/// its cases (with fixed grades where the figures must come out as published).
struct DemoAuditPlan {
  var key: String
  var theme: Theme
  var meeting: Day
  /// The stage the audit reaches by today.
  var stage: Stage
  var references: [String]
  /// Grades for the cases in order, when the figures are fixed; otherwise drawn.
  var grades: [Grade]?
  var title: String?
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
      let meeting = weekday(
        today.adding(days: -(years * 365) + span * index / historyCount + random.int(0...6)))
      plans.append(
        DemoAuditPlan(
          key: "history-\(index)", theme: themes[index % themes.count], meeting: meeting, stage: .signedOff,
          references: references.next(random.int(5...7), using: &random)))
    }
    let current: [(Stage, Int)] = [
      (.signedOff, -70), (.reporting, -20), (.panel, 0), (.agencyReturns, 14), (.sampling, 35),
      (.planning, 60),
    ]
    for (index, (stage, offset)) in current.enumerated() {
      plans.append(
        DemoAuditPlan(
          key: "current-\(stage.rawValue)", theme: themes[index % themes.count],
          meeting: weekday(today.adding(days: offset)), stage: stage,
          references: stage == .planning ? [] : references.next(6, using: &random)))
    }
    let cinMeeting = Day(year: 2020, month: 1, day: 22)!
    if let cin = themes.first(where: { $0.id == "child-in-need" }), cinMeeting.adding(days: 60) < today {
      plans.append(
        DemoAuditPlan(
          key: "cin-2019-20", theme: cin, meeting: cinMeeting, stage: .signedOff,
          references: references.next(6, using: &random),
          grades: [
            .good, .requiresImprovement, .requiresImprovement, .requiresImprovement, .requiresImprovement,
            .inadequate,
          ],
          title: "\(cin.title) 2019–20"))
    }
    return plans
  }

  /// The day itself, or the Monday after when it falls at a weekend.
  private func weekday(_ day: Day) -> Day {
    var day = day
    while day.isWeekend { day = day.adding(days: 1) }
    return day
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
