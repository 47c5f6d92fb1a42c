import CFAGDomain
import CFAGInterchange

/// One agency's return for one case as typed (`cfag returns add`). Nil fields keep what an
/// earlier return for the same case and agency said.
public struct ReturnInput: Sendable {
  public var reference: String
  /// The agency as typed; resolved through the agency list.
  public var agency: String
  public var involved: Bool?
  public var knownBecause: String?
  public var workDone: String?
  public var strengths: String?
  public var gaps: String?
  public var voiceOfChild: String?
  /// Question id → answer as typed (`yes: evidence`, see `Answer(parsing:)`).
  public var answers: [String: String]
  public var overallGrade: Grade?
  /// Domain id or title → judgement.
  public var domainGrades: [String: DomainJudgement]
  /// Domain ids or titles the agency marks as not applying (added to any marked before).
  public var notApplicable: [String]
  /// The input is the whole return, as the screens' form and undo give it: nothing of an earlier
  /// return is kept, so an answer left empty or a domain no longer marked not applicable clears.
  public var isWhole: Bool

  public init(
    reference: String, agency: String, involved: Bool? = nil, knownBecause: String? = nil,
    workDone: String? = nil, strengths: String? = nil, gaps: String? = nil, voiceOfChild: String? = nil,
    answers: [String: String] = [:], overallGrade: Grade? = nil,
    domainGrades: [String: DomainJudgement] = [:],
    notApplicable: [String] = [], isWhole: Bool = false
  ) {
    self.reference = reference
    self.agency = agency
    self.involved = involved
    self.knownBecause = knownBecause
    self.workDone = workDone
    self.strengths = strengths
    self.gaps = gaps
    self.voiceOfChild = voiceOfChild
    self.answers = answers
    self.overallGrade = overallGrade
    self.domainGrades = domainGrades
    self.notApplicable = notApplicable
    self.isWhole = isWhole
  }
}

/// A return as stored, with what it still lacks: complete when nothing is missing, else a draft.
public struct StoredReturn: Sendable, Equatable {
  public var agencyReturn: AgencyReturn
  /// The parts still to fill in, in form order (see `AgencyReturn.missing(in:)`).
  public var missing: [MissingPart]

  public var isComplete: Bool { missing.isEmpty }
}

/// What importing a filled return did (or, on a dry run, would do).
public struct ReturnImportSummary: Sendable, Equatable {
  public var agency: Agency
  public var added: [CaseReference]
  /// Cases whose earlier return from this agency was replaced.
  public var replaced: [CaseReference]
  /// Cases left blank in the file (nothing recorded for them).
  public var blank: [CaseReference]
  /// Cases stored as drafts, with what is still missing.
  public var drafts: [(reference: CaseReference, missing: [MissingPart])]
  /// What the file changes in the returns it replaces, field by field.
  public var changes: [ReturnChange]
  /// Whether nothing was stored (`--dry-run`).
  public var dryRun: Bool

  public static func == (a: Self, b: Self) -> Bool {
    a.agency == b.agency && a.added == b.added && a.replaced == b.replaced && a.blank == b.blank
      && a.drafts.map(\.reference) == b.drafts.map(\.reference)
      && a.drafts.map(\.missing) == b.drafts.map(\.missing) && a.changes == b.changes && a.dryRun == b.dryRun
  }
}

