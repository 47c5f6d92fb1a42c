import CFAGDomain
import CFAGStore

/// `cfag audit show --json`: one audit with its cases and figures.
struct AuditJSON: Encodable {
  var id: String
  var title: String
  var themeId: String
  var themeTitle: String
  var themeVersion: Int
  var meetingDate: String
  var chair: String?
  var panelAgencies: [String]
  var returnsDue: String?
  var stage: String
  var counts: CountsJSON
  var headline: String
  var cases: [CaseJSON]
  var recommendations: [RecommendationJSON]
  var sample: SampleJSON?
  var signedOffBy: String?
  var signedOffOn: String?
  var amendmentOpen: Bool

  init(_ record: AuditRecord) {
    let audit = record.audit
    id = audit.id.rawValue
    title = audit.title
    themeId = audit.theme.id
    themeTitle = audit.theme.title
    themeVersion = audit.theme.version
    meetingDate = audit.meetingDate.iso
    chair = audit.chair
    panelAgencies = audit.panelAgencies
    returnsDue = audit.returnsDue?.iso
    stage = record.stage.rawValue
    counts = CountsJSON(record.distribution)
    headline = record.distribution.headline(subject: audit.theme.reportSubject)
    cases = record.cases.map { CaseJSON($0, assessment: record.assessment(for: $0.reference)) }
    recommendations = record.recommendations.map(RecommendationJSON.init)
    sample = audit.sample.map(SampleJSON.init)
    signedOffBy = audit.signOff?.by
    signedOffOn = audit.signOff?.on.iso
    amendmentOpen = audit.openAmendment != nil
  }
}

/// `cfag audit list --json`: one line per audit.
struct AuditSummaryJSON: Encodable {
  var id: String
  var title: String
  var themeId: String
  var themeTitle: String
  var meetingDate: String
  var stage: String
  var counts: CountsJSON

  init(_ summary: AuditSummary) {
    id = summary.id.rawValue
    title = summary.title
    themeId = summary.themeID
    themeTitle = summary.themeTitle
    meetingDate = summary.meetingDate.iso
    stage = summary.stage.rawValue
    counts = CountsJSON(summary.distribution)
  }
}

struct CountsJSON: Encodable {
  var cases: Int
  var graded: Int
  var good: Int
  var requiresImprovement: Int
  var inadequate: Int

  init(_ distribution: GradeDistribution) {
    cases = distribution.cases
    graded = distribution.graded
    good = distribution.good
    requiresImprovement = distribution.requiresImprovement
    inadequate = distribution.inadequate
  }
}

struct CaseJSON: Encodable {
  var reference: String
  var selection: String
  var drawOrder: Int?
  var selectionReason: String?
  var status: String
  var statusReason: String?
  var planType: String?
  var ageBand: String?
  var grade: String?
  var rationale: String?
  var domainGrades: [String: String]?
  var findings: [String]?
  var goodPractice: String?
  var voiceOfChild: String?
  var escalated: Bool

  init(_ auditCase: AuditCase, assessment: PanelAssessment?) {
    reference = auditCase.reference.value
    switch auditCase.selection {
    case .random(let order): (selection, drawOrder) = ("random", order)
    case .reserve(let order): (selection, drawOrder) = ("reserve", order)
    case .manual(let reason): (selection, selectionReason) = ("manual", reason)
    }
    switch auditCase.status {
    case .included: status = "included"
    case .reserve: status = "reserve"
    case .replaced(let reason): (status, statusReason) = ("replaced", reason)
    case .removed(let reason): (status, statusReason) = ("removed", reason)
    }
    planType = auditCase.planType?.rawValue
    ageBand = auditCase.ageBand?.rawValue
    grade = assessment?.overall.rawValue
    rationale = assessment?.rationale
    domainGrades = assessment?.domainGrades.mapValues(\.description)
    findings = assessment?.findings.map(\.value)
    goodPractice = assessment?.goodPractice
    voiceOfChild = assessment?.voiceOfChild
    escalated = assessment?.escalated ?? false
  }
}

struct RecommendationJSON: Encodable {
  var id: String
  var auditId: String
  var text: String
  var findings: [String]

  init(_ recommendation: Recommendation) {
    id = recommendation.id.rawValue
    auditId = recommendation.auditID.rawValue
    text = recommendation.text
    findings = recommendation.findings.map(\.value)
  }
}

struct SampleJSON: Encodable {
  var seed: String
  var size: Int
  var reserves: Int
  var stratifiedBy: String?
  var criteria: [String]
  var poolSize: Int
  var poolHash: String
  var drawnAt: String

  init(_ sample: SampleRecord) {
    seed = String(sample.seed)
    size = sample.size
    reserves = sample.reserves
    stratifiedBy = sample.stratifiedBy?.rawValue
    criteria = sample.criteria
    poolSize = sample.poolSize
    poolHash = sample.poolHash
    drawnAt = sample.drawnAt
  }
}

/// `cfag findings --json`: a tag, how many cases, which.
struct FindingJSON: Encodable {
  var tag: String
  var count: Int
  var cases: [String]

  init(_ finding: FindingCount) {
    tag = finding.tag.value
    count = finding.cases.count
    cases = finding.cases.map(\.value)
  }
}

/// `cfag agencies list --json`.
struct AgencyJSON: Encodable {
  var id: String
  var name: String
  var shortName: String
  var kind: String
  var retired: Bool

  init(_ agency: Agency) {
    id = agency.id
    name = agency.name
    shortName = agency.shortName
    kind = agency.kind.rawValue
    retired = agency.retired
  }
}
