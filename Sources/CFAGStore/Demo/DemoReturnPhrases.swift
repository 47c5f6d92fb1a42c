import CFAGDomain

/// What agencies write in their demo returns about their own files, each fitting the child's age.
/// Invented, plausible text.
enum DemoReturnPhrases {
  static let knownBecause: [DemoPhrase] = [
    .schoolAge("Referred by the school after the child disclosed arguments at home."),
    .young("Known through universal health visiting since birth."),
    .any("Police attended a domestic incident at the address and submitted a notification."),
    .any("Referred by the GP after the mother disclosed low mood and alcohol use."),
    .schoolAge("The child was reported missing twice in one month."),
    .born("The family moved into the area and the case was transferred from another authority."),
    .unborn(
      "Booked for antenatal care; the midwife identified a previous child removed from the mother's care."),
    .unborn("The mother disclosed domestic abuse at her 12-week booking appointment."),
  ]

  static let workDone: [DemoPhrase] = [
    .any("The practitioner completed an assessment within the timescale and shared it with the family."),
    .any("Home visits took place every two to four weeks, with two unannounced."),
    .any("The agency attended three of the five core group meetings and sent a report to the others.")
      .criticism,
    .any("A referral was made to the Family Solutions service, but the family did not engage."),
    .any("Information was shared with Children's Social Care by secure email within one working day."),
    .schoolAge("The child was seen in school weekly by the pastoral lead and the observations were recorded.")
      .by(DemoAgencies.schools),
    .any("A safety plan was agreed with the mother, but it was not reviewed after the second incident.")
      .criticism,
    .any("Supervision records show the case was discussed monthly, with actions set each time."),
    .any("The practitioner sought advice from the named safeguarding lead before the strategy discussion."),
    .any("Health appointments were missed and followed up by letter, not by a visit.").by(DemoAgencies.health)
      .criticism,
    .any("The agency contributed to the chronology and raised the pattern of missed appointments."),
    .any("Records are clear and up to date, with the reason for each decision written down."),
    .unborn("Antenatal appointments were kept from 20 weeks; two earlier ones were missed and followed up.")
      .by(DemoAgencies.midwifery),
    .young("The health visitor completed the developmental review at home and shared concerns about speech.")
      .by(DemoAgencies.healthVisiting),
  ]

  static let strengths: [DemoPhrase] = [
    .born("Practitioners knew the child well and recorded their presentation in detail."),
    .any("Timely information sharing with partners throughout."),
    .any("Persistent efforts to engage the father."),
    .any("Good use of an interpreter at every contact."),
    .schoolAge("The child's views were sought in age-appropriate ways."),
    .unborn("The midwife shared concerns early, leaving time for a full pre-birth assessment."),
  ]

  static let gaps: [DemoPhrase] = [
    .any("The agency was not invited to the review meeting and did not ask why.").criticism,
    .any("Concerns about home conditions were not escalated when the plan was not working."),
    .any("Parental accounts were accepted without checking with other agencies."),
    .born("The child's voice is not recorded in the last three contacts."),
    .any("No record that the new partner was checked."),
    .unborn("The pre-birth assessment was not started until 30 weeks."),
  ]

  static let voice: [DemoPhrase] = [
    .schoolAge("The child said they liked school because it was quiet."),
    .schoolAge("The child drew their family and left their father out of the picture."),
    .young("Too young to give views; observations of interaction with the mother recorded."),
    .schoolAge("The young person said no one listened to them at meetings."),
    .unborn("Unborn; the mother's plans for the baby's care were recorded."),
    .any("Not recorded."),
  ]

  static let evidence = [
    "recorded in the assessment", "seen in the case notes", "minutes of the core group",
    "not evident in the records", "partly recorded in supervision notes", "set out in the plan",
  ]
}