extension Workbench {
  /// A blank return form for an agency: the audit's cases and its theme's questions. Records the
  /// day it was made, which the chase list shows as sent.
  public func returnTemplate(_ auditID: AuditID, agency text: String, format: ReturnFormat) throws -> (
    agency: Agency, bytes: [UInt8]
  ) {
    try perform { tx in
      let record = try AuditReads.record(tx.db, auditID, themes: tx.themes)
      try record.audit.requireEditable()
      guard !record.includedCases.isEmpty else {
        throw DomainError.refused(
          "audit \(auditID) has no cases yet",
          remedy: .drawSample(auditID))
      }
      let agency = try Self.activeAgency(tx.db, text)
      let bytes = try format.template(ReturnForm(record: record, agency: agency))
      let id = "\(auditID)/\(agency.id)"
      let values: [(String, SQLValue)] = [
        (ReturnTemplateTable.madeOn, session.today.iso.sqlValue),
        (ReturnTemplateTable.format, format.rawValue.sqlValue),
      ]
      if try tx.db.value(String.self, "SELECT id FROM return_template WHERE id = ?", [id])
        != nil
      {
        try tx.update(ReturnTemplateTable.self, id: id, auditID: auditID, values, reason: nil)
      } else {
        try tx.insert(
          ReturnTemplateTable.self, id: id, auditID: auditID,
          [
            (ReturnTemplateTable.auditID, auditID.sqlValue),
            (ReturnTemplateTable.agencyID, agency.id.sqlValue),
          ] + values, reason: nil)
      }
      return (agency, bytes)
    }
  }

  /// Records one return (replacing fields of an earlier one for the same case and agency, or all
  /// of it for an input that `isWhole`). A
  /// return with parts still to fill in is stored as a draft; one with a wrong answer, or an
  /// answer in a domain marked not applicable, is refused.
  @discardableResult
  public func addReturn(_ auditID: AuditID, _ input: ReturnInput) throws -> Saved<StoredReturn> {
    try saving { tx in
      let audit = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      let reference = try Self.includedCase(tx.db, auditID, input.reference)
      let agency = try Self.activeAgency(tx.db, input.agency)
      let id = Self.returnID(auditID, reference, agency.id)
      let earlier = try tx.db.row("SELECT * FROM agency_return WHERE id = ?", [id]).map(
        AuditRows.agencyReturn)
      var merged = (input.isWhole ? nil : earlier) ?? AgencyReturn(reference: reference, agency: agency.id)
      if let involved = input.involved { merged.involved = involved }
      if let text = input.knownBecause { merged.knownBecause = text.trimmingWhitespace }
      if let text = input.workDone { merged.workDone = text.trimmingWhitespace }
      if let text = input.strengths { merged.strengths = text.trimmingWhitespace }
      if let text = input.gaps { merged.gaps = text.trimmingWhitespace }
      if let text = input.voiceOfChild { merged.voiceOfChild = text.trimmingWhitespace }
      for (question, text) in input.answers.sorted(by: { $0.key < $1.key }) {
        merged.answers[question] =
          try audit.theme.question(question)?.answer(parsing: text) ?? Answer(parsing: text)
      }
      for (key, judgement) in input.domainGrades {
        merged.domainGrades[try Self.domainID(key, in: audit.theme)] = judgement
      }
      for key in input.notApplicable { merged.notApplicable.insert(try Self.domainID(key, in: audit.theme)) }
      if let grade = input.overallGrade { merged.overallGrade = grade }
      let problems = merged.problems(against: audit.theme)
      if problems.count == 1 { throw problems[0] }
      guard problems.isEmpty else {
        throw DomainError.refused(
          "the return for \(reference) from \(agency.shortName) cannot be stored:\n"
            + problems.map { "  \($0)" }.joined(separator: "\n"))
      }
      try Self.store(tx, auditID: auditID, merged, replacing: earlier != nil, reason: nil)
      return StoredReturn(agencyReturn: merged, missing: merged.missing(in: audit.theme))
    }
  }

