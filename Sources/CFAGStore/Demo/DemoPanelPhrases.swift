import CFAGDomain

/// What the panel writes in the demo: finding tags, rationales, good practice and voice notes.
/// Invented, plausible text about no real child.
enum DemoPanelPhrases {
  /// Finding tags the panel raises, with a sentence a rationale uses when the finding applies.
  static let findings: [(tag: String, sentence: String)] = [
    (
      "escalation-policy-not-used",
      "Professionals disagreed about the level of risk but the escalation policy was not used to resolve it."
    ),
    (
      "process-driven",
      "The plan was process driven: meetings happened on time but actions were not tied to the child's needs."
    ),
    (
      "voice-of-child-not-recorded",
      "The child was seen, but their wishes and feelings were not recorded or reflected in the plan."
    ),
    (
      "parental-self-report-accepted",
      "Parental self-report about drug and alcohol use was accepted without being tested with other agencies."
    ),
    (
      "drift-and-delay",
      "There was drift between reviews, with the same actions carried over for several months."
    ),
    (
      "agencies-not-invited",
      "Health and education were not invited to the core group, so information about the child was missing."
    ),
    (
      "information-not-shared",
      "A police notification of a domestic incident was not shared with the school or health visitor."
    ),
    (
      "management-oversight-not-evident",
      "Management oversight was recorded but did not give direction or challenge the lack of progress."
    ),
    (
      "fathers-not-engaged",
      "The father and the mother's partner were not assessed or engaged, although both had contact with the child."
    ),
    (
      "plan-not-smart",
      "The plan's actions were not specific or measurable, so it was unclear what would show improvement."
    ),
    (
      "risk-not-reassessed",
      "Risk was not reassessed after a new incident, and the plan continued unchanged."
    ),
    (
      "chronology-not-maintained",
      "No multi-agency chronology was kept, so the cumulative pattern of neglect was not seen."
    ),
  ]

  static let openings: [Grade: [String]] = [
    .good: [
      "The panel agreed the child's needs were understood and met by a purposeful plan.",
      "All the relevant agencies took part, shared information promptly and the plan made a difference.",
      "Practice was child focused throughout, with clear direction from managers.",
    ],
    .requiresImprovement: [
      "The child was safe and some needs were met, but the plan did not always have a clear purpose.",
      "The panel found committed work by individual practitioners, but multi-agency working was uneven.",
      "Some agencies engaged well; others were missing from the plan or did not share what they knew.",
    ],
    .inadequate: [
      "The child's needs were not understood and the plan did not address the main risks.",
      "Key agencies were not involved and drift went unchallenged for many months.",
      "The child was left in circumstances that were not improving, and at times were getting worse.",
    ],
  ]

  static let closings: [Grade: [String]] = [
    .good: [
      "The child's school attendance and health improved over the life of the plan.",
      "The family told the social worker the plan had helped, and the records show why.",
    ],
    .requiresImprovement: [
      "The difference made for the child is not clear from the records.",
      "The panel could not see how the child's lived experience changed during the plan.",
    ],
    .inadequate: [
      "The panel asked for the case to be reviewed by the service manager within five working days.",
      "The panel was concerned that the child may still be at risk of significant harm.",
    ],
  ]

  static let goodPractice = [
    "The school's designated safeguarding lead kept a detailed record of the child's presentation and shared it.",
    "The health visitor made unannounced visits and challenged the plan when home conditions slipped.",
    "The social worker used direct work tools to understand the child's daily life.",
    "Police shared domestic abuse notifications with the school before the next school day (Operation Encompass).",
    "The core group chair kept every agency to the actions agreed and recorded why when they were not done.",
  ]

  static let voiceNotes = [
    "Seen alone at every visit; direct work recorded the child's worries about home.",
    "The child's views were gathered by the school and shaped the plan.",
    "Seen, but little record of the child's wishes and feelings.",
    "Not seen alone; the child's views were reported by a parent.",
    "Advocacy offered and taken up before the review conference.",
  ]

  static let escalationReasons = [
    "No visit recorded for seven weeks despite a new referral from the school.",
    "Recent police call-out to the home not yet considered at a strategy discussion.",
    "The child has been missing from education for three weeks and no one has checked on them.",
    "The mother's new partner is known to probation; no risk assessment has been done.",
  ]

  static let chairs = [
    "Independent Scrutineer, MSCP", "Head of Quality Assurance, Children's Social Care",
    "Designated Nurse for Safeguarding, NHS Kent and Medway", "Detective Chief Inspector, Kent Police PVP",
  ]
}
