import CFAGDomain

/// One data row of an export, turned into a candidate field by field.
struct CandidateRow {
  let record: CSVRecord
  let layout: ColumnLayout
  let mapping: CandidateMapping
  let today: Day

  func candidate() throws(FieldProblem) -> CandidateCase {
    let reference: CaseReference
    do {
      reference = try CaseReference(validating: layout.value(.reference, in: record) ?? "")
    } catch {
      throw FieldProblem(field: "reference", message: Self.words(error))
    }
    let plan = try planType()
    return CandidateCase(
      reference: reference, planType: plan, ageBand: try ageBand() ?? (plan == .preBirth ? .unborn : nil),
      gender: layout.value(.gender, in: record), team: layout.value(.team, in: record),
      startDate: try date(.startDate), agenciesKnown: agencies())
  }

  func planType() throws(FieldProblem) -> PlanType {
    let text = layout.value(.planType, in: record) ?? ""
    if let plan = mapping.planTypeCodes[CSVHeader.normalise(text)] ?? PlanType(parsing: text) { return plan }
    throw FieldProblem(
      field: CandidateColumn.planType.label,
      message:
        "\"\(text)\" is not a plan type; use one of \(PlanType.allCases.map(\.rawValue).joined(separator: ", ")), "
        + "or map this system's code in a mapping file: `value plan_type: \(text) = child-in-need`")
  }

  /// The age band from the first filled age column. Dates of birth are never echoed in messages.
  func ageBand() throws(FieldProblem) -> AgeBand? {
    for column in [CandidateColumn.dateOfBirth, .expectedDate] where layout.value(column, in: record) != nil {
      guard let day = try date(column) else { continue }
      return AgeBand(birth: day, today: today)
    }
    if let text = layout.value(.age, in: record) {
      if let years = Int(text) {
        guard years >= 0 else { throw FieldProblem(field: "age", message: "\"\(text)\" is negative") }
        return AgeBand(ageInYears: years)
      }
      if let band = AgeBand(parsing: text) { return band }
      throw FieldProblem(field: "age", message: "\"\(text)\" is neither whole years nor an age band")
    }
    if let text = layout.value(.ageBand, in: record) {
      guard let band = AgeBand(parsing: text) else {
        throw FieldProblem(
          field: "age_band",
          message:
            "\"\(text)\" is not an age band; use one of \(AgeBand.allCases.map(\.rawValue).joined(separator: ", "))"
        )
      }
      return band
    }
    return nil
  }

  func date(_ column: CandidateColumn) throws(FieldProblem) -> Day? {
    guard let text = layout.value(column, in: record) else { return nil }
    guard let day = CandidateDates.parse(text) else {
      let shown = column == .startDate ? "\"\(text)\" " : ""
      throw FieldProblem(
        field: column.label, message: "\(shown)is not a date; use YYYY-MM-DD or DD/MM/YYYY")
    }
    return day
  }

  func agencies() -> [String] {
    guard let text = layout.value(.agenciesKnown, in: record) else { return [] }
    return text.split(whereSeparator: { ";|,".contains($0) }).map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }
  }

  /// A domain refusal as `"value" reason`, without repeating the field name.
  static func words(_ error: DomainError) -> String {
    switch error {
    case .invalid(_, let value, let reason): "\"\(value)\" \(reason)"
    case .missing(_, let reason): reason
    default: error.description
    }
  }
}
