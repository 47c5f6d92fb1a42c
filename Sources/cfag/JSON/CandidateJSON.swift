import CFAGDomain
import CFAGStore

/// `cfag cases list --json`: one candidate.
struct CandidateJSON: Encodable {
  var reference: String
  var planType: String
  var ageBand: String?
  var gender: String?
  var team: String?
  var startDate: String?
  var agenciesKnown: [String]

  init(_ candidate: CandidateCase) {
    reference = candidate.reference.value
    planType = candidate.planType.rawValue
    ageBand = candidate.ageBand?.rawValue
    gender = candidate.gender
    team = candidate.team
    startDate = candidate.startDate?.iso
    agenciesKnown = candidate.agenciesKnown
  }
}

/// `cfag cases import --json`: what the import did.
struct CandidateImportJSON: Encodable {
  var source: String
  var sha256: String
  var rows: Int
  var added: Int
  var updated: Int
  var unchanged: Int
  var removed: Int
  var ignoredColumns: [String]
  var encoding: String

  init(_ summary: CandidateImportSummary) {
    source = summary.source
    sha256 = summary.fileHash
    rows = summary.rows
    added = summary.added
    updated = summary.updated
    unchanged = summary.unchanged
    removed = summary.removed
    ignoredColumns = summary.ignoredColumns
    encoding = summary.encoding.rawValue
  }
}

/// `cfag audit sample --json`: the draw's record and its picks.
struct SampleOutcomeJSON: Encodable {
  var sample: SampleJSON
  var selected: [String]
  var reserves: [String]
  var strata: [StratumJSON]?
  var redrawn: Bool

  struct StratumJSON: Encodable {
    var value: String
    var poolCount: Int
    var quota: Int
  }

  init(_ outcome: SampleOutcome) {
    sample = SampleJSON(outcome.record)
    selected = outcome.selected.map(\.value)
    reserves = outcome.reserves.map(\.value)
    strata =
      outcome.strata.isEmpty
      ? nil : outcome.strata.map { StratumJSON(value: $0.value, poolCount: $0.poolCount, quota: $0.quota) }
    redrawn = outcome.redrawn
  }
}
