import CFAGDomain

/// A column of a case management system's export that the candidate import understands.
///
/// Several columns can give the age band: a date of birth, an expected date of birth (unborn
/// children), an age in years or an age band. The first non-empty one in that order is used.
public enum CandidateColumn: String, Hashable, Sendable, CaseIterable {
  case reference
  case planType = "plan_type"
  case dateOfBirth = "date_of_birth"
  case expectedDate = "expected_date"
  case age
  case ageBand = "age_band"
  case gender
  case team
  case startDate = "start_date"
  case agenciesKnown = "agencies_known"

  /// Headers recognised without a mapping file, compared as `CSVHeader.normalise` does
  /// (case, spaces, `_` and `-` ignored).
  public var defaultHeaders: [String] {
    switch self {
    case .reference:
      ["Case Reference", "Reference", "Case Ref", "Ref", "Case ID", "Case Number", "Child ID", "Person ID"]
    case .planType: ["Plan Type", "Plan", "Current Plan", "Legal Status", "Category", "Service"]
    case .dateOfBirth: ["Date of Birth", "DOB", "Birth Date", "D.O.B."]
    case .expectedDate: ["Expected Date", "Expected Date of Birth", "EDD", "Due Date"]
    case .age: ["Age", "Age in Years", "Age (years)"]
    case .ageBand: ["Age Band", "Age Group", "Age Range"]
    case .gender: ["Gender", "Sex"]
    case .team: ["Team", "Team Name", "Allocated Team", "Locality"]
    case .startDate: ["Start Date", "Plan Start Date", "Plan Start", "Open Date", "Episode Start"]
    case .agenciesKnown: ["Agencies Known", "Agencies", "Agencies Involved", "Known To"]
    }
  }

  /// The column's name in mapping files and messages.
  public var label: String { rawValue }

  /// The domain field a column fills.
  public var field: CandidateField {
    switch self {
    case .reference: .reference
    case .planType: .planType
    case .dateOfBirth, .expectedDate, .age, .ageBand: .ageBand
    case .gender: .gender
    case .team: .team
    case .startDate: .startDate
    case .agenciesKnown: .agenciesKnown
    }
  }
}
