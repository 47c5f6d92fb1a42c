import CFAGDomain
import CFAGStore
import TUIKit

/// Everything that can happen to the workbench: keys and ticks from the runtime, actions named by
/// the binding tables, and results the effect runner feeds back.
public enum AppMessage: Sendable {
  /// A key no binding claimed yet; overlays and screens look at it first.
  case key(Key)
  case resized(Size)
  /// A clock tick, with the monotonic time in seconds.
  case tick(seconds: Int)
  case global(GlobalAction)
  case home(HomeAction)
  case editor(AuditEditorAction)
  case panel(CasePanelAction)
  case meeting(MeetingAction)
  case summary(SummaryAction)
  /// Judging the case on screen (case panel or meeting).
  case judge(CaseAction)
  /// A workflow key: go to a step of the audit, the tracker or the history.
  case go(Destination)
  /// A file path completed with Tab in a form.
  case completed(PathCompletion)
  case candidates(CandidatesAction)
  case sampling(SamplingAction)
  case returns(ReturnsAction)
  case findings(FindingsAction)
  case report(ReportAction)
  case actions(ActionsAction)
  case history(HistoryAction)
  /// What an effect produced.
  case result(EffectResult)
}

/// Actions that work on every screen.
public enum GlobalAction: Sendable {
  case back, quit, help, palette, undo, redo, messages
}

/// What the effect runner reports back.
public enum EffectResult: Sendable {
  case homeLoaded(HomeData)
  case auditLoaded(AuditData)
  /// After a grade: the audit's assessments read again, in place of its whole record.
  case assessmentsLoaded(AuditID, [PanelAssessment], head: LogSequence)
  case themesLoaded([Theme])
  case findingTagsLoaded([FindingTag])
  /// After a save to one audit: its line of the audit list and the tracker figures, read again in
  /// place of the whole home data.
  case homeChanged(HomeChange)
  /// An edit was saved; `undo` is the step to record (nil when it cannot be undone); `warning`
  /// says what personal data its text may hold, shown first.
  case saved(message: String, undo: UndoStep?, origin: EditOrigin, warning: String? = nil)
  /// Something was saved after what is on screen was loaded: by another person (named), or by
  /// this person elsewhere (nil: another window, or a step that does not reload).
  case changedElsewhere(by: String?, at: String)
  case auditCreated(id: AuditID)
  /// An operation was refused or failed; the text is written for people. `field` names the
  /// input at fault, so an open form can move to it.
  case failed(String, field: Field? = nil)
}

/// The audit list and tracker figures for the home screen, with the agency list. The tracker's
/// actions themselves load only when its screen opens (`TrackerData`).
public struct HomeData: Sendable {
  /// The change log head read before the data: the data shows at least everything up to it.
  public var head: LogSequence
  public var summaries: [AuditSummary]
  public var directory: AgencyDirectory
  /// The tracker figures on `today`, counted once per load.
  public var tracker: TrackerTally

  public init(
    head: LogSequence = .origin, summaries: [AuditSummary], standings: [ActionStanding],
    directory: AgencyDirectory, today: Day
  ) {
    self.head = head
    self.summaries = summaries
    self.tracker = TrackerTally(standings: standings, today: today)
    self.directory = directory
  }
}

/// What a save to one audit changed on the home screen.
public struct HomeChange: Sendable {
  /// The change log head read before the data.
  public var head: LogSequence
  public var auditID: AuditID
  /// The audit's line of the list; nil when the audit is gone.
  public var summary: AuditSummary?
  /// What the tracker figures count, read again: a save may raise or change an action.
  public var standings: [ActionStanding]

  public init(head: LogSequence, auditID: AuditID, summary: AuditSummary?, standings: [ActionStanding]) {
    self.head = head
    self.auditID = auditID
    self.summary = summary
    self.standings = standings
  }
}

/// One audit's record and the tracker actions raised from it.
public struct AuditData: Sendable {
  /// The change log head read before the data.
  public var head: LogSequence
  public var record: AuditRecord
  public var actions: [TrackerAction]
  /// The agencies the candidate list says knew each case's child.
  public var known: KnownAgencies

  public init(
    head: LogSequence = .origin, record: AuditRecord, actions: [TrackerAction],
    known: KnownAgencies = KnownAgencies()
  ) {
    self.head = head
    self.record = record
    self.actions = actions
    self.known = known
  }
}

extension HomeData {
  /// Takes in a save to one audit: its line (kept in the list's order, newest meeting first) and
  /// the tracker figures.
  public mutating func apply(_ change: HomeChange, today: Day) {
    head = max(head, change.head)
    summaries.removeAll { $0.id == change.auditID }
    if let summary = change.summary {
      let position = summaries.firstIndex {
        ($0.meetingDate, $0.id.rawValue) < (summary.meetingDate, summary.id.rawValue)
      }
      summaries.insert(summary, at: position ?? summaries.endIndex)
    }
    tracker = TrackerTally(standings: change.standings, today: today)
  }
}
