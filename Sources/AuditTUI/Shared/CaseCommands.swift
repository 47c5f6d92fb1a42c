import CFAGDomain
import CFAGStore
import TUIKit

/// What judging a case does, whichever screen it is on. Every confirmed change is one workbench
/// operation; undoing puts the earlier assessment back.
enum CaseCommands {
  /// The audit and case on screen: the case panel's case, or meeting mode's current one.
  static func current(_ state: AppState) -> (record: AuditRecord, reference: CaseReference)? {
    switch state.screen {
    case .casePanel(let panel):
      return state.record(panel.auditID).map { ($0, panel.reference) }
    case .meeting(let meeting):
      guard let record = state.record(meeting.auditID) else { return nil }
      let cases = record.includedCases
      return cases.indices.contains(meeting.index) ? (record, cases[meeting.index].reference) : nil
    default: return nil
    }
  }

  static func update(_ state: inout AppState, _ action: CaseAction) -> [Command<AppEffect>] {
    guard let (record, reference) = current(state) else { return [] }
    let id = record.audit.id
    let ref = reference.value
    let earlier = record.assessment(for: reference)
    switch action {
    case .grade(let grade):
      guard let earlier else {
        state.overlay = .editor(
          EditorOverlay(
            title: "Rationale for \(ref): \(grade.label)",
            hint: "Why \(grade.label.lowercased())? Required before the case counts as graded. ^S saves.",
            text: ""
          ) { .judge(.saveGrade(grade, rationale: $0)) })
        return []
      }
      guard earlier.overall != grade else {
        state.inform("\(ref) is already graded \(grade.label.lowercased()).")
        return []
      }
      if grade == .inadequate, !earlier.escalated { state.afterSave = .judge(.offerEscalation) }
      return save(
        earlier, ref, input(earlier, overall: grade), "graded \(ref) \(grade.label.lowercased())", id)
    case .saveGrade(let grade, let rationale):
      if grade == .inadequate, earlier?.escalated != true { state.afterSave = .judge(.offerEscalation) }
      let input = GradeInput(overall: grade, rationale: rationale)
      let label = "graded \(ref) \(grade.label.lowercased())"
      guard earlier == nil else { return save(earlier, ref, input, label, id) }
      return save(
        nil, ref, input, label, id, message: "Graded \(ref) \(grade.label.lowercased()) with its rationale.")
    case .editRationale:
      guard let earlier = requireGraded(earlier, ref, &state) else { return [] }
      state.overlay = .editor(
        EditorOverlay(
          title: "Rationale for \(ref): \(earlier.overall.label)",
          hint: "Why the panel graded it so. ^S saves.", text: earlier.rationale
        ) { .judge(.saveRationale($0)) })
    case .saveRationale(let text):
      guard let earlier else { return [] }
      var changed = input(earlier)
      changed.rationale = text
      return save(earlier, ref, changed, "rationale of \(ref)", id)
    case .editGoodPractice, .editVoice:
      guard let earlier = requireGraded(earlier, ref, &state) else { return [] }
      let isVoice = if case .editVoice = action { true } else { false }
      state.overlay = .editor(
        EditorOverlay(
          title: (isVoice ? "Voice of the child: " : "Good practice: ") + ref,
          hint: isVoice
            ? "How the child's wishes and experience showed in the work. ^S saves."
            : "Practice worth sharing with the partnership. ^S saves.",
          text: isVoice ? earlier.voiceOfChild : earlier.goodPractice
        ) { isVoice ? .judge(.saveVoice($0)) : .judge(.saveGoodPractice($0)) })
    case .saveGoodPractice(let text):
      guard let earlier else { return [] }
      var changed = input(earlier)
      changed.goodPractice = text
      return save(earlier, ref, changed, "good practice of \(ref)", id)
    case .saveVoice(let text):
      guard let earlier else { return [] }
      var changed = input(earlier)
      changed.voiceOfChild = text
      return save(earlier, ref, changed, "voice of the child for \(ref)", id)
    case .editTags:
      guard let earlier = requireGraded(earlier, ref, &state) else { return [] }
      guard let known = state.knownTags else {
        state.tagsPickerWaits = true
        return [.run(.loadFindingTags)]
      }
      let options = tagOptions(earlier.findings, known: known)
      state.overlay = .picker(
        PickerOverlay(
          title: "Findings for \(ref)", options: tagLabels(options, chosen: earlier.findings),
          choices: options.map { .judge(.toggleTag($0.value)) },
          onCreate: { .judge(.toggleTag($0)) }, staysOpen: true,
          hint: "Enter ticks/unticks · type a new tag, Enter · Esc when done"))
    case .toggleTag(let text):
      guard let earlier else { return [] }
      guard let tag = try? FindingTag(validating: text) else {
        state.fail("finding \"\(text)\" is not a usable tag")
        return []
      }
      let before = earlier.findings.map(\.value)
      let after = before.contains(tag.value) ? before.filter { $0 != tag.value } : before + [tag.value]
      if case .picker(var picker) = state.overlay {
        let options = tagOptions(after.map(FindingTag.init(trusted:)), known: state.knownTags ?? [])
        picker = PickerOverlay(
          title: picker.title, options: tagLabels(options, chosen: after.map(FindingTag.init(trusted:))),
          choices: options.map { .judge(.toggleTag($0.value)) }, selected: picker.state.list.selected,
          onCreate: picker.onCreate, staysOpen: true, hint: picker.hint)
        state.overlay = .picker(picker)
      }
      let step = UndoStep(
        label: "findings of \(ref)", undo: .setFindings(auditID: id, reference: ref, findings: before),
        redo: .setFindings(auditID: id, reference: ref, findings: after))
      let verb = after.count > before.count ? "Tagged" : "Untagged"
      return [
        .run(
          .edit(
            .setFindings(auditID: id, reference: ref, findings: after),
            message: "\(verb) \(ref): \(tag.words).", undo: step, origin: .user))
      ]
    case .offerEscalation:
      state.overlay = .dialog(
        Dialog(
          title: "Escalate \(ref)?",
          message: "\(ref) is graded inadequate. Is there an immediate concern for the child to escalate "
            + "now, as an urgent action with an owner agency and a named lead?",
          buttons: ["y: Escalate now", "n: Not now"], focus: 0),
        choices: [.judge(.escalate), .judge(.escalationDeclined)])
    case .escalationDeclined:
      state.inform("Not escalated; ! escalates \(ref) at any time.")
    case .escalate:
      let agencies = ownerChoices(record.audit, state.directory)
      state.overlay = .picker(
        PickerOverlay(
          title: "Escalate \(ref): which agency owns the urgent action?",
          options: agencies.map { "\($0.shortName) — \($0.name)" },
          choices: agencies.map { .judge(.chooseOwner($0.id)) },
          hint: "Panel agencies first · type to filter · Enter chooses"))
    case .chooseOwner(let owner):
      let name = state.directory.agencies.first { $0.id == owner }?.shortName ?? owner
      state.overlay = .form(
        FormState(
          title: "Escalate \(ref) to \(name)",
          intro: "An urgent action is recorded at once, due in two working days, and the case is marked "
            + "escalated.",
          fields: [
            .init("Concern", hint: "the immediate concern about the child"),
            .init("Lead", hint: "the named lead in \(name) who will act"),
          ]
        ) { .judge(.saveEscalation(owner: owner, reason: $0["Concern"], lead: $0["Lead"])) })
    case .saveEscalation(let owner, let reason, let lead):
      return [
        .run(
          .edit(
            .escalate(auditID: id, reference: ref, reason: reason, owner: owner, lead: lead),
            message: "Escalated \(ref).",
            undo: nil, origin: .user))
      ]
    case .reviewEscalations:
      let raised = escalations(of: reference, state)
      guard !raised.isEmpty else { return update(&state, .escalate) }
      let names = state.directory
      state.overlay = .picker(
        PickerOverlay(
          title: "Escalations of \(ref)",
          options: raised.map {
            "Correct \($0.id): \(TrackerAction.concern(in: $0.text)) — "
              + "\(CasePanelView.agencyName($0.owner, names)), \($0.lead), due \($0.due.iso)"
          } + ["Raise another escalation…"],
          choices: raised.map { .judge(.correctEscalation($0.id)) } + [.judge(.escalate)],
          hint: "Enter corrects it · u undoes a correction"))
    case .correctEscalation(let actionID):
      guard let action = ActionsUpdate.find(actionID, state) else { return [] }
      state.overlay = .form(
        ActionCorrection.form(action, state.directory) { .judge(.saveCorrection(actionID, $0)) })
    case .saveCorrection(let actionID, let values):
      return ActionCorrection.save(actionID, values, &state)
    case .gradeDomain(let domainID):
      guard let earlier = requireGraded(earlier, ref, &state),
        let domain = record.audit.theme.domain(domainID)
      else { return [] }
      let choices: [DomainJudgement] = Grade.allCases.map { .graded($0) } + [.notApplicable]
      state.overlay = .picker(
        PickerOverlay(
          title: "\(domain.title): the panel's grade for \(ref)",
          options: choices.map { $0.grade?.label ?? "Not applicable" },
          choices: choices.map { .judge(.setDomain(domainID, $0)) },
          selected: earlier.domainGrades[domainID].flatMap { choices.firstIndex(of: $0) }))
    case .setDomain(let domainID, let judgement):
      guard let earlier else { return [] }
      var changed = input(earlier)
      changed.domainGrades = [domainID: judgement]
      let title = record.audit.theme.domain(domainID)?.title ?? domainID
      return save(earlier, ref, changed, "\(title) of \(ref)", id)
    case .guidance(let domainID):
      state.overlay = .reader(Guidance.reader(record, reference, domainID: domainID, state.directory))
    }
    return []
  }

