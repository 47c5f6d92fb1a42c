/// One themed multi-agency case file audit: its meeting, its panel, and its copy of the theme.
public struct Audit: Hashable, Sendable, Codable, Identifiable {
  /// A stable id people can say aloud, e.g. `CFAG-2026-02`.
  public var id: AuditID
  public var title: String
  /// The theme as it was when the audit was created; later edits to the file do not reach it.
  public var theme: Theme
  public var meetingDate: Day
  public var chair: String?
  /// Agency ids on the panel, in the order given.
  public var panelAgencies: [String]
  /// When agencies' returns are due back.
  public var returnsDue: Day?
  public var sample: SampleRecord?
  public var signOff: SignOff?
  /// The amendment open after sign-off, if any.
  public var openAmendment: Amendment?

  public init(
    id: AuditID, title: String, theme: Theme, meetingDate: Day, chair: String? = nil,
    panelAgencies: [String] = [], returnsDue: Day? = nil, sample: SampleRecord? = nil,
    signOff: SignOff? = nil, openAmendment: Amendment? = nil
  ) {
    self.id = id
    self.title = title
    self.theme = theme
    self.meetingDate = meetingDate
    self.chair = chair
    self.panelAgencies = panelAgencies
    self.returnsDue = returnsDue
    self.sample = sample
    self.signOff = signOff
    self.openAmendment = openAmendment
  }

  /// Whether changes are accepted: before sign-off, or while an amendment is open.
  public var isEditable: Bool { signOff == nil || openAmendment != nil }

  /// Throws the refusal people see when they try to change a locked audit.
  public func requireEditable() throws(DomainError) {
    guard isEditable else {
      throw .refused(
        "audit \(id) was signed off by \(signOff!.by) on \(signOff!.on.iso) and is locked; "
          + "open an amendment first", remedy: .openAmendment(id))
    }
  }

  /// The next audit id for a meeting year, given the ids already used.
  public static func nextID(year: Int, existing: [AuditID]) -> AuditID {
    let prefix = "CFAG-\(year)-"
    let used = existing.compactMap {
      $0.rawValue.hasPrefix(prefix) ? Int($0.rawValue.dropFirst(prefix.count)) : nil
    }
    let next = (used.max() ?? 0) + 1
    return AuditID(rawValue: prefix + (next < 10 ? "0\(next)" : "\(next)"))
  }
}

/// The record of a random draw, kept so anyone can re-run it and get the same cases.
public struct SampleRecord: Hashable, Sendable, Codable {
  public var seed: UInt64
  public var size: Int
  public var reserves: Int
  public var stratifiedBy: CandidateField?
  /// The criteria as words, at the time of the draw.
  public var criteria: [String]
  public var poolSize: Int
  /// SHA-256 of the sorted pool references, one per line.
  public var poolHash: String
  /// ISO 8601 timestamp of the draw.
  public var drawnAt: String

  public init(
    seed: UInt64, size: Int, reserves: Int, stratifiedBy: CandidateField?, criteria: [String],
    poolSize: Int, poolHash: String, drawnAt: String
  ) {
    self.seed = seed
    self.size = size
    self.reserves = reserves
    self.stratifiedBy = stratifiedBy
    self.criteria = criteria
    self.poolSize = poolSize
    self.poolHash = poolHash
    self.drawnAt = drawnAt
  }
}

/// Who locked the audit, and when.
public struct SignOff: Hashable, Sendable, Codable {
  public var by: String
  public var on: Day

  public init(by: String, on: Day) {
    self.by = by
    self.on = on
  }
}

/// A logged window for changes after sign-off.
public struct Amendment: Hashable, Sendable, Codable {
  public var reason: String
  public var by: String
  public var at: String

  public init(reason: String, by: String, at: String) {
    self.reason = reason
    self.by = by
    self.at = at
  }
}
