import CFAGDomain

/// Writes one tracker action's life into the timeline: raised, progress notes by its lead, perhaps
/// a revised due date or a worry about delivery, then completed with evidence and closed. Steps
/// after today are dropped by the timeline, so actions near today are still open and their RAG
/// ratings vary as real ones do.
struct DemoActionScript {
  /// The demo's name for the action.
  var key: String
  var today: Day

  /// An action raised from a recommendation (the demo's name for it).
  func writeAction(
    _ script: DemoTrackerPhrases.ActionScript, from recommendation: String, owner: Agency, on created: Day,
    into timeline: inout DemoTimeline,
    using random: inout DemoRandom
  ) {
    let key = key
    let lead = Self.lead(owner, using: &random)
    let due = created.adding(days: random.int(60...180))
    timeline.add(created, as: DemoTrackerPhrases.subgroupChair) { workbench, refs in
      refs[key] = try workbench.addAction(
        NewAction(
          source: .recommendation(refs[recommendation]), owner: owner.id, lead: lead, due: due,
          text: script.text)
      ).value.id
    }
    writeLife(script, created: created, due: due, lead: lead, into: &timeline, using: &random)
  }

  /// An immediate concern escalated at the panel: urgent, acted on within days.
  func writeEscalation(
    audit: String, reference: String, stage: DemoLifeStage, owner: Agency, on day: Day,
    into timeline: inout DemoTimeline, using random: inout DemoRandom
  ) {
    let key = key
    let lead = Self.lead(owner, using: &random)
    let reason = random.pick(DemoPanelPhrases.escalationReasons.fitting(stage))
    let followUp = DemoPanelPhrases.escalationFollowUp[stage]!
    timeline.add(day, as: DemoTrackerPhrases.subgroupChair) { workbench, refs in
      refs[key] = try workbench.escalate(
        refs[audit], reference: reference, reason: reason, owner: owner.id, lead: lead
      ).value
    }
    timeline.add(day.adding(workingDays: 1), as: lead) { workbench, refs in
      try workbench.updateAction(
        refs[key],
        ActionUpdate(
          progress: followUp,
          status: .inProgress))
    }
    timeline.add(day.adding(workingDays: random.int(3...5)), as: lead) { workbench, refs in
      try workbench.updateAction(
        refs[key],
        ActionUpdate(
          status: .complete,
          evidence:
            "Risk reassessed and the plan updated; the service manager confirmed the case is allocated."))
    }
    timeline.add(day.adding(days: random.int(10...20)), as: DemoTrackerPhrases.subgroupChair) {
      workbench, refs in
      try workbench.closeAction(refs[key], by: DemoTrackerPhrases.subgroupChair)
    }
  }

  private func writeLife(
    _ script: DemoTrackerPhrases.ActionScript, created: Day, due: Day, lead: String,
    into timeline: inout DemoTimeline, using random: inout DemoRandom
  ) {
    let key = key
    // Most actions finish near their due date; some slip (half of those get a revised date) and
    // some stall after a first note, so actions near today show every RAG rating.
    let slips = random.chance(25)
    let stalls = !slips && random.chance(10)
    let finished =
      slips || stalls ? due.adding(days: random.int(40...160)) : due.adding(days: random.int(-40...10))
    // The action's own notes in order; a late action also says why it is late.
    var texts = Array(script.progress.prefix(stalls ? 1 : random.int(1...script.progress.count)))
    if slips || stalls { texts.append(random.pick(DemoTrackerPhrases.delays)) }
    let notes = texts.count
    let gap = max(1, created.days(until: stalls ? due : finished) / (notes + 1))
    var updates: [(Day, ActionUpdate)] = []
    for index in 1...notes {
      var update = ActionUpdate(progress: texts[index - 1])
      if index == 1 { update.status = .inProgress }
      if index == notes && random.chance(30) { update.confidence = random.chance(70) ? .atRisk : .offTrack }
      updates.append((created.adding(days: gap * index + random.int(0...gap / 2)), update))
    }
    if slips && random.chance(50) {
      let revised = ActionUpdate(
        due: finished.adding(days: 14), dueReason: random.pick(DemoTrackerPhrases.dueReasons))
      updates.append((due.adding(days: -random.int(0...20)), revised))
    }
    updates.append(
      (finished, ActionUpdate(status: .complete, evidence: script.evidence)))
    for (day, update) in updates.enumerated().sorted(by: {
      ($0.element.0, $0.offset) < ($1.element.0, $1.offset)
    })
    .map(\.element) {
      timeline.add(day, as: lead) { workbench, refs in try workbench.updateAction(refs[key], update) }
    }
    timeline.add(finished.adding(days: random.int(14...45)), as: DemoTrackerPhrases.subgroupChair) {
      workbench, refs in
      try workbench.closeAction(refs[key], by: DemoTrackerPhrases.subgroupChair)
    }
  }

  /// A role title in the owner agency, never a person's name.
  static func lead(_ owner: Agency, using random: inout DemoRandom) -> String {
    random.pick(DemoTrackerPhrases.leads[owner.id] ?? ["Safeguarding Lead, \(owner.shortName)"])
  }
}
