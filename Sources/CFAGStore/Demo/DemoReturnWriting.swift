import CFAGDomain

/// One agency's demo return for one case: involved or not, why the child came to its attention,
/// the work done (a few hundred characters, as real returns are), an answer to every question
/// and its own grades, close to the panel's.
struct DemoReturnWriting {
  var theme: Theme

  func input(
    reference: String, agency: Agency, near panelGrade: Grade, band: AgeBand?,
    using random: inout DemoRandom
  ) -> ReturnInput {
    // Children's Social Care leads every plan the themes audit, so it always knows the child.
    let known =
      agency.id == DemoAgencies.childrensSocialCare || random.chance(agency.kind == .partner ? 92 : 75)
    guard known, DemoAgencies.couldKnow(agency.id, band: band) else {
      return ReturnInput(reference: reference, agency: agency.id, involved: false)
    }
    let grade = DemoGrading.near(panelGrade, using: &random)
    let stage = DemoLifeStage(band)
    let workDone = DemoReturnPhrases.workDone.fitting(stage, agency: agency.id, grade: grade)
    var answers: [String: String] = [:]
    for question in theme.questions {
      switch question.answerType {
      case .yesPartlyNo, .yesNo:
        let choices = grade == .good ? ["yes", "yes", "partly"] : ["yes", "partly", "no"]
        let choice = random.pick(choices.filter { question.answerType.options.map(\.rawValue).contains($0) })
        answers[question.id] = "\(choice): \(random.pick(DemoReturnPhrases.evidence))"
      case .text:
        answers[question.id] = random.paragraph(workDone, atLeast: 80)
      }
    }
    var domainGrades: [String: DomainJudgement] = [:]
    for domain in theme.domains {
      domainGrades[domain.id] = .graded(DemoGrading.near(grade, using: &random))
    }
    return ReturnInput(
      reference: reference, agency: agency.id, involved: true,
      knownBecause: random.pick(DemoReturnPhrases.knownBecause.fitting(stage)),
      workDone: random.paragraph(workDone, atLeast: random.int(300...900)),
      strengths: random.paragraph(DemoReturnPhrases.strengths.fitting(stage), atLeast: random.int(60...200)),
      gaps: grade == .good
        ? ""
        : random.paragraph(
          DemoReturnPhrases.gaps.fitting(stage, agency: agency.id, grade: grade),
          atLeast: random.int(60...200)),
      voiceOfChild: random.pick(DemoReturnPhrases.voice.fitting(stage)), answers: answers,
      overallGrade: grade,
      domainGrades: domainGrades)
  }
}
