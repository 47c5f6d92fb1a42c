/// What agencies write in their demo returns about their own files. Invented, plausible text.
enum DemoReturnPhrases {
  static let knownBecause = [
    "Referred by the school after the child disclosed arguments at home.",
    "Known through universal health visiting since birth.",
    "Police attended a domestic incident at the address and submitted a notification.",
    "Referred by the GP after the mother disclosed low mood and alcohol use.",
    "The child was reported missing twice in one month.",
    "The family moved into the area and the case was transferred from another authority.",
    "Booked for antenatal care; the midwife identified a previous child removed from the mother's care.",
  ]

  static let workDone = [
    "The practitioner completed an assessment within the timescale and shared it with the family.",
    "Home visits took place every two to four weeks, with two unannounced.",
    "The agency attended three of the five core group meetings and sent a report to the others.",
    "A referral was made to the Family Solutions service, but the family did not engage.",
    "Information was shared with Children's Social Care by secure email within one working day.",
    "The child was seen in school weekly by the pastoral lead and the observations were recorded.",
    "A safety plan was agreed with the mother, but it was not reviewed after the second incident.",
    "Supervision records show the case was discussed monthly, with actions set each time.",
    "The practitioner sought advice from the named safeguarding lead before the strategy discussion.",
    "Health appointments were missed and followed up by letter, not by a visit.",
    "The agency contributed to the chronology and raised the pattern of missed appointments.",
    "Records are clear and up to date, with the reason for each decision written down.",
  ]

  static let strengths = [
    "Practitioners knew the child well and recorded their presentation in detail.",
    "Timely information sharing with partners throughout.",
    "Persistent efforts to engage the father.",
    "Good use of an interpreter at every contact.",
    "The child's views were sought in age-appropriate ways.",
  ]

  static let gaps = [
    "The agency was not invited to the review meeting and did not ask why.",
    "Concerns about home conditions were not escalated when the plan was not working.",
    "Parental accounts were accepted without checking with other agencies.",
    "The child's voice is not recorded in the last three contacts.",
    "No record that the new partner was checked.",
  ]

  static let voice = [
    "The child said they liked school because it was quiet.",
    "The child drew their family and left their father out of the picture.",
    "Too young to give views; observations of interaction with the mother recorded.",
    "The young person said no one listened to them at meetings.",
    "Not recorded.",
  ]

  static let evidence = [
    "recorded in the assessment", "seen in the case notes", "minutes of the core group",
    "not evident in the records", "partly recorded in supervision notes", "set out in the plan",
  ]
}
