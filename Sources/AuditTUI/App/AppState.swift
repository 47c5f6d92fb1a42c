import CFAGDomain
import CFAGStore
import TUIKit

/// The whole workbench state: the route stack, the data loaded from the database, what floats on
/// top (help, palette, pickers, forms, the text editor), the status line and the undo history.
public struct AppState {
  /// Today, from the session (`CFAG_TODAY`), never the calendar.
  public var today: Day
  /// The themes a new audit can use.
  public var themes: [Theme]
  /// Every finding tag used so far, for the tags picker: nil until the picker first opens, which
  /// reads them (every case's findings), and read again with the audit list from then on.
  public var knownTags: [FindingTag]?
  /// The tags picker asked for while the tags were being read: it opens once they are.
  var tagsPickerWaits = false
  /// The route; never empty. The last screen is shown.
  public var stack: [Screen] = [.home(HomeState())]
  public var home: HomeData?
  /// The open audit, reloaded after every edit.
  public var audit: AuditData?
  public var overlay: Overlay?
  public var status: StatusMessage?
  /// Every message the status line showed this session, for `M`.
  public var messages = MessageLog()
  public var history = EditHistory()
  public var size = Size(width: 80, height: 24)
  /// Monotonic seconds from the last tick, for the meeting timer.
  public var now = 0
  /// The meeting's length in minutes, shared out between its cases.
  public var meetingMinutes = 360
  /// The change log head the data on screen was loaded at; every save is checked against it.
  public var head = LogSequence.origin
  /// When the database was last asked for changes made elsewhere (monotonic seconds).
  public var lastChangeCheck = 0
  /// Another process changed the database while a form was open: reload once it closes.
  public var outOfDate: String?
  /// What to do once the edit in flight is saved (grading inadequate offers an escalation);
  /// dropped if the save is refused.
  public var afterSave: AppMessage?

  /// Who is acting, as the change log records it; shown on the title bar.
  public var actor: String

  public init(today: Day, themes: [Theme], actor: String) {
    self.today = today
    self.themes = themes
    self.actor = actor
  }

  /// The screen on top of the route.
  public var screen: Screen { stack[stack.count - 1] }

  /// The open audit's record, when it is the one asked for.
  public func record(_ id: AuditID) -> AuditRecord? {
    audit?.record.audit.id == id ? audit?.record : nil
  }

  /// The agency list, once loaded.
  public var directory: AgencyDirectory { home?.directory ?? AgencyDirectory([]) }

  /// Replaces the top screen.
  mutating func replaceTop(_ screen: Screen) {
    stack[stack.count - 1] = screen
  }

  /// Opens a screen on top of the route.
  mutating func push(_ screen: Screen) {
    stack.append(screen)
    overlay = nil
    status = nil
  }

  mutating func fail(_ text: String) { status = .error(text) }
  mutating func warn(_ text: String) { status = .warning(text) }
  mutating func inform(_ text: String) { status = .info(text) }
}
