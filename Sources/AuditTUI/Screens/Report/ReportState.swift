import CFAGDomain
import CFAGReports
import CFAGStore
import Foundation
import TUIKit

/// The overview report of an audit: its narrative sections, written beside the panel's rationales
/// they draw on, the whole report to scroll through, export, sign-off and amendments.
public struct ReportState {
  public var auditID: AuditID
  public var pane: ReportPane = .sections
  public var sections = ListState()
  /// The first line of the preview shown.
  public var scroll = 0
  /// The stored narrative sections and amendments; nil until loaded.
  public var data: ReportData?

  public init(auditID: AuditID) {
    self.auditID = auditID
  }
}

public enum ReportPane: Sendable {
  case sections, preview
}

/// What the report needs beyond the audit's record and actions.
public struct ReportData: Sendable {
  /// Section text by `ReportSection.key`.
  public var sections: [String: String]
  public var amendments: [Amendment]

  public init(sections: [String: String], amendments: [Amendment]) {
    self.sections = sections
    self.amendments = amendments
  }
}

/// What the report screen does.
public enum ReportAction: Sendable {
  case move(ListMove)
  case nextPane
  case loaded(ReportData)
  case write
  case save(key: String, String)
  case askExport
  /// The form's values: file, internal.
  case export(FormValues)
  case askSignOff
  case confirmSignOff(String)
  /// The first confirmation was given with gaps listed: ask once more.
  case confirmGaps(String, count: Int)
  case signOff(String)
  case notSignedOff
  case askAmend
  case amend(String)
  case done(String)
}
