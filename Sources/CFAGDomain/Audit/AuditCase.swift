/// A case in an audit, and how it came to be there.
public struct AuditCase: Hashable, Sendable, Codable {
  public var reference: CaseReference
  public var selection: Selection
  public var status: Status
  /// Coarse attributes copied from the candidate list (or typed by hand), for outlines.
  public var planType: PlanType?
  public var ageBand: AgeBand?

  public init(
    reference: CaseReference, selection: Selection, status: Status = .included,
    planType: PlanType? = nil, ageBand: AgeBand? = nil
  ) {
    self.reference = reference
    self.selection = selection
    self.status = status
    self.planType = planType
    self.ageBand = ageBand
  }

  /// How the case was chosen.
  public enum Selection: Hashable, Sendable, Codable {
    /// Drawn at random, `order` counting from 1.
    case random(order: Int)
    /// Drawn at random as reserve number `order`.
    case reserve(order: Int)
    /// Added by hand, not at random, for this reason.
    case manual(reason: String)

    public var isRandom: Bool {
      if case .manual = self { return false }
      return true
    }
  }

  /// Whether the case is in the audit.
  public enum Status: Hashable, Sendable, Codable {
    case included
    /// A reserve not (yet) used.
    case reserve
    /// Swapped out for a reserve, for this reason.
    case replaced(reason: String)
    /// Taken out by hand, for this reason.
    case removed(reason: String)
  }

  public var isIncluded: Bool { status == .included }
}
