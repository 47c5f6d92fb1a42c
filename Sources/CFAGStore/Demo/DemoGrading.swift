import CFAGDomain

/// The panel's judgement of one demo case: domain grades near the overall grade, findings that
/// fit it, and a rationale built from them, in words that fit the child's age.
struct DemoGrading {
  var theme: Theme

  func input(_ overall: Grade, stage: DemoLifeStage, using random: inout DemoRandom) -> GradeInput {
    // A good case raises no finding: its rationale never says what went wrong.
    let findingCount =
      switch overall {
      case .good: 0
      case .requiresImprovement: random.int(1...3)
      case .inadequate: random.int(2...4)
      }
    let findings = random.pick(findingCount, of: DemoPanelPhrases.findings)
    var domainGrades: [String: DomainJudgement] = [:]
    for domain in theme.domains {
      domainGrades[domain.id] =
        random.chance(6) ? .notApplicable : .graded(Self.near(overall, using: &random))
    }
    let rationale = [
      random.pick(DemoPanelPhrases.openings[overall]!.fitting(stage)),
      findings.map { $0.sentence(for: stage) }.joined(separator: " "),
      random.pick(DemoPanelPhrases.closings[overall]!.fitting(stage)),
    ].filter { !$0.isEmpty }.joined(separator: " ")
    let voiceMissed =
      findings.contains { $0.tag == "voice-of-child-not-recorded" } || overall == .inadequate
      || (overall == .requiresImprovement && random.chance(50))
    let voice = voiceMissed ? DemoPanelPhrases.voiceMissed : DemoPanelPhrases.voiceHeard
    return GradeInput(
      overall: overall, rationale: rationale, domainGrades: domainGrades, findings: findings.map(\.tag),
      goodPractice: overall == .inadequate ? nil : random.pick(DemoPanelPhrases.goodPractice.fitting(stage)),
      voiceOfChild: random.pick(voice.fitting(stage)))
  }

  /// Mostly the overall grade, sometimes one step either side.
  static func near(_ grade: Grade, using random: inout DemoRandom) -> Grade {
    let grades = Grade.allCases
    let index = grades.firstIndex(of: grade)!
    let step = random.chance(70) ? 0 : random.chance(50) ? -1 : 1
    return grades[min(max(index + step, 0), grades.count - 1)]
  }
}
