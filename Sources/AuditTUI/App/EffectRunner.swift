import CFAGDomain
import CFAGStore

/// Runs the workbench's effects against the database: each edit is one `Workbench` operation, and
/// so one transaction; errors come back as status messages written for people. It keeps the
/// store's page cache to the session's size (`Store.keepSessionCache`).
public struct EffectRunner: Sendable {
  public let workbench: Workbench
  /// Reads the theme files (`loadThemes`); nil when the state was given its themes.
  let themes: (@Sendable () -> [Theme])?
  /// The document settings exported reports carry on their cover.
  public let documentSettings: DocumentSettings

  public init(
    workbench: Workbench, themes: (@Sendable () -> [Theme])? = nil,
    documentSettings: DocumentSettings = DocumentSettings()
  ) {
    self.workbench = workbench
    self.themes = themes
    self.documentSettings = documentSettings
    // The screens hold the connection for the whole session: its page cache stays small. A
    // connection that cannot change it keeps SQLite's default, which only costs memory.
    try? workbench.store.keepSessionCache()
  }

  public func run(_ effect: AppEffect) -> [AppMessage] {
    do {
      switch effect {
      case .loadHome: return [.result(.homeLoaded(try Self.home(workbench)))]
      case .loadAudit(let id): return [.result(.auditLoaded(try Self.audit(workbench, id)))]
      case .loadThemes: return themes.map { [.result(.themesLoaded($0()))] } ?? []
      case .loadFindingTags: return [.result(.findingTagsLoaded(try workbench.knownFindingTags()))]
      case .loadDemo(let themes):
        let summary = try DemoData.load(into: workbench, themes: themes)
        let text =
          "Loaded demo data: \(summary.audits) audits, \(summary.cases) cases, "
          + "\(summary.actions) tracker actions (made-up MC- references)."
        return [
          .result(.saved(message: text, undo: nil, origin: .user)),
          .result(.homeLoaded(try Self.home(workbench))),
        ]
      case .edit(let edit, let message, let undo, let origin, let basis):
        return try save(edit, message: message, undo: undo, origin: origin, basis: basis)
      case .checkForChanges(let known):
        return try workbench.latestChange(after: known).map {
          [.result(.changedElsewhere(by: $0.actor == workbench.session.actor ? nil : $0.actor, at: $0.at))]
        } ?? []
      case .refresh(let auditID):
        return try reload(auditID)
      case .completePath(let text):
        return [.completed(PathCompletion.complete(text, list: PathCompletion.listing))]
      case .home(let effect): return try effect.run(workbench)
      case .candidates(let effect): return try effect.run(workbench)
      case .sampling(let effect): return try effect.run(workbench)
      case .returns(let effect): return try effect.run(workbench, settings: documentSettings)
      case .report(let effect): return try effect.run(workbench, settings: documentSettings)
      case .actions(let effect): return try effect.run(workbench, settings: documentSettings)
      case .history(let scope): return [.history(.loaded(try workbench.history(scope)))]
      }
    } catch {
      var messages: [AppMessage] = [
        .result(.failed(ScreenHints.describe(error), field: (error as? DomainError)?.field))
      ]
      if case DomainError.conflict(let conflict) = error {
        messages.append(.result(.changedElsewhere(by: conflict.actor, at: conflict.at)))
      }
      return messages
    }
  }

  /// Saves one edit against the view it was made from, then reads again only what it touched: its
  /// audit (only its assessments after a grade), that audit's line of the list and the tracker
  /// figures.
  private func save(
    _ edit: Edit, message: String, undo: UndoStep?, origin: EditOrigin, basis: LogSequence?
  ) throws -> [AppMessage] {
    let report = try perform(edit, workbench.expecting(unchangedSince: basis))
    let text = report.note.map { message + " " + $0 } ?? message
    var messages: [AppMessage] = [
      .result(
        .saved(message: text, undo: undo, origin: origin, warning: ScreenHints.warnings(report.warnings)))
    ]
    if let created = report.created { messages.append(.result(.auditCreated(id: created))) }
    guard let auditID = report.created ?? edit.auditID else { return messages + (try reload(nil)) }
    switch edit {
    case .grade, .restoreAssessment, .setFindings:
      // These change one case's assessment and nothing else of the record: read with the audit's
      // line and the tracker's standing in one snapshot.
      let change = try workbench.assessmentChange(auditID)
      return messages + [
        .result(.assessmentsLoaded(auditID, change.assessments, head: change.head)),
        .result(
          .homeChanged(
            HomeChange(
              head: change.head, auditID: auditID, summary: change.summary, standings: change.standings))),
      ]
    default:
      let head = try workbench.head()
      return messages + [
        .result(.auditLoaded(try Self.audit(workbench, auditID))),
        .result(
          .homeChanged(
            HomeChange(
              head: head, auditID: auditID, summary: try workbench.auditSummaries(id: auditID).first,
              standings: try workbench.openActionStandings()))),
      ]
    }
  }

  /// Reloads the whole home data and, when given, one audit.
  private func reload(_ auditID: AuditID?) throws -> [AppMessage] {
    var messages: [AppMessage] = []
    if let auditID { messages.append(.result(.auditLoaded(try Self.audit(workbench, auditID)))) }
    messages.append(.result(.homeLoaded(try Self.home(workbench))))
    return messages
  }

  /// Runs one edit: one workbench operation.
  private func perform(_ edit: Edit, _ workbench: Workbench) throws -> EditReport {
    switch edit {
    case .createAudit(let theme, let details):
      return EditReport(created: try workbench.createAudit(theme: theme, details: details))
    case .editAudit(let id, let details):
      try workbench.editAudit(id, details: details)
      return EditReport()
    case .addCase(let id, let reference, let reason):
      return EditReport(nil, try workbench.addCase(id, reference: reference, reason: reason))
    case .removeCase(let id, let reference, let reason):
      return EditReport(nil, try workbench.removeCase(id, reference: reference, reason: reason))
    case .grade(let id, let reference, let input):
      return EditReport(nil, try workbench.grade(id, reference: reference, input))
    case .restoreAssessment(let id, let reference, let earlier):
      return EditReport(
        nil,
        try workbench.restoreAssessment(id, reference: CaseReference(trusted: reference), to: earlier))
    case .setFindings(let id, let reference, let findings):
      try workbench.setFindings(id, reference: reference, findings: findings)
      return EditReport()
    case .escalate(let id, let reference, let reason, let owner, let lead):
      let saved = try workbench.escalate(id, reference: reference, reason: reason, owner: owner, lead: lead)
      return EditReport("Urgent action \(saved.value) recorded.", saved)
    case .sampling(let edit): return try edit.perform(workbench)
    case .returns(let edit): return try edit.perform(workbench)
    case .findings(let edit): return try edit.perform(workbench)
    case .report(let edit): return try edit.perform(workbench)
    case .actions(let edit): return try edit.perform(workbench)
    }
  }

  /// The audit list, tracker figures and agency list, with the log head read first, in one snapshot.
  static func home(_ workbench: Workbench) throws -> HomeData {
    let reading = try workbench.homeReading()
    return HomeData(
      head: reading.head, summaries: reading.summaries, standings: reading.standings,
      directory: reading.directory, today: workbench.session.today)
  }

  /// One audit's record and actions, with the log head read first.
  static func audit(_ workbench: Workbench, _ id: AuditID) throws -> AuditData {
    let head = try workbench.head()
    return AuditData(
      head: head, record: try workbench.record(id), actions: try workbench.actions(audit: id),
      known: try workbench.knownAgencies(id))
  }
}
