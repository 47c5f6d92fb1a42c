import CFAGDomain

/// How an export's columns map to candidate fields, read from a mapping file.
///
/// The format is plain text, one instruction per line; `#` starts a comment; blank lines are
/// ignored; names are matched ignoring case, spaces, `_` and `-`:
///
/// ```
/// # cfag candidate mapping for the Mosaic "CFAG pool" report
/// reference: Client Identifier        # FIELD: COLUMN HEADER
/// plan_type: Legal Status
/// date_of_birth: Birth Dt
/// drop: Worker Name                   # import without this column
/// value plan_type: S17 = child-in-need  # a code of this system → a plan type
/// ```
///
/// Fields: reference, plan_type, date_of_birth, expected_date, age, age_band, gender, team,
/// start_date, agencies_known. A field not mapped is looked for under its default headers.
public struct CandidateMapping: Hashable, Sendable {
  /// Field → the header of its column.
  public var columns: [CandidateColumn: String]
  /// Headers to leave out of the import.
  public var dropped: [String]
  /// Plan type codes of the source system (normalised) → plan type.
  public var planTypeCodes: [String: PlanType]

  public init(
    columns: [CandidateColumn: String] = [:], dropped: [String] = [], planTypeCodes: [String: PlanType] = [:]
  ) {
    self.columns = columns
    self.dropped = dropped
    self.planTypeCodes = planTypeCodes
  }

  /// Reads a mapping file; problems are `name:line: problem`, all of them.
  public init(parsing text: String, name: String) throws(ImportProblems) {
    self.init()
    var problems: [String] = []
    for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = Self.uncommented(String(rawLine)).trimmingWhitespace
      guard !line.isEmpty else { continue }
      do throws(MappingProblem) {
        try apply(line)
      } catch {
        problems.append("\(name):\(index + 1): \(error.message)")
      }
    }
    if !problems.isEmpty { throw ImportProblems(problems: problems) }
  }

  private struct MappingProblem: Error {
    let message: String
  }

  private mutating func apply(_ line: String) throws(MappingProblem) {
    guard let colon = line.firstIndex(of: ":") else {
      throw MappingProblem(
        message: "expected FIELD: COLUMN HEADER, drop: COLUMN or value plan_type: CODE = PLAN")
    }
    let key = String(line[..<colon]).trimmingWhitespace
    let rest = String(line[line.index(after: colon)...]).trimmingWhitespace
    guard !rest.isEmpty else { throw MappingProblem(message: "\(key): nothing after the colon") }
    let normalised = CSVHeader.normalise(key)
    if normalised == "drop" {
      dropped.append(rest)
    } else if normalised == "valueplantype" {
      let parts = rest.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
      guard parts.count == 2, !parts[0].isEmpty else {
        throw MappingProblem(message: "value plan_type: expected CODE = PLAN TYPE")
      }
      guard let plan = PlanType(parsing: parts[1]) else {
        throw MappingProblem(
          message: "value plan_type: \"\(parts[1])\" is not a plan type; use one of "
            + PlanType.allCases.map(\.rawValue).joined(separator: ", "))
      }
      planTypeCodes[CSVHeader.normalise(parts[0])] = plan
    } else if let column = CandidateColumn.allCases.first(where: {
      CSVHeader.normalise($0.rawValue) == normalised
    }) {
      columns[column] = rest
    } else {
      throw MappingProblem(
        message: "\"\(key)\" is not a candidate field; use one of "
          + CandidateColumn.allCases.map(\.rawValue).joined(separator: ", ") + ", drop or value plan_type")
    }
  }

  private static func uncommented(_ line: String) -> String {
    guard let hash = line.firstIndex(of: "#") else { return line }
    return String(line[..<hash])
  }
}