  /// The urgent actions raised by escalating this case, oldest first.
  static func escalations(of reference: CaseReference, _ state: AppState) -> [TrackerAction] {
    (state.audit?.actions ?? []).filter {
      if case .escalation(_, let escalated) = $0.source { return escalated == reference }
      return false
    }
  }

  /// The assessment as it stands, as input for a change of one part.
  private static func input(_ earlier: PanelAssessment, overall: Grade? = nil) -> GradeInput {
    GradeInput(
      overall: overall ?? earlier.overall, rationale: earlier.rationale,
      goodPractice: earlier.goodPractice, voiceOfChild: earlier.voiceOfChild)
  }

  /// Saves a change to a case's assessment; undoing it puts `earlier` back exactly (or takes a
  /// first grade back).
  private static func save(
    _ earlier: PanelAssessment?, _ ref: String, _ input: GradeInput, _ label: String, _ id: AuditID,
    message: String? = nil
  ) -> [Command<AppEffect>] {
    let step = UndoStep(
      label: label, undo: .restoreAssessment(auditID: id, reference: ref, earlier),
      redo: .grade(auditID: id, reference: ref, input))
    return [
      .run(
        .edit(
          .grade(auditID: id, reference: ref, input), message: message ?? "Saved: \(label).", undo: step,
          origin: .user))
    ]
  }

  private static func requireGraded(
    _ assessment: PanelAssessment?, _ ref: String, _ state: inout AppState
  ) -> PanelAssessment? {
    if assessment == nil {
      state.fail("grade \(ref) first: g good · r requires improvement · i inadequate (then its rationale)")
    }
    return assessment
  }

  /// The case's tags first, then the others used so far.
  private static func tagOptions(_ chosen: [FindingTag], known: [FindingTag]) -> [FindingTag] {
    chosen + known.filter { !chosen.contains($0) }
  }

  private static func tagLabels(_ tags: [FindingTag], chosen: [FindingTag]) -> [String] {
    tags.map { (chosen.contains($0) ? "[x] " : "[ ] ") + $0.words }
  }

  /// Active agencies, the audit's panel first.
  private static func ownerChoices(_ audit: Audit, _ directory: AgencyDirectory) -> [Agency] {
    let panel = directory.active.filter { audit.panelAgencies.contains($0.id) }
    return panel + directory.active.filter { !audit.panelAgencies.contains($0.id) }
  }
}
