import CFAGDomain

/// What the panel writes in the demo: finding tags, rationales, good practice and voice notes, each
/// fitting the child's age and the grade. Invented, plausible text about no real child.
enum DemoPanelPhrases {
  /// A finding tag the panel raises, with the sentence a rationale uses for it (and the sentence
  /// used when the child is not yet born, where the usual one would not fit).
  struct Finding {
    var tag: String
    var sentence: String
    var unborn: String?

    func sentence(for stage: DemoLifeStage) -> String { stage == .unborn ? unborn ?? sentence : sentence }
  }

  /// Findings: only requires improvement and inadequate cases raise them.
  static let findings: [Finding] = [
    Finding(
      tag: "escalation-policy-not-used",
      sentence:
        "Professionals disagreed about the level of risk but the escalation policy was not used to resolve it."
    ),
    Finding(
      tag: "process-driven",
      sentence:
        "The plan was process driven: meetings happened on time but actions were not tied to the child's needs.",
      unborn:
        "The plan was process driven: meetings happened on time but did not prepare for the baby's arrival."),
    Finding(
      tag: "voice-of-child-not-recorded",
      sentence:
        "The child was seen, but their wishes and feelings were not recorded or reflected in the plan.",
      unborn: "What life would be like for the baby once born was not considered, and the plan did not say."),
    Finding(
      tag: "parental-self-report-accepted",
      sentence:
        "Parental self-report about drug and alcohol use was accepted without being tested with other agencies."
    ),
    Finding(
      tag: "drift-and-delay",
      sentence: "There was drift between reviews, with the same actions carried over for several months.",
      unborn:
        "The pre-birth assessment started late, leaving too little time before the birth to test change."),
    Finding(
      tag: "agencies-not-invited",
      sentence:
        "Health and education were not invited to the core group, so information about the child was missing.",
      unborn:
        "The midwife and the GP were not invited to the core group, so information about the pregnancy was missing."
    ),
    Finding(
      tag: "information-not-shared",
      sentence:
        "A police notification of a domestic incident was not shared with the school or health visitor.",
      unborn:
        "A police notification of a domestic incident during the pregnancy was not shared with the midwife."),
    Finding(
      tag: "management-oversight-not-evident",
      sentence:
        "Management oversight was recorded but did not give direction or challenge the lack of progress."),
    Finding(
      tag: "fathers-not-engaged",
      sentence:
        "The father and the mother's partner were not assessed or engaged, although both had contact with the child.",
      unborn: "The father was not assessed or engaged, although he was expected to help care for the baby."),
    Finding(
      tag: "plan-not-smart",
      sentence:
        "The plan's actions were not specific or measurable, so it was unclear what would show improvement."),
    Finding(
      tag: "risk-not-reassessed",
      sentence: "Risk was not reassessed after a new incident, and the plan continued unchanged."),
    Finding(
      tag: "chronology-not-maintained",
      sentence: "No multi-agency chronology was kept, so the cumulative pattern of concerns was not seen."),
  ]

  static let openings: [Grade: [DemoPhrase]] = [
    .good: [
      .born("The panel agreed the child's needs were understood and met by a purposeful plan."),
      .unborn(
        "The panel agreed the risks to the baby were understood early and planned for before the birth."),
      .any(
        "All the relevant agencies took part, shared information promptly and the plan made a difference."),
      .any("Practice was child focused throughout, with clear direction from managers."),
    ],
    .requiresImprovement: [
      .born("The child was safe and some needs were met, but the plan did not always have a clear purpose."),
      .unborn(
        "Planning for the baby's safety was in place by the birth, but came later than it should have."),
      .any(
        "The panel found committed work by individual practitioners, but multi-agency working was uneven."),
      .any("Some agencies engaged well; others were missing from the plan or did not share what they knew."),
    ],
    .inadequate: [
      .born("The child's needs were not understood and the plan did not address the main risks."),
      .unborn("The risks to the baby were not understood and there was no agreed plan for the birth."),
      .any("Key agencies were not involved and drift went unchallenged for many months."),
      .born("The child was left in circumstances that were not improving, and at times were getting worse."),
    ],
  ]

