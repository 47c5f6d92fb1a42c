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

/// A sentence the demo may write, and the children it can be written about.
struct DemoPhrase {
  var text: String
  var stages: Set<DemoLifeStage>

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
}
