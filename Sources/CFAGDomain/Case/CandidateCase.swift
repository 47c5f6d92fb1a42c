/// A child who may be sampled, as imported from the case management system's export.
///
/// Holds a pseudonymous reference and coarse attributes only: never a name, an address or a date
/// of birth (a date of birth becomes an `AgeBand` at import and is thrown away).
public struct CandidateCase: Hashable, Sendable, Codable {
  public var reference: CaseReference
  public var planType: PlanType
  public var ageBand: AgeBand?
  public var gender: String?
  public var team: String?
  public var startDate: Day?
  public var agenciesKnown: [String]

  public init(
    reference: CaseReference, planType: PlanType, ageBand: AgeBand? = nil, gender: String? = nil,
    team: String? = nil, startDate: Day? = nil, agenciesKnown: [String] = []
  ) {
    self.reference = reference
    self.planType = planType
    self.ageBand = ageBand
    self.gender = gender
    self.team = team
    self.startDate = startDate
    self.agenciesKnown = agenciesKnown
  }

  /// The field's value as text, for criteria and stratification.
  public func value(of field: CandidateField) -> String? {
    switch field {
    case .reference: reference.value
    case .planType: planType.rawValue
    case .ageBand: ageBand?.rawValue
    case .gender: gender
    case .team: team
    case .startDate: startDate?.iso
    case .agenciesKnown: agenciesKnown.isEmpty ? nil : agenciesKnown.joined(separator: "; ")
    }
  }
}

/// The plan or service a child is on.
public enum PlanType: String, Hashable, Sendable, Codable, CaseIterable {
  case preBirth = "pre-birth"
  case earlyHelp = "early-help"
  case childInNeed = "child-in-need"
  case childProtection = "child-protection"
  case lookedAfter = "looked-after"
  case none

  /// Accepts the id, the label and common abbreviations (CIN, ChIN, CP, CPP, LAC, CLA, EH), in
  /// any case and spacing.
  public init?(parsing text: String) {
    let key = text.lowercased().filter { $0.isLetter }
    switch key {
    case "prebirth", "unborn", "prebirthassessment": self = .preBirth
    case "earlyhelp", "eh": self = .earlyHelp
    case "childinneed", "cin", "chin", "childinneedplan": self = .childInNeed
    case "childprotection", "cp", "cpp", "childprotectionplan": self = .childProtection
    case "lookedafter", "lookedafterchild", "lac", "cla", "childlookedafter", "childincare", "cic":
      self = .lookedAfter
    case "none", "noplan", "": self = .none
    default: return nil
    }
  }

  public var label: String {
    switch self {
    case .preBirth: "pre-birth"
    case .earlyHelp: "early help"
    case .childInNeed: "child in need"
    case .childProtection: "child protection"
    case .lookedAfter: "looked after"
    case .none: "no plan"
    }
  }
}

/// A coarse age band: fine enough for sampling and reports, too coarse to identify a child.
public enum AgeBand: String, Hashable, Sendable, Codable, CaseIterable {
  case unborn
  case under1 = "under-1"
  case age1to4 = "1-4"
  case age5to9 = "5-9"
  case age10to15 = "10-15"
  case age16to17 = "16-17"
  case age18plus = "18+"

  public init?(parsing text: String) {
    let key = text.lowercased().filter { $0 != " " }
    if let band = AgeBand(rawValue: key) {
      self = band
    } else if let band = AgeBand.allCases.first(where: { $0.label.lowercased() == text.lowercased() }) {
      self = band
    } else {
      return nil
    }
  }

  /// The band for a child of `years` whole years.
  public init(ageInYears years: Int) {
    switch years {
    case ..<1: self = .under1
    case 1...4: self = .age1to4
    case 5...9: self = .age5to9
    case 10...15: self = .age10to15
    case 16...17: self = .age16to17
    default: self = .age18plus
    }
  }

  /// The band on `today` for a date of birth, or an expected date of birth still to come.
  public init(birth: Day, today: Day) {
    self = birth > today ? .unborn : AgeBand(ageInYears: birth.wholeYears(until: today))
  }

  public var label: String {
    switch self {
    case .unborn: "unborn"
    case .under1: "under 1"
    case .age1to4: "1 to 4"
    case .age5to9: "5 to 9"
    case .age10to15: "10 to 15"
    case .age16to17: "16 to 17"
    case .age18plus: "18 and over"
    }
  }
}
