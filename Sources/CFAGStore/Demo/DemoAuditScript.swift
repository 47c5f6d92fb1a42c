import CFAGDomain

/// Writes the steps of one demo audit into the timeline: create it, add its cases, grade them,
/// escalate, recommend, raise actions and sign it off, each on a plausible day.
struct DemoAuditScript {
  var plan: DemoAuditPlan
  var agencies: AgencyDirectory
  var today: Day

  func write(into timeline: inout DemoTimeline, using random: inout DemoRandom) {
    let plan = plan
    let key = plan.key
    let chair = random.pick(DemoPanelPhrases.chairs)
    let partners = agencies.active.filter { $0.kind == .partner }
    let panel = partners + random.pick(random.int(4...7), of: agencies.active.filter { $0.kind != .partner })
    let manager = DemoTrackerPhrases.businessManager
    let created = DemoCalendar.onOrBefore(min(plan.meeting.adding(days: -42), today))
    timeline.add(created, as: manager) { workbench, refs in
      refs[key] = try workbench.createAudit(
        theme: plan.theme,
        details: AuditDetails(
          title: plan.title, meetingDate: plan.meeting, chair: chair, panelAgencies: panel.map(\.id),
          returnsDue: DemoCalendar.onOrBefore(plan.meeting.adding(days: -10))))
    }
    guard plan.stage != .planning else { return }
    if let draw = plan.draw {
      writeDraw(draw, by: manager, into: &timeline)
    } else {
      let planType = Self.planType(of: plan.theme)
      for (reference, band) in plan.cases {
        timeline.add(DemoCalendar.onOrBefore(min(plan.meeting.adding(days: -35), today)), as: manager) {
          workbench, refs in
          try workbench.addCase(
            refs[key], reference: reference, reason: "Chosen by the Executive at the planning meeting",
            planType: planType, ageBand: band)
        }
      }
    }
    let grades = plan.references.indices.map { plan.grades?[$0] ?? Self.grade(using: &random) }
    guard reaches(.agencyReturns) else { return }
    let writing = DemoReturnWriting(theme: plan.theme)
    for ((reference, band), grade) in zip(plan.cases, grades) {
      for agency in panel {
        let input = writing.input(
          reference: reference, agency: agency, near: grade, band: band, using: &random)
        timeline.add(
          DemoCalendar.onOrBefore(plan.meeting.adding(days: -random.int(8...21))),
          as: "Safeguarding Lead, \(agency.shortName)"
        ) {
          workbench, refs in
          try workbench.addReturn(refs[key], input)
        }
      }
    }
    guard reaches(.panel) else { return }
    let graded = plan.stage == .panel ? plan.references.count / 2 : plan.references.count
    var raised: [String] = []
    for ((reference, band), grade) in zip(plan.cases, grades).prefix(graded) {
      let input = DemoGrading(theme: plan.theme).input(grade, stage: DemoLifeStage(band), using: &random)
      raised += input.findings ?? []
      timeline.add(plan.meeting, as: chair) { workbench, refs in
        try workbench.grade(refs[key], reference: reference, input)
      }
      if grade == .inadequate && random.chance(60) {
        DemoActionScript(key: "\(key)/\(reference)/escalation", today: today).writeEscalation(
          audit: key, reference: reference, stage: DemoLifeStage(band), owner: partners[0], on: plan.meeting,
          into: &timeline, using: &random)
      }
    }
    guard reaches(.reporting) else { return }
    writeRecommendations(raised, panel: panel, into: &timeline, using: &random)
    guard plan.stage == .signedOff else { return }
    timeline.add(plan.meeting.adding(days: random.int(21...35)), as: chair) { workbench, refs in
      try workbench.signOff(refs[key], by: chair)
    }
  }

  /// Imports the audit's case list and draws its cases in one step, as the business manager does,
  /// and checks the draw picked the cases the demo planned for.
  private func writeDraw(_ draw: DemoDraw, by manager: String, into timeline: inout DemoTimeline) {
    let key = plan.key
    let title = plan.title ?? plan.theme.title
    timeline.add(draw.day, as: manager) { workbench, refs in
      _ = try workbench.importCandidates(
        CandidateImportRequest(
          bytes: Array(draw.csv.utf8), fileName: "case-list-\(draw.day.iso).csv", source: "demo case system",
          replace: true))
      let outcome = try workbench.sample(
        refs[key], SampleRequest(size: draw.size, reserves: draw.reserves, seed: draw.seed))
      guard outcome.selected.map(\.value) == draw.selected.map(\.reference.value) else {
        throw DomainError.refused(
          "the demo's draw for \(title) picked other cases than planned, because the database already "
            + "has a candidate list; load the demo into an empty database")
      }
    }
  }

  /// The most raised findings become recommendations, each with one or two actions.
  private func writeRecommendations(
    _ raised: [String], panel: [Agency], into timeline: inout DemoTimeline, using random: inout DemoRandom
  ) {
    let key = plan.key
    let counts = Dictionary(raised.map { ($0, 1) }, uniquingKeysWith: +)
    let tags = counts.keys.sorted { (counts[$0]!, $1) > (counts[$1]!, $0) }.prefix(random.int(4...6))
    let written = plan.meeting.adding(days: random.int(3...7))
    for (index, tag) in tags.enumerated() {
      let recommendation = "\(key)/R\(index)"
      guard let response = DemoTrackerPhrases.responses[tag] else { continue }
      var actions = response.actions
      timeline.add(written, as: DemoTrackerPhrases.businessManager) { workbench, refs in
        refs[recommendation] = try workbench.recommend(
          refs[key], text: response.recommendation, findings: [tag]
        ).value
      }
      // Each of the recommendation's actions at most once, each with one owner.
      for number in 0..<min(actions.count, random.int(1...2)) {
        let action = actions.remove(at: random.int(0...actions.count - 1))
        DemoActionScript(key: "\(recommendation)/A\(number)", today: today).writeAction(
          action, from: recommendation, owner: random.pick(panel),
          on: written.adding(days: random.int(7...21)),
          into: &timeline, using: &random)
      }
    }
  }

  /// Whether the audit gets as far as `stage` by today.
  private func reaches(_ stage: Stage) -> Bool {
    Stage.allCases.firstIndex(of: plan.stage)! >= Stage.allCases.firstIndex(of: stage)!
  }

  /// Panel grades in roughly the proportions the partnership's audits find.
  static func grade(using random: inout DemoRandom) -> Grade {
    let roll = random.int(1...100)
    return roll <= 25 ? .good : roll <= 80 ? .requiresImprovement : .inadequate
  }

  /// The plan type a theme's criteria ask for first, if any.
  static func planType(of theme: Theme) -> PlanType? {
    for criterion in theme.criteria {
      if case .oneOf(.planType, let values) = criterion, let first = values.first {
        return PlanType(parsing: first)
      }
    }
    return nil
  }
}
