/// What `verify` found: the problems, each naming the check, table, row, field and change record
/// involved, and what was checked.
public struct VerificationReport: Hashable, Sendable {
  /// The checks, in the order they run.
  public enum Check: String, Hashable, Sendable, CaseIterable {
    case integrity = "integrity"
    case schema = "schema"
    case foreignKeys = "foreign-keys"
    case chain = "hash-chain"
    case signOff = "sign-off"
    case currentValues = "current-values"
    case figures = "audit-figures"

    /// What the check proves, for people.
    public var label: String {
      switch self {
      case .integrity: "SQLite integrity check"
      case .schema: "tables, indexes, triggers and views are cfag's own"
      case .foreignKeys: "foreign keys"
      case .chain: "change log hash chain"
      case .signOff: "signed-off audits changed only through amendments"
      case .currentValues: "stored values match the change log"
      case .figures: "audit figures match their case records"
      }
    }
  }

  /// One thing that failed.
  public struct Problem: Hashable, Sendable, CustomStringConvertible {
    public var check: Check
    public var table: String?
    public var id: String?
    public var field: String?
    /// The change record involved, if any.
    public var sequence: Int?
    public var message: String

    public init(
      _ check: Check, table: String? = nil, id: String? = nil, field: String? = nil, sequence: Int? = nil,
      _ message: String
    ) {
      self.check = check
      self.table = table
      self.id = id
      self.field = field
      self.sequence = sequence
      self.message = message
    }

    /// `hash-chain: change record 42: ...` or `current-values: assessment CFAG-2026-01/MC-1001 overall_grade: ...`.
    public var description: String {
      var subject: [String] = []
      if let table { subject.append(table) }
      if let id { subject.append(id) }
      if let field { subject.append(field) }
      if let sequence { subject.append("(change record \(sequence))") }
      let prefix = subject.isEmpty ? "" : subject.joined(separator: " ") + ": "
      return "\(check.rawValue): \(prefix)\(message)"
    }
  }

  public var problems: [Problem] = []
  /// Checks that do not apply to this database: a PostgreSQL server checks its own pages and
  /// enforces its foreign keys, and the schema check reads SQLite's catalogue.
  public var notApplicable: Set<Check> = []
  /// Change records whose links were recomputed.
  public var records = 0
  /// Rows whose every field was compared with the log.
  public var rows = 0
  /// Audits whose figures were checked.
  public var audits = 0
  /// Logged value texts dropped by a retention purge (their hashes remain in the chain).
  public var purgedTexts = 0
  /// The last record's sequence number and hash: note them down, and a later rewrite of the whole
  /// log shows.
  public var headSequence: Int?
  public var headHash: String?
  /// A head noted earlier (`cfag verify --head HASH`), and the record that has it, if any: a noted
  /// head missing from the chain means the log was rewritten since.
  public var notedHead: String?
  public var notedHeadSequence: Int?

  public init() {}

  public var isValid: Bool { problems.isEmpty }

  public func problems(_ check: Check) -> [Problem] { problems.filter { $0.check == check } }

  mutating func add(_ problem: Problem) { problems.append(problem) }
}
