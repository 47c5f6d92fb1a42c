import CFAGDomain

/// The days the partnership's offices work in the demo: Monday to Friday, not a bank holiday in
/// England and Wales, and not between Christmas Eve and New Year's Day, when no panel meets.
enum DemoCalendar {
  static func isOpen(_ day: Day) -> Bool {
    day.isWorkingDay && !(day.month == 12 && day.day >= 24) && !(day.month == 1 && day.day == 1)
  }

  /// The day itself when open, else the next open day.
  static func onOrAfter(_ day: Day) -> Day {
    var day = day
    while !isOpen(day) { day = day.adding(days: 1) }
    return day
  }

  /// The day itself when open, else the open day before it.
  static func onOrBefore(_ day: Day) -> Day {
    var day = day
    while !isOpen(day) { day = day.adding(days: -1) }
    return day
  }
}

/// How old the child in a demo case is, as far as the words written about them go: an unborn baby
/// is not "seen alone", and a toddler does not go to school.
enum DemoLifeStage: Hashable, CaseIterable {
  case unborn, young, schoolAge

  init(_ band: AgeBand?) {
    switch band {
    case .unborn: self = .unborn
    case .under1, .age1to4, nil: self = .young
    default: self = .schoolAge
    }
  }
}

/// A sentence the demo may write, the children it can be written about, the agencies that would
/// write it (all when empty), and whether it criticises the work (never in a return graded good).
struct DemoPhrase {
  var text: String
  var stages: Set<DemoLifeStage>
  var agencies: Set<String> = []
  var critical = false

  /// The same sentence, written only by these agencies.
  func by(_ agencies: Set<String>) -> DemoPhrase {
    var phrase = self
    phrase.agencies = agencies
    return phrase
  }

  /// The same sentence, marked as a criticism.
  var criticism: DemoPhrase {
    var phrase = self
    phrase.critical = true
    return phrase
  }

  static func any(_ text: String) -> DemoPhrase {
    DemoPhrase(text: text, stages: Set(DemoLifeStage.allCases))
  }
  static func born(_ text: String) -> DemoPhrase { DemoPhrase(text: text, stages: [.young, .schoolAge]) }
  static func unborn(_ text: String) -> DemoPhrase { DemoPhrase(text: text, stages: [.unborn]) }
  static func young(_ text: String) -> DemoPhrase { DemoPhrase(text: text, stages: [.young]) }
  static func schoolAge(_ text: String) -> DemoPhrase { DemoPhrase(text: text, stages: [.schoolAge]) }
}

extension Array where Element == DemoPhrase {
  /// The texts that can be written about a child at `stage`.
  func fitting(_ stage: DemoLifeStage) -> [String] { filter { $0.stages.contains(stage) }.map(\.text) }

  /// The texts `agency` can write about a child at `stage` in a return it grades `grade`.
  func fitting(_ stage: DemoLifeStage, agency: String, grade: Grade) -> [String] {
    filter {
      $0.stages.contains(stage) && ($0.agencies.isEmpty || $0.agencies.contains(agency))
        && !(grade == .good && $0.critical)
    }.map(\.text)
  }
}

/// Agencies by the part of a child's life they see, for what they write and whether they know the child.
enum DemoAgencies {
  static let childrensSocialCare = "medway-council-childrens-services"
  static let health: Set<String> = [
    "nhs-kent-and-medway", "medway-nhs-foundation-trust", "medway-community-healthcare", "kmpt", "nelft",
    "kchft",
    "medway-public-health",
  ]
  static let healthVisiting: Set<String> = ["medway-community-healthcare", "kchft"]
  static let midwifery: Set<String> = ["medway-nhs-foundation-trust"]
  static let schools: Set<String> = ["medway-primary-schools", "medway-secondary-schools"]

  /// Whether the agency could know a child of this age band at all: no school knows an unborn baby.
  static func couldKnow(_ agency: String, band: AgeBand?) -> Bool {
    guard let band else { return true }
    switch agency {
    case "medway-primary-schools": return [.age5to9, .age10to15].contains(band)
    case "medway-secondary-schools": return [.age10to15, .age16to17].contains(band)
    case "early-years-providers": return [.under1, .age1to4].contains(band)
    case "medway-youth-offending-team": return [.age10to15, .age16to17, .age18plus].contains(band)
    case "cafcass": return band != .unborn
    default: return true
    }
  }
}
