import CFAGDomain

/// A demo audit's random draw: the case system export it imports (a mix of cases, most but not all
/// meeting the theme's criteria), the seed, and the cases and reserves the draw will pick, worked
/// out in advance with the same pool and draw the workbench uses so later steps can refer to them.
struct DemoDraw {
  var day: Day
  var seed: UInt64
  var size: Int
  var reserves: Int
  /// The export, in the order of its rows.
  var export: [CandidateCase]
  var selected: [CandidateCase]
  var reserveCases: [CandidateCase]

  static let teams = ["Chatham", "Gillingham", "Rochester", "Strood", "Rainham"]

  /// Makes an export for `theme` on `day` with enough eligible cases for `size` and `reserves`,
  /// and the draw's outcome; nil when the theme's criteria cannot be met by the demo's cases.
  static func make(
    theme: Theme, on day: Day, size: Int, reserves: Int, references: inout DemoReferences,
    using random: inout DemoRandom
  ) -> DemoDraw? {
    var export: [CandidateCase] = []
    var pool: [CandidateCase] = []
    let wanted = size + reserves + random.int(6...24)
    var attempts = 0
    while pool.count < wanted && attempts < wanted * 6 {
      attempts += 1
      let candidate = Self.candidate(
        qualifying: random.chance(75), theme: theme, on: day,
        reference: references.next(1, using: &random)[0], using: &random)
      export.append(candidate)
      if theme.admits(candidate, today: day) { pool.append(candidate) }
    }
    guard pool.count >= size + reserves else { return nil }
    pool.sort { $0.reference.value < $1.reference.value }
    let seed = UInt64(random.int(100_000...999_999_999))
    guard let result = try? SampleDraw.draw(pool: pool, size: size, reserves: reserves, seed: seed) else {
      return nil
    }
    return DemoDraw(
      day: day, seed: seed, size: size, reserves: reserves, export: export, selected: result.selected,
      reserveCases: result.reserves)
  }

  /// One open case: on a plan the theme asks for when `qualifying`, with an age that fits the plan.
  private static func candidate(
    qualifying: Bool, theme: Theme, on day: Day, reference: String, using random: inout DemoRandom
  ) -> CandidateCase {
    let themePlans = Self.values(.planType, in: theme).compactMap(PlanType.init(parsing:))
    let themeBands = Self.values(.ageBand, in: theme).compactMap(AgeBand.init(rawValue:))
    let allPlans: [PlanType] = [.earlyHelp, .childInNeed, .childProtection, .lookedAfter, .preBirth]
    let plan = qualifying && !themePlans.isEmpty ? random.pick(themePlans) : random.pick(allPlans)
    let bornBands: [AgeBand] = [
      .under1, .age1to4, .age1to4, .age5to9, .age5to9, .age10to15, .age10to15, .age16to17,
    ]
    let band: AgeBand
    if plan == .preBirth {
      band = .unborn
    } else if qualifying, case let fitting = themeBands.filter({ $0 != .unborn }), !fitting.isEmpty {
      band = random.pick(fitting)
    } else {
      band = random.pick(bornBands)
    }
    let started = day.adding(days: -(qualifying ? random.int(30...330) : random.int(30...720)))
    return CandidateCase(
      reference: CaseReference(trusted: reference), planType: plan, ageBand: band,
      gender: random.chance(50) ? "Female" : "Male", team: random.pick(teams), startDate: started)
  }

  private static func values(_ field: CandidateField, in theme: Theme) -> [String] {
    for criterion in theme.criteria {
      if case .oneOf(field, let values) = criterion { return values }
    }
    return []
  }

  /// The export as the case system writes it: CSV with the usual headers.
  var csv: String {
    var lines = ["Case Reference,Plan Type,Age Band,Gender,Team,Start Date"]
    for candidate in export {
      lines.append(
        [
          candidate.reference.value, candidate.planType.rawValue, candidate.ageBand?.rawValue ?? "",
          candidate.gender ?? "", candidate.team ?? "", candidate.startDate?.iso ?? "",
        ].joined(separator: ","))
    }
    return lines.joined(separator: "\r\n") + "\r\n"
  }
}
