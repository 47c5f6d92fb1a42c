/// What the business manager and the Learning Lessons subgroup write in the demo: recommendations,
/// actions, leads (role titles, never people's names), progress notes and evidence of impact.
enum DemoTrackerPhrases {
  /// For each finding tag: the recommendation, in the partnership's words, and the actions that
  /// carry it out.
  static let responses: [String: (recommendation: String, actions: [String])] = [
    "escalation-policy-not-used": (
      "All partner agencies should remind staff of the MSCP escalation policy and how to use it when they disagree about risk.",
      [
        "Deliver a briefing on the escalation policy to every team and report attendance figures to the subgroup.",
        "Add the escalation policy to supervision templates and audit its use in 20 records.",
      ]
    ),
    "process-driven": (
      "Child in Need and core group plans should state the outcome sought for the child, not only the meetings to be held.",
      [
        "Audit 20 plans in three months and report the % with outcomes written for the child.",
        "Revise the plan template so each action names the difference it should make; review 10 plans after.",
      ]
    ),
    "voice-of-child-not-recorded": (
      "Every agency should record the child's own words and show how they shaped the plan.",
      [
        "Add a mandatory 'child's own words' field to the assessment template and review its use in 3 months.",
        "Survey 50 practitioners on recording the child's voice and report the results with an improvement plan.",
      ]
    ),
    "parental-self-report-accepted": (
      "Practitioners should test parental self-report about substance use and mental health with other agencies before relying on it.",
      [
        "Run two multi-agency workshops on testing parental self-report and collect feedback from attendees.",
        "Publish a 7-minute briefing on professional curiosity and audit 15 cases for its use.",
      ]
    ),
    "drift-and-delay": (
      "Team managers should review any plan where the same action has been carried over at two reviews.",
      ["Introduce a monthly report of plans with repeated actions, reviewed by every service manager."]
    ),
    "agencies-not-invited": (
      "Children's Social Care should invite health and education to every strategy discussion and core group.",
      [
        "Change the strategy discussion invitation list so health and education are invited on every case; report compliance.",
        "Report monthly the % of core groups with health and education present.",
      ]
    ),
    "information-not-shared": (
      "Police notifications of domestic incidents should reach the child's school and health visitor within one working day.",
      ["Measure the time from police notification to school in a dip sample of 30 incidents."]
    ),
    "management-oversight-not-evident": (
      "Supervision records should show the manager's direction and the date by which it will be checked.",
      ["Update the supervision policy and audit 15 supervision records against it."]
    ),
    "fathers-not-engaged": (
      "Assessments should include every adult in the child's life, including fathers and new partners.",
      [
        "Publish a 7-minute briefing on working with fathers and survey practitioners on its use.",
        "Audit 20 assessments for the inclusion of fathers and new partners and report the %.",
      ]
    ),
    "plan-not-smart": (
      "Plans should set specific, measurable actions with a named owner and a date.",
      ["Train core group chairs on SMART planning and review 10 plans before and after."]
    ),
    "risk-not-reassessed": (
      "A new incident should trigger a review of the risk assessment and the plan within five working days.",
      ["Set a 5-day standard for reviewing risk after a new incident and report performance data quarterly."]
    ),
    "chronology-not-maintained": (
      "A multi-agency chronology should be kept for every child on a plan for neglect.",
      ["Roll out the neglect chronology template and audit its use in 25 cases."]
    ),
  ]

  /// Lead role titles by agency id; other agencies use "Safeguarding Lead, <short name>".
  static let leads: [String: [String]] = [
    "medway-council-childrens-services": [
      "Head of Service, Children's Social Care", "Principal Social Worker, Children's Social Care",
      "Service Manager, Child in Need",
    ],
    "kent-police": ["Detective Inspector, Child Protection, Kent Police", "Head of PVP, Kent Police"],
    "nhs-kent-and-medway": ["Designated Nurse for Safeguarding Children, NHS K&M", "Named GP, NHS K&M"],
    "medway-nhs-foundation-trust": ["Head of Safeguarding, MFT", "Named Midwife for Safeguarding, MFT"],
    "medway-community-healthcare": [
      "Named Nurse for Safeguarding Children, MCH", "Health Visiting Lead, MCH",
    ],
    "medway-primary-schools": ["Education Safeguarding Adviser, Primary Schools"],
    "medway-secondary-schools": ["Education Safeguarding Adviser, Secondary Schools"],
  ]

  static let progress = [
    "Briefing pack drafted and agreed with the subgroup chair.",
    "First sessions delivered to two teams; dates set for the rest.",
    "Template change agreed; waiting for the case system supplier to release it.",
    "Dip sample started; early results shared at the last subgroup.",
    "Delayed by staff absence; recovery plan agreed with the lead.",
    "Completed in three of four localities; the last is booked for next month.",
    "Data for the first quarter collected and reported to the subgroup.",
    "Feedback from practitioners collected; changes made to the guidance as a result.",
    "Policy revised and circulated to all staff with a read-receipt.",
  ]

  static let evidence = [
    "Re-audit of 20 plans found 85% with outcomes for the child, up from 40%.",
    "Escalations recorded rose from 3 to 14 a quarter; all were resolved at the first stage.",
    "Dip sample: notifications reached schools within one working day in 27 of 30 incidents.",
    "Practitioner survey: 78% say they now record the child's own words at every visit.",
    "Supervision audit showed direction and a review date in 13 of 15 records.",
  ]

  static let dueReasons = [
    "Waiting for the case system release.", "Staff absence in the team delivering the training.",
    "Aligned with the new performance reporting cycle.",
  ]

  static let subgroupChair = "Chair, Learning Lessons Subgroup"

  static let businessManager = "MSCP Business Manager"
}
