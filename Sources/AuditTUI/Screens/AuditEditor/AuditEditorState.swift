import CFAGDomain
import TUIKit

/// Creating or editing an audit: the theme (new audits only), the meeting details, and the cases.
public struct AuditEditorState {
  /// Nil until the new audit is created.
  public var auditID: AuditID?
  public var pane: AuditEditorPane
  public var themeList: ListState
  public var fields: ListState
  public var cases = ListState()
  /// What a new audit will be created with.
  public var draft = AuditDraft()

  /// A new audit: the theme first.
  public init(themes: [Theme]) {
    auditID = nil
    pane = .themes
    themeList = ListState(count: themes.count)
    fields = ListState(count: AuditField.forNew.count)
  }

  /// An existing audit: the details, then its cases.
  public init(auditID: AuditID) {
    self.auditID = auditID
    pane = .cases
    themeList = ListState()
    fields = ListState(count: AuditField.forExisting.count)
  }

  /// The rows of the details pane.
  public var fieldRows: [AuditField] { auditID == nil ? AuditField.forNew : AuditField.forExisting }

  /// The panes Tab moves between.
  var panes: [AuditEditorPane] { auditID == nil ? [.themes, .details] : [.details, .cases] }
}

public enum AuditEditorPane: Sendable {
  case themes, details, cases
}

/// A row of the details pane.
public enum AuditField: Sendable, CaseIterable {
  case theme, meetingDate, chair, panel, title, create

  static let forNew: [AuditField] = [.meetingDate, .chair, .panel, .title, .create]
  static let forExisting: [AuditField] = [.theme, .meetingDate, .chair, .panel, .title]

  var label: String {
    switch self {
    case .theme: "Theme"
    case .meetingDate: "Meeting date"
    case .chair: "Chair"
    case .panel: "Panel agencies"
    case .title: "Title"
    case .create: "Create the audit"
    }
  }
}

/// The details of an audit not yet created.
public struct AuditDraft: Sendable {
  public var themeIndex: Int?
  public var meetingDate = ""
  public var chair = ""
  /// Agency ids.
  public var agencies: [String] = []
  public var title = ""

  public init() {}
}

/// What the audit editor does.
public enum AuditEditorAction: Sendable {
  case move(ListMove)
  case nextPane
  case previousPane
  /// Enter: choose the theme, edit the field, or open the case.
  case activate
  case editField(AuditField)
  case setField(AuditField, String)
  case toggleAgency(String)
  case create
  case addCase
  case saveCase(reference: String, reason: String)
  case removeCase
  case saveRemoval(reference: String, reason: String)
  case openCase
  case meeting
}
