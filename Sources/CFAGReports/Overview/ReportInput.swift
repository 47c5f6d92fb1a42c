import CFAGDomain

/// How a report is to be circulated.
public struct ReportOptions: Hashable, Sendable {
  /// For the panel only: adds a key from case labels to case references and marks every page.
  public var isInternal: Bool
  /// For wide circulation: suppresses counts under 3 (and any that would reveal one) in the
  /// headline and tables, and leaves case-level sections and quoted case detail out.
  public var redact: Bool

  public init(isInternal: Bool = false, redact: Bool = false) {
    self.isInternal = isInternal
    self.redact = redact
  }
}

/// Everything an overview report is built from: domain values only, gathered by the caller.
public struct ReportInput: Sendable {
  /// The audit's record, with draft returns left out: a return counts in the figures only once
  /// it is complete.
  public var record: AuditRecord
  /// Agency id → the name to print (the short name people use).
  public var agencyNames: [String: String]
  /// The tracker actions raised from this audit.
  public var actions: [TrackerAction]
  /// The business manager's narrative sections, by `ReportSection.key`.
  public var sections: [String: String]
  /// Amendments opened after sign-off, oldest first.
  public var amendments: [Amendment]
  public var options: ReportOptions
  public var today: Day
  /// The change log's head hash when the audit was last signed off (`Workbench.signOffHead`).
  public var signOffHead: String?
  /// Who the document is from and for; nil for a preview on screen.
  public var settings: DocumentSettings?
  /// The day the action plan's RAG is worked out on (`ragDay`); `actions` as they stood that day.
  public var ragAsAt: Day?

  public init(
    record: AuditRecord, agencyNames: [String: String] = [:], actions: [TrackerAction] = [],
    sections: [String: String] = [:], amendments: [Amendment] = [], options: ReportOptions = ReportOptions(),
    today: Day
  ) {
    var counted = record
    counted.returns = record.returns.filter { $0.isComplete(in: record.audit.theme) }
    self.record = counted
    self.agencyNames = agencyNames
    self.actions = actions
    self.sections = sections
    self.amendments = amendments
    self.options = options
    self.today = today
  }

  /// The day a report's action plan is rated on: `asAt` when asked for, the sign-off date of a
  /// signed-off audit (so a later export says the same), else nil for today.
  public static func ragDay(_ record: AuditRecord, asAt: Day?) -> Day? {
    if let asAt { return asAt }
    guard let signOff = record.audit.signOff, record.audit.openAmendment == nil else { return nil }
    return signOff.on
  }

  func agencyName(_ id: String) -> String { agencyNames[id] ?? id }

  func section(_ section: ReportSection) -> String? {
    guard let text = sections[section.key]?.trimmingWhitespace, !text.isEmpty else { return nil }
    return text
  }
}