  /// Imports a filled return file (CSV, Markdown or a Word form), all or nothing, in one
  /// transaction. Throws `ImportProblems` (every problem with its place) and stores nothing when
  /// anything is wrong. A case returned again is replaced, and the summary lists what changes,
  /// field by field; a case with parts still to fill in is stored as a draft. With `dryRun`,
  /// nothing is stored.
  public func importReturns(_ auditID: AuditID, bytes: [UInt8], fileName: String, dryRun: Bool = false)
    throws -> Saved<ReturnImportSummary>
  {
    let filled = ReturnFormat(fileName: fileName).read(bytes)
    if dryRun {
      let head = try head()
      return Saved(
        try store.read { try Self.planImport($0, store.themes, auditID, filled, fileName).summary },
        head: head)
    }
    return try saving { tx in
      let plan = try Self.planImport(tx.db, tx.themes, auditID, filled, fileName)
      for (agencyReturn, replacing) in plan.returns {
        try Self.store(
          tx, auditID: auditID, agencyReturn, replacing: replacing, reason: "imported from \(fileName)")
      }
      var summary = plan.summary
      summary.dryRun = false
      return summary
    }
  }

  /// What an import would store: each return with whether it replaces one, and the summary.
  private static func planImport(
    _ db: any StoreConnection, _ themes: JSONColumnCache<Theme>, _ auditID: AuditID, _ filled: FilledReturn,
    _ fileName: String
  )
    throws -> (returns: [(AgencyReturn, Bool)], summary: ReturnImportSummary)
  {
    let record = try AuditReads.record(db, auditID, themes: themes)
    try record.audit.requireEditable()
    let theme = record.audit.theme
    let assembler = ReturnAssembler(
      auditID: auditID, theme: theme, cases: record.includedCases.map(\.reference),
      directory: try AgencyOperations.directory(db))
    let assembled = try assembler.assemble(filled, file: fileName)
    if assembled.agency.retired {
      throw DomainError.refused(
        "agency \(assembled.agency.name) is retired; its returns are no longer accepted")
    }
    var summary = ReturnImportSummary(
      agency: assembled.agency, added: [], replaced: [], blank: assembled.blankCases, drafts: [], changes: [],
      dryRun: true)
    var returns: [(AgencyReturn, Bool)] = []
    for agencyReturn in assembled.returns {
      let earlier = record.returns.first {
        $0.reference == agencyReturn.reference && $0.agency == agencyReturn.agency
      }
      returns.append((agencyReturn, earlier != nil))
      if let earlier {
        summary.replaced.append(agencyReturn.reference)
        summary.changes += ReturnChange.changes(from: earlier, to: agencyReturn, theme: theme)
      } else {
        summary.added.append(agencyReturn.reference)
      }
      let missing = agencyReturn.missing(in: theme)
      if !missing.isEmpty { summary.drafts.append((agencyReturn.reference, missing)) }
    }
    return (returns, summary)
  }

  /// Removes a return sent in error, with the reason.
  @discardableResult
  public func withdrawReturn(_ auditID: AuditID, reference text: String, agency: String, reason: String)
    throws
    -> Saved<Void>
  {
    let reason = reason.trimmingWhitespace
    guard !reason.isEmpty else {
      throw DomainError.missing(field: "reason", reason: "say why the return is withdrawn")
    }
    return try saving { tx in
      _ = try AuditReads.editableAudit(tx.db, auditID, themes: tx.themes)
      try tx.checkText(reason, field: .reason, auditID: auditID)
      let agency = try AgencyOperations.resolve(tx.db, agency)
      let reference = CaseReference(trusted: text.trimmingWhitespace)
      let id = Self.returnID(auditID, reference, agency.id)
      guard
        try tx.db.value(String.self, "SELECT id FROM agency_return WHERE id = ?", [id]) != nil
      else {
        throw DomainError.notFound(
          kind: "return from \(agency.shortName) for case in \(auditID)", id: reference.value)
      }
      try tx.delete(AgencyReturnTable.self, id: id, auditID: auditID, reason: reason)
    }
  }

