/// What the business manager and the Learning Lessons subgroup write in the demo: recommendations,
/// actions, leads (role titles, never people's names), progress notes and evidence of impact.
enum DemoTrackerPhrases {
  /// One action in the plan, the progress its lead reports, and the evidence of impact that
  /// closes it: each about that action and no other.
  struct ActionScript {
    var text: String
    var progress: [String]
    var evidence: String
  }

  /// For each finding tag: the recommendation, in the partnership's words, and the actions that
  /// carry it out.
  static let responses: [String: (recommendation: String, actions: [ActionScript])] = [
    "escalation-policy-not-used": (
      "All partner agencies should remind staff of the MSCP escalation policy and how to use it when they disagree about risk.",
      [
        ActionScript(
          text:
            "Deliver a briefing on the escalation policy to every team and report attendance figures to the subgroup.",
          progress: [
            "Briefing pack drafted and agreed with the subgroup chair.",
            "Briefings delivered to 9 of 14 teams; the rest are booked.",
          ],
          evidence:
            "Briefings reached 212 staff in all 14 teams; escalations recorded rose from 3 to 14 a quarter."),
        ActionScript(
          text: "Add the escalation policy to supervision templates and audit its use in 20 records.",
          progress: [
            "Supervision template revised and issued to all managers.",
            "Audit of 20 supervision records under way.",
          ],
          evidence:
            "Audit of 20 supervision records: 16 discussed disagreement about risk and 6 used the policy."),
      ]
    ),
    "process-driven": (
      "Child in Need and core group plans should state the outcome sought for the child, not only the meetings to be held.",
      [
        ActionScript(
          text: "Audit 20 plans in three months and report the % with outcomes written for the child.",
          progress: [
            "First 10 plans audited; early results shared at the last subgroup.",
            "All 20 plans audited; report being written.",
          ],
          evidence:
            "Audit of 20 plans found 85% with outcomes for the child, up from 40% at the case file audit."),
        ActionScript(
          text:
            "Revise the plan template so each action names the difference it should make; review 10 plans after.",
          progress: [
            "Template change agreed; waiting for the case system supplier to release it.",
            "New template live since the start of the month.",
          ],
          evidence: "Review of 10 plans on the new template: 9 name the difference each action should make."),
      ]
    ),
    "voice-of-child-not-recorded": (
      "Every agency should record the child's own words and show how they shaped the plan.",
      [
        ActionScript(
          text:
            "Add a mandatory 'child's own words' field to the assessment template and review its use in 3 months.",
          progress: [
            "Field specified and sent to the case system supplier.",
            "Field live; practitioners briefed at team meetings.",
          ],
          evidence: "Review after 3 months: the child's own words were recorded in 41 of 50 assessments."),
        ActionScript(
          text:
            "Survey 50 practitioners on recording the child's voice and report the results with an improvement plan.",
          progress: [
            "Survey agreed with the subgroup and sent to 50 practitioners.",
            "34 responses so far; reminder sent.",
          ],
          evidence:
            "Practitioner survey: 78% say they now record the child's own words at every visit; plan agreed."),
      ]
    ),
    "parental-self-report-accepted": (
      "Practitioners should test parental self-report about substance use and mental health with other agencies before relying on it.",
      [
        ActionScript(
          text:
            "Run two multi-agency workshops on testing parental self-report and collect feedback from attendees.",
          progress: [
            "Workshop content agreed with the drug and alcohol service.",
            "First workshop held with 38 practitioners.",
          ],
          evidence:
            "Two workshops reached 71 practitioners; 90% of feedback forms say they will check self-report with partners."
        ),
        ActionScript(
          text: "Publish a 7-minute briefing on professional curiosity and audit 15 cases for its use.",
          progress: [
            "Briefing drafted and agreed with the subgroup chair.",
            "Briefing published; audit of 15 cases booked.",
          ],
          evidence:
            "Audit of 15 cases: self-report was checked with another agency in 12, against 2 of 6 before."),
      ]
    ),
    "drift-and-delay": (
      "Team managers should review any plan where the same action has been carried over at two reviews.",
      [
        ActionScript(
          text:
            "Introduce a monthly report of plans with repeated actions, reviewed by every service manager.",
          progress: [
            "Report built by the performance team; first run shared with service managers.",
            "Monthly review in place in three of four localities.",
          ],
          evidence: "Plans with an action carried over at two reviews fell from 31 to 9 in six months.")
      ]
    ),
    "agencies-not-invited": (
      "Children's Social Care should invite health and education to every strategy discussion and core group.",
      [
        ActionScript(
          text:
            "Change the strategy discussion invitation list so health and education are invited on every case; report compliance.",
          progress: [
            "Invitation list changed in the case system.", "First month's compliance figures collected.",
          ],
          evidence:
            "Health and education were invited to 96% of strategy discussions over the last quarter, up from 60%."
        ),
        ActionScript(
          text: "Report monthly the % of core groups with health and education present.",
          progress: [
            "Measure agreed with the performance team.", "First two months reported to the subgroup.",
          ],
          evidence: "Core groups with health and education present rose from 55% to 88% over six months."),
      ]
    ),
    "information-not-shared": (
      "Police notifications of domestic incidents should reach the child's school and health visitor within one working day.",
      [
        ActionScript(
          text: "Measure the time from police notification to school in a dip sample of 30 incidents.",
          progress: [
            "Dip sample of 30 incidents chosen with the police data team.",
            "20 of 30 incidents traced so far.",
          ],
          evidence: "Dip sample: notifications reached schools within one working day in 27 of 30 incidents.")
      ]
    ),
    "management-oversight-not-evident": (
      "Supervision records should show the manager's direction and the date by which it will be checked.",
      [
        ActionScript(
          text: "Update the supervision policy and audit 15 supervision records against it.",
          progress: [
            "Policy revised and circulated to all staff with a read-receipt.", "Audit of 15 records started.",
          ],
          evidence: "Supervision audit showed direction and a review date in 13 of 15 records.")
      ]
    ),
    "fathers-not-engaged": (
      "Assessments should include every adult in the child's life, including fathers and new partners.",
      [
        ActionScript(
          text: "Publish a 7-minute briefing on working with fathers and survey practitioners on its use.",
          progress: [
            "Briefing written with the fathers' worker.", "Briefing published; survey sent to practitioners.",
          ],
          evidence:
            "Survey: 70% of practitioners used the briefing; 64% now ask about every adult at the first visit."
        ),
        ActionScript(
          text: "Audit 20 assessments for the inclusion of fathers and new partners and report the %.",
          progress: ["Sample of 20 assessments chosen.", "Half the sample audited."],
          evidence: "Audit of 20 assessments: fathers or new partners were assessed in 17 (85%), up from 35%."
        ),
      ]
    ),
    "plan-not-smart": (
      "Plans should set specific, measurable actions with a named owner and a date.",
      [
        ActionScript(
          text: "Train core group chairs on SMART planning and review 10 plans before and after.",
          progress: [
            "10 plans reviewed before the training.", "Training delivered to 22 core group chairs.",
          ],
          evidence:
            "After the training 8 of 10 plans had specific actions with an owner and a date, against 3 of 10 before."
        )
      ]
    ),
    "risk-not-reassessed": (
      "A new incident should trigger a review of the risk assessment and the plan within five working days.",
      [
        ActionScript(
          text:
            "Set a 5-day standard for reviewing risk after a new incident and report performance data quarterly.",
          progress: [
            "Standard agreed by the partnership's executive.",
            "Data for the first quarter collected and reported to the subgroup.",
          ],
          evidence:
            "Risk was reviewed within five working days after 89% of new incidents in the last quarter.")
      ]
    ),
    "chronology-not-maintained": (
      "A multi-agency chronology should be kept for every child on a plan for neglect.",
      [
        ActionScript(
          text: "Roll out the neglect chronology template and audit its use in 25 cases.",
          progress: [
            "Template issued to every team with guidance.",
            "Completed in three of four localities; the last is booked for next month.",
          ],
          evidence: "Audit of 25 cases: a multi-agency chronology was kept and up to date in 21.")
      ]
    ),
  ]

  /// Progress notes any action may have when it is late.
  static let delays = [
    "Delayed by staff absence; recovery plan agreed with the lead.",
    "Delayed by the case system release; the lead has agreed a new date with the supplier.",
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

  static let dueReasons = [
    "Waiting for the case system release.", "Staff absence in the team delivering the training.",
    "Aligned with the new performance reporting cycle.",
  ]

  static let subgroupChair = "Chair, Learning Lessons Subgroup"

  static let businessManager = "MSCP Business Manager"
}
