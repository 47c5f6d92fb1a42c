import CFAGDomain

/// A year the figures across audits are counted by: a financial year (April to March, as the
/// partnership's annual report) or a calendar year.
public struct ReportPeriod: Hashable, Sendable, Comparable {
  /// Which kind of year.
  public enum Kind: String, Hashable, Sendable, CaseIterable {
    case financial, calendar

    /// "financial years (April to March)".
    public var words: String {
      switch self {
      case .financial: "financial years (April to March)"
      case .calendar: "calendar years"
      }
    }
  }

  public var kind: Kind
  /// The year the period starts in.
  public var startYear: Int

  /// The period that holds `day`.
  public init(containing day: Day, kind: Kind) {
    self.kind = kind
    startYear = kind == .financial && day.month < 4 ? day.year - 1 : day.year
  }

  /// "2026-27" for a financial year, "2026" for a calendar year.
  public var label: String {
    guard kind == .financial else { return "\(startYear)" }
    let next = (startYear + 1) % 100
    return "\(startYear)-\(next < 10 ? "0" : "")\(next)"
  }

  public var from: Day {
    Day(year: startYear, month: kind == .financial ? 4 : 1, day: 1)!
  }

  public var to: Day {
    kind == .financial
      ? Day(year: startYear + 1, month: 3, day: 31)! : Day(year: startYear, month: 12, day: 31)!
  }

  public static func < (lhs: ReportPeriod, rhs: ReportPeriod) -> Bool { lhs.startYear < rhs.startYear }
}

/// Only what happened counts: the audits held on or before today, and those still to come.
enum HeldAudits {
  /// The audits whose meeting was on or before `today`, by meeting date.
  static func held(_ audits: [AuditRecord], today: Day) -> [AuditRecord] {
    ordered(audits.filter { $0.audit.meetingDate <= today })
  }

  /// The audits whose meeting is after `today`: listed as planned, never counted.
  static func planned(_ audits: [AuditRecord], today: Day) -> [PlannedAudit] {
    ordered(audits.filter { $0.audit.meetingDate > today }).map(PlannedAudit.init)
  }

  static func ordered(_ audits: [AuditRecord]) -> [AuditRecord] {
    audits.sorted { ($0.audit.meetingDate, $0.audit.id) < ($1.audit.meetingDate, $1.audit.id) }
  }

  /// Whether an audit's figures are final: signed off, with no amendment open.
  static func isFinal(_ record: AuditRecord) -> Bool {
    record.audit.signOff != nil && record.audit.openAmendment == nil
  }
}

/// An audit whose meeting is still to come.
public struct PlannedAudit: Hashable, Sendable {
  public var auditID: AuditID
  public var themeTitle: String
  public var meetingDate: Day

  init(_ record: AuditRecord) {
    auditID = record.audit.id
    themeTitle = record.audit.theme.title
    meetingDate = record.audit.meetingDate
  }

  /// "Neglect, meeting on 14 January 2027".
  public var line: String { "\(themeTitle), meeting on \(meetingDate.long)" }
}