  /// Which agencies were sent templates and have returned which cases (complete or draft),
  /// overdue agencies first.
  public func returnStatus(_ auditID: AuditID) throws -> ReturnStatus {
    try store.read { db in
      let sent = try db.rows(
        "SELECT agency_id, made_on FROM return_template WHERE audit_id = ?", [auditID]
      )
      .reduce(into: [String: Day]()) { days, row in
        if let day = Day(iso: row["made_on"]) { days[row["agency_id"]] = day }
      }
      var record = try AuditReads.record(db, auditID, themes: store.themes)
      // An agency login reads only its own agency's returns: the others' lines would show them
      // missing whatever they sent, so it gets its own line alone.
      if let own = try Store.loginAgency(db) { record.audit.panelAgencies = [own] }
      return ReturnStatus(
        record: record,
        directory: try AgencyOperations.directory(db),
        today: session.today, sent: sent, known: try Self.knownAgencies(db, auditID))
    }
  }

  /// Which agencies the candidate list says knew each of the audit's cases (none for cases no
  /// longer on the list).
  public func knownAgencies(_ auditID: AuditID) throws -> KnownAgencies {
    try store.read { db in try Self.knownAgencies(db, auditID) }
  }

  static func knownAgencies(_ db: any StoreConnection, _ auditID: AuditID) throws -> KnownAgencies {
    let candidates = try CandidateRows.all(db, inAudit: auditID)
    return KnownAgencies(candidates: candidates, directory: try AgencyOperations.directory(db))
  }

  /// The pre-meeting pack: every agency's return side by side, case by case.
  public func returnPack(_ auditID: AuditID) throws -> ReturnPack {
    try store.read { db in
      ReturnPack(
        record: try AuditReads.record(db, auditID, themes: store.themes),
        directory: try AgencyOperations.directory(db))
    }
  }

  static func returnID(_ auditID: AuditID, _ reference: CaseReference, _ agency: String) -> String {
    "\(auditID)/\(reference.value)/\(agency)"
  }

  private static func store(
    _ tx: LoggedTransaction, auditID: AuditID, _ agencyReturn: AgencyReturn, replacing: Bool, reason: String?
  ) throws {
    let id = returnID(auditID, agencyReturn.reference, agencyReturn.agency)
    let texts: [(String, String)] =
      [
        ("why known", agencyReturn.knownBecause), ("work done", agencyReturn.workDone),
        ("strengths", agencyReturn.strengths), ("gaps", agencyReturn.gaps),
        ("voice of the child", agencyReturn.voiceOfChild),
      ] + agencyReturn.answers.sorted { $0.key < $1.key }.map { ("answer \($0.key)", $0.value.text) }
    for (name, text) in texts {
      try tx.checkText(
        text, field: Field("\(name) (\(agencyReturn.reference), \(agencyReturn.agency))"), auditID: auditID)
    }
    if replacing {
      try tx.update(
        AgencyReturnTable.self, id: id, auditID: auditID, AuditRows.values(agencyReturn), reason: reason)
    } else {
      try tx.insert(
        AgencyReturnTable.self, id: id, auditID: auditID,
        [
          (AgencyReturnTable.auditID, auditID.sqlValue),
          (AgencyReturnTable.reference, agencyReturn.reference.value.sqlValue),
          (AgencyReturnTable.agencyID, agencyReturn.agency.sqlValue),
        ] + AuditRows.values(agencyReturn), reason: reason)
    }
  }

  /// An agency that may send new returns: on the list and not retired.
  private static func activeAgency(_ db: any StoreConnection, _ text: String) throws -> Agency {
    let agency = try AgencyOperations.resolve(db, text)
    guard !agency.retired else {
      throw DomainError.refused("agency \(agency.name) is retired; its returns are no longer accepted")
    }
    return agency
  }

  /// A case in the audit now, matched without regard to case.
  private static func includedCase(_ db: any StoreConnection, _ auditID: AuditID, _ text: String) throws
    -> CaseReference
  {
    let wanted = text.trimmingWhitespace
    guard
      let reference = try db.value(
        String.self,
        "SELECT reference FROM audit_case WHERE audit_id = ? AND lower(reference) = lower(?) AND status = 'included'",
        [auditID, wanted])
    else { throw DomainError.notFound(kind: "case in audit \(auditID)", id: wanted) }
    return CaseReference(trusted: reference)
  }
}
