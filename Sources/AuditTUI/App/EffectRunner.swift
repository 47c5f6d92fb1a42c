import CFAGDomain
import CFAGStore

/// Runs the workbench's effects against the database: each edit is one `Workbench` operation, and
/// so one transaction; errors come back as status messages written for people.
public struct EffectRunner: Sendable {
  public let workbench: Workbench

  public init(workbench: Workbench) {
    self.workbench = workbench
  }

  public func run(_ effect: AppEffect) -> [AppMessage] {
    do {
      switch effect {
      case .loadHome: return [.result(.homeLoaded(try home()))]
      case .loadAudit(let id): return [.result(.auditLoaded(try audit(id)))]
      case .loadDemo(let themes):
        let summary = try DemoData.load(into: workbench, themes: themes)
        let text =
          "Loaded demo data: \(summary.audits) audits, \(summary.cases) cases, "
          + "\(summary.actions) tracker actions (made-up MC- references)."
        return [.result(.saved(message: text, undo: nil, origin: .user)), .result(.homeLoaded(try home()))]
      case .edit(let edit, let message, let undo, let origin):
        let (created, note) = try perform(edit)
        let text = note.map { message + " " + $0 } ?? message
        var messages: [AppMessage] = [.result(.saved(message: text, undo: undo, origin: origin))]
        if let created { messages.append(.result(.auditCreated(id: created))) }
        if let id = created ?? edit.auditID { messages.append(.result(.auditLoaded(try audit(id)))) }
        messages.append(.result(.homeLoaded(try home())))
        return messages
      case .completePath(let text):
        return [.completed(PathCompletion.complete(text, list: PathCompletion.listing))]
      case .candidates(let effect): return try effect.run(workbench)
      case .sampling(let effect): return try effect.run(workbench)
      case .returns(let effect): return try effect.run(workbench)
      case .report(let effect): return try effect.run(workbench)
      case .actions(let effect): return try effect.run(workbench)
      case .history(let scope): return [.history(.loaded(try workbench.history(scope)))]
      }
    } catch {
      return [.result(.failed(Self.describe(error)))]
    }
  }

  /// Runs one edit; returns the new audit's id when it created one, and a note for the status.
  private func perform(_ edit: Edit) throws -> (created: String?, note: String?) {
    switch edit {
    case .createAudit(let theme, let details):
      return (try workbench.createAudit(theme: theme, details: details), nil)
    case .editAudit(let id, let details): try workbench.editAudit(id, details: details)
    case .addCase(let id, let reference, let reason):
      try workbench.addCase(id, reference: reference, reason: reason)
    case .removeCase(let id, let reference, let reason):
      try workbench.removeCase(id, reference: reference, reason: reason)
    case .grade(let id, let reference, let input): try workbench.grade(id, reference: reference, input)
    case .restoreAssessment(let id, let earlier):
      let input = GradeInput(
        overall: earlier.overall, rationale: earlier.rationale, domainGrades: earlier.domainGrades,
        goodPractice: earlier.goodPractice, voiceOfChild: earlier.voiceOfChild)
      try workbench.grade(id, reference: earlier.reference.value, input)
      try workbench.setFindings(
        id, reference: earlier.reference.value, findings: earlier.findings.map(\.value))
    case .setFindings(let id, let reference, let findings):
      try workbench.setFindings(id, reference: reference, findings: findings)
    case .escalate(let id, let reference, let reason, let owner, let lead):
      let action = try workbench.escalate(id, reference: reference, reason: reason, owner: owner, lead: lead)
      return (nil, "Urgent action \(action) recorded.")
    case .sampling(let edit): return (nil, try edit.perform(workbench))
    case .returns(let edit): return (nil, try edit.perform(workbench))
    case .findings(let edit): return (nil, try edit.perform(workbench))
    case .report(let edit): return (nil, try edit.perform(workbench))
    case .actions(let edit): return (nil, try edit.perform(workbench))
    }
    return (nil, nil)
  }

  private func home() throws -> HomeData {
    HomeData(
      summaries: try workbench.auditSummaries(), actions: try workbench.actions(),
      directory: try workbench.agencyDirectory(), knownTags: try workbench.knownFindingTags(),
      today: workbench.session.today)
  }

  private func audit(_ id: String) throws -> AuditData {
    AuditData(record: try workbench.record(id), actions: try workbench.actions(audit: id))
  }

  /// The message people see for an error: domain errors are already written for them.
  static func describe(_ error: any Error) -> String {
    if let domain = error as? DomainError { return domain.description }
    return String(describing: error)
  }
}
