import CFAGDomain
import CFAGStore
import TUIKit

/// What the findings screen's actions do. Editing and deleting a recommendation can be undone;
/// raising an action cannot (the tracker keeps every action: close it there instead).
enum FindingsUpdate {
  static func update(_ state: inout AppState, _ action: FindingsAction) -> [Command<AppEffect>] {
    guard case .findings(var screen) = state.screen else { return [] }
    defer { if case .findings = state.screen { state.replaceTop(.findings(screen)) } }
    guard let record = state.record(screen.auditID) else { return [] }
    let id = record.audit.id
    switch action {
    case .move(let move):
      if screen.pane == .tags { screen.tags.apply(move) } else { screen.recommendations.apply(move) }
    case .nextPane:
      screen.pane = screen.pane == .tags ? .recommendations : .tags
    case .askAdd:
      let tag = screen.pane == .tags ? selectedTag(screen, record)?.tag.words ?? "" : ""
      state.overlay = .form(
        FormState(
          title: "New recommendation for \(id)",
          intro: "What the partnership should do, traced to the panel's findings behind it.",
          fields: [
            .init(
              "Recommendation", hint: "e.g. All CIN visits record whether the child was seen alone",
              gives: .text),
            .init("Findings", value: tag, hint: tagHint(record), optional: true),
          ]
        ) { .findings(.add($0)) })
    case .add(let values):
      screen.selectsNewest = true
      return [
        .run(
          .edit(
            .findings(
              .recommend(auditID: id, text: values["Recommendation"], findings: tags(values["Findings"]))),
            message: "Saved the recommendation.", undo: nil, origin: .user))
      ]
    case .askEdit:
      guard let recommendation = selectedRecommendation(screen, record) else { return none(&state) }
      state.overlay = .form(
        FormState(
          title: "Edit \(recommendation.id)",
          fields: [
            .init("Recommendation", value: recommendation.text),
            .init(
              "Findings", value: recommendation.findings.map(\.words).joined(separator: ", "),
              hint: tagHint(record),
              optional: true),
          ]
        ) { .findings(.edit(id: recommendation.id, $0)) })
    case .edit(let recommendationID, let values):
      guard let earlier = record.recommendations.first(where: { $0.id == recommendationID }) else {
        return []
      }
      guard !values["Recommendation"].trimmingWhitespace.isEmpty else {
        state.fail("recommendation: the text cannot be emptied (x deletes it)")
        return []
      }
      let redo = FindingsEdit.edit(
        auditID: id, id: recommendationID, text: values["Recommendation"], findings: tags(values["Findings"]))
      let step = UndoStep(
        label: "edit \(recommendationID)",
        undo: .findings(
          .edit(
            auditID: id, id: recommendationID, text: earlier.text, findings: earlier.findings.map(\.value))),
        redo: .findings(redo))
      return [.run(.edit(.findings(redo), message: "Saved \(recommendationID).", undo: step, origin: .user))]
    case .askDelete:
      guard let recommendation = selectedRecommendation(screen, record) else { return none(&state) }
      state.overlay = .dialog(
        .confirm(
          title: "Delete \(recommendation.id)?",
          message:
            "“\(recommendation.text)” is removed from the audit (the change log keeps it; u writes it back)."),
        choices: [.findings(.delete(id: recommendation.id)), nil])
    case .delete(let recommendationID):
      guard let earlier = record.recommendations.first(where: { $0.id == recommendationID }) else {
        return []
      }
      let step = UndoStep(
        label: "delete \(recommendationID)", undo: .findings(.restore(auditID: id, earlier)),
        redo: .findings(.delete(auditID: id, id: recommendationID)))
      return [
        .run(.edit(step.redo, message: "Deleted \(recommendationID).", undo: step, origin: .user))
      ]
    case .askRaise:
      guard let recommendation = selectedRecommendation(screen, record) else { return none(&state) }
      let agencies = ownerChoices(record.audit, state.directory)
      state.overlay = .picker(
        PickerOverlay(
          title: "Raise an action for \(recommendation.id): which agency owns it?",
          options: agencies.map { "\($0.shortName) — \($0.name)" },
          choices: agencies.map { .findings(.chooseOwner(recommendation: recommendation.id, owner: $0.id)) },
          hint: "One owner per action · panel agencies first · type to filter"))
    case .chooseOwner(let recommendationID, let owner):
      let text = record.recommendations.first { $0.id == recommendationID }?.text ?? ""
      let name = state.directory.agencies.first { $0.id == owner }?.shortName ?? owner
      state.overlay = .form(
        FormState(
          title: "Action for \(recommendationID), owned by \(name)",
          intro:
            "Specific, with one named lead and a date: the Learning Lessons subgroup tracks it to closure.",
          fields: [
            .init("Lead", hint: "the named lead in \(name)"),
            .init("Due", value: state.today.adding(months: 3).iso, hint: "YYYY-MM-DD"),
            .init("Action", value: text, hint: "what will be done"),
          ]
        ) { .findings(.raise(recommendation: recommendationID, owner: owner, $0)) })
    case .raise(let recommendationID, let owner, let values):
      guard let due = Day(iso: values["Due"].trimmingWhitespace) else {
        state.fail("due \"\(values["Due"])\" is not a date; use YYYY-MM-DD")
        return []
      }
      let new = NewAction(
        source: .recommendation(recommendationID), owner: owner, lead: values["Lead"], due: due,
        text: values["Action"])
      return [
        .run(
          .edit(.findings(.raise(auditID: id, new)), message: "Raised the action.", undo: nil, origin: .user))
      ]
    }
    return []
  }

  private static func none(_ state: inout AppState) -> [Command<AppEffect>] {
    state.fail("select a recommendation first (Tab to the recommendations, ↑/↓)")
    return []
  }

  static func tags(_ text: String) -> [String] {
    text.split(separator: ",").map { String($0).trimmingWhitespace }.filter { !$0.isEmpty }
  }

  private static func tagHint(_ record: AuditRecord) -> String {
    let known = record.findingCounts.map(\.tag.words)
    return "separated by commas" + (known.isEmpty ? "" : "; the panel's: " + known.joined(separator: ", "))
  }

  static func selectedTag(_ screen: FindingsState, _ record: AuditRecord) -> FindingCount? {
    let counts = record.findingCounts
    guard let row = screen.tags.selected, row < counts.count else { return nil }
    return counts[row]
  }

  static func selectedRecommendation(_ screen: FindingsState, _ record: AuditRecord) -> Recommendation? {
    guard let row = screen.recommendations.selected, row < record.recommendations.count else { return nil }
    return record.recommendations[row]
  }

  /// Active agencies, the audit's panel first.
  static func ownerChoices(_ audit: Audit, _ directory: AgencyDirectory) -> [Agency] {
    let panel = directory.active.filter { audit.panelAgencies.contains($0.id) }
    return panel + directory.active.filter { !audit.panelAgencies.contains($0.id) }
  }

  /// Keeps both selections in range after the record reloads; a new recommendation is selected.
  static func clamp(_ state: inout AppState) {
    for (index, screen) in state.stack.enumerated() {
      guard case .findings(var findings) = screen, let record = state.record(findings.auditID) else {
        continue
      }
      findings.tags.setCount(record.findingCounts.count)
      let before = findings.recommendations.count
      findings.recommendations.setCount(record.recommendations.count)
      if findings.selectsNewest, record.recommendations.count > before {
        findings.recommendations.select(record.recommendations.count - 1)
        findings.pane = .recommendations
        findings.selectsNewest = false
      }
      state.stack[index] = .findings(findings)
    }
  }
}