  static let closings: [Grade: [DemoPhrase]] = [
    .good: [
      .schoolAge("The child's school attendance and health improved over the life of the plan."),
      .young("The child's health and development checks were up to date and showed steady progress."),
      .unborn("A birth plan every agency knew was in place four weeks before the baby was due."),
      .any("The family told the social worker the plan had helped, and the records show why."),
    ],
    .requiresImprovement: [
      .born("The difference made for the child is not clear from the records."),
      .born("The panel could not see how the child's lived experience changed during the plan."),
      .unborn(
        "The panel could not see how the plan would keep the baby safe in the first weeks after birth."),
    ],
    .inadequate: [
      .any("The panel asked for the case to be reviewed by the service manager within five working days."),
      .born("The panel was concerned that the child may still be at risk of significant harm."),
      .unborn("The panel was concerned that the baby may be at risk of significant harm once born."),
    ],
  ]

  static let goodPractice: [DemoPhrase] = [
    .schoolAge(
      "The school's designated safeguarding lead kept a detailed record of the child's presentation and shared it."
    ),
    .young(
      "The health visitor made unannounced visits and challenged the plan when home conditions slipped."),
    .schoolAge("The social worker used direct work tools to understand the child's daily life."),
    .schoolAge(
      "Police shared domestic abuse notifications with the school before the next school day (Operation Encompass)."
    ),
    .any(
      "The core group chair kept every agency to the actions agreed and recorded why when they were not done."
    ),
    .unborn(
      "The specialist midwife shared concerns at 16 weeks, giving time for a full pre-birth assessment."),
    .unborn("A pre-birth conference was held before 28 weeks, as procedures expect."),
  ]

  /// Notes on the child's voice: good cases get the first kind, inadequate ones the second, and
  /// cases requiring improvement either.
  static let voiceHeard: [DemoPhrase] = [
    .schoolAge("Seen alone at every visit; direct work recorded the child's worries about home."),
    .schoolAge("The child's views were gathered by the school and shaped the plan."),
    .schoolAge("Advocacy offered and taken up before the review conference."),
    .young(
      "Too young to give views; how the child presented and responded to each parent was recorded at every visit."
    ),
    .unborn(
      "The mother's understanding of the baby's needs was explored, and the plan set out the baby's day."),
  ]

  static let voiceMissed: [DemoPhrase] = [
    .schoolAge("Seen, but little record of the child's wishes and feelings."),
    .schoolAge("Not seen alone; the child's views were reported by a parent."),
    .young(
      "Too young to give views, and little was recorded of how the child presented or what their day was like."
    ),
    .unborn("Little consideration of what life would be like for the baby once born."),
  ]

  static let escalationReasons: [DemoPhrase] = [
    .any("No visit recorded for seven weeks despite a new referral."),
    .any("Recent police call-out to the home not yet considered at a strategy discussion."),
    .schoolAge("The child has been missing from education for three weeks and no one has checked on them."),
    .any("The mother's new partner is known to probation; no risk assessment has been done."),
    .unborn("The baby is due within four weeks and no pre-birth conference or birth plan has been arranged."),
  ]

  /// What the lead records the working day after an escalation.
  static let escalationFollowUp: [DemoLifeStage: String] = [
    .unborn: "Strategy discussion held the next working day; the mother was visited and a birth plan agreed.",
    .young: "Strategy discussion held the next working day; the child was visited and seen with each parent.",
    .schoolAge: "Strategy discussion held the next working day; the child was visited and seen alone.",
  ]

  static let chairs = [
    "Independent Scrutineer, MSCP", "Head of Quality Assurance, Children's Social Care",
    "Designated Nurse for Safeguarding, NHS Kent and Medway", "Detective Chief Inspector, Kent Police PVP",
  ]
}
