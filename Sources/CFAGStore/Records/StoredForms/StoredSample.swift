import CFAGDomain

/// `audit.sample_json`: the record of a random draw.
struct StoredSample: Codable {
  var format: Int?
  var seed: UInt64
  var size: Int
  var reserves: Int
  var stratifiedBy: String?
  var criteria: [String]
  var poolSize: Int
  var poolHash: String
  var drawnAt: String

  enum CodingKeys: String, CodingKey {
    case format, seed, size, reserves, stratifiedBy, criteria, poolSize, poolHash, drawnAt
  }
}

extension SampleRecord: JSONColumnValue {
  var stored: StoredSample {
    StoredSample(
      format: StoredFormat.current, seed: seed, size: size, reserves: reserves,
      stratifiedBy: stratifiedBy?.rawValue, criteria: criteria, poolSize: poolSize, poolHash: poolHash,
      drawnAt: drawnAt)
  }

  init(stored: StoredSample) throws {
    try StoredFormat.check(stored.format)
    self.init(
      seed: stored.seed, size: stored.size, reserves: stored.reserves,
      stratifiedBy: try stored.stratifiedBy.map { try StoredFormat.raw(CandidateField.self, $0) },
      criteria: stored.criteria, poolSize: stored.poolSize, poolHash: stored.poolHash, drawnAt: stored.drawnAt
    )
  }
}
