import CFAGDomain

/// Turns data rows of an export into candidates, field by field. Values that repeat down a list
/// (plan types, ages, dates, teams, agency lists) are worked out once and remembered under the
/// cell's bytes, which keeps a 100,000-row import fast. What a cell gives depends on its bytes
/// only, so a remembered value is the one working it out again would give; a problem is never
/// remembered, so each row with one reports it. The tables point into the records' document: a
/// reader must not outlive the document it reads.
struct CandidateRowReader {
  let layout: ColumnLayout
  let mapping: CandidateMapping
  let today: Day
  private let slots: Slots
  private var plans = CellMemo<PlanType>(bits: 6)
  /// Age bands from dates of birth and expected dates.
  private var bands = CellMemo<AgeBand>(bits: 12)
  /// Age bands from ages in years or age bands in the age column.
  private var ages = CellMemo<AgeBand>(bits: 7)
  private var days = CellMemo<Day>(bits: 12)
  /// Trimmed texts of the gender and team columns.
  private var texts = CellMemo<String>(bits: 7)
  private var agencyLists = CellMemo<[String]>(bits: 12)

  init(layout: ColumnLayout, mapping: CandidateMapping, today: Day) {
    self.layout = layout
    self.mapping = mapping
    self.today = today
    slots = Slots(layout)
  }

  /// Where each field's column is.
  private struct Slots {
    let reference, planType, dateOfBirth, expectedDate, age, ageBand, gender, team, startDate,
      agenciesKnown: ColumnLayout.Slot

    init(_ layout: ColumnLayout) {
      (reference, planType, dateOfBirth, expectedDate, age) = (
        layout.slot(.reference), layout.slot(.planType), layout.slot(.dateOfBirth),
        layout.slot(.expectedDate), layout.slot(.age)
      )
      (ageBand, gender, team, startDate, agenciesKnown) = (
        layout.slot(.ageBand), layout.slot(.gender), layout.slot(.team), layout.slot(.startDate),
        layout.slot(.agenciesKnown)
      )
    }
  }

  mutating func candidate(_ record: CSVRecord) throws(FieldProblem) -> CandidateCase {
    let reference: CaseReference
    do {
      reference = try CaseReference(validating: layout.value(slots.reference, in: record) ?? "")
    } catch {
      throw FieldProblem(field: "reference", message: Self.words(error))
    }
    let plan = try planType(record)
    return CandidateCase(
      reference: reference, planType: plan,
      ageBand: try ageBand(record) ?? (plan == .preBirth ? .unborn : nil),
      gender: text(slots.gender, record), team: text(slots.team, record),
      startDate: try date(slots.startDate, record), agenciesKnown: agencies(record))
  }

  mutating func planType(_ record: CSVRecord) throws(FieldProblem) -> PlanType {
    let cell = layout.cell(slots.planType, in: record)
    if let cell, let known = plans.value(for: cell) { return known }
    let text = layout.value(slots.planType, in: record) ?? ""
    guard let plan = mapping.planTypeCodes[CSVHeader.normalise(text)] ?? PlanType(parsing: text) else {
      throw FieldProblem(
        field: CandidateColumn.planType.label,
        message: "\"\(text)\" is not a plan type; use one of "
          + "\(PlanType.allCases.map(\.rawValue).joined(separator: ", ")), "
          + "or map this system's code in a mapping file: `value plan_type: \(text) = child-in-need`")
    }
    if let cell { plans.remember(plan, for: cell) }
    return plan
  }

  /// The age band from the first filled age column. Dates of birth are never echoed in messages.
  mutating func ageBand(_ record: CSVRecord) throws(FieldProblem) -> AgeBand? {
    if let band = try band(born: slots.dateOfBirth, record) { return band }
    if let band = try band(born: slots.expectedDate, record) { return band }
    let ageCell = layout.cell(slots.age, in: record)
    if let ageCell, let band = ages.value(for: ageCell) { return band }
    if let text = layout.value(slots.age, in: record) {
      let band: AgeBand
      if let years = Int(text) {
        guard years >= 0 else { throw FieldProblem(field: "age", message: "\"\(text)\" is negative") }
        band = AgeBand(ageInYears: years)
      } else if let named = AgeBand(parsing: text) {
        band = named
      } else {
        throw FieldProblem(field: "age", message: "\"\(text)\" is neither whole years nor an age band")
      }
      if let ageCell { ages.remember(band, for: ageCell) }
      return band
    }
    if let text = layout.value(slots.ageBand, in: record) {
      guard let band = AgeBand(parsing: text) else {
        throw FieldProblem(
          field: "age_band",
          message: "\"\(text)\" is not an age band; use one of "
            + AgeBand.allCases.map(\.rawValue).joined(separator: ", "))
      }
      return band
    }
    return nil
  }

  /// The age band from a date of birth or expected date, or nil when its cell is empty.
  private mutating func band(born slot: ColumnLayout.Slot, _ record: CSVRecord) throws(FieldProblem)
    -> AgeBand?
  {
    guard let cell = layout.cell(slot, in: record) else { return nil }
    if let band = bands.value(for: cell) { return band }
    guard let text = layout.value(slot, in: record) else { return nil }
    guard let day = CandidateDates.parse(text) else { throw Self.notADate(slot.column, text) }
    try Self.checkYear(slot.column, day)
    let band = AgeBand(birth: day, today: today)
    bands.remember(band, for: cell)
    return band
  }

  mutating func date(_ slot: ColumnLayout.Slot, _ record: CSVRecord) throws(FieldProblem) -> Day? {
    guard let cell = layout.cell(slot, in: record) else { return nil }
    if let day = days.value(for: cell) { return day }
    guard let text = layout.value(slot, in: record) else { return nil }
    guard let day = CandidateDates.parse(text) else { throw Self.notADate(slot.column, text) }
    try Self.checkYear(slot.column, day)
    days.remember(day, for: cell)
    return day
  }

  /// The trimmed text of a free-text column (gender, team), or nil when the cell is empty.
  mutating func text(_ slot: ColumnLayout.Slot, _ record: CSVRecord) -> String? {
    guard let cell = layout.cell(slot, in: record) else { return nil }
    if let text = texts.value(for: cell) { return text }
    guard let text = layout.value(slot, in: record) else { return nil }
    texts.remember(text, for: cell)
    return text
  }

  mutating func agencies(_ record: CSVRecord) -> [String] {
    guard let cell = layout.cell(slots.agenciesKnown, in: record) else { return [] }
    if let list = agencyLists.value(for: cell) { return list }
    guard let text = layout.value(slots.agenciesKnown, in: record) else { return [] }
    let list = text.split(whereSeparator: { ";|,".contains($0) }).map { String($0).trimmingWhitespace }
      .filter { !$0.isEmpty }
    agencyLists.remember(list, for: cell)
    return list
  }

  /// Only a start date is repeated in the message: dates of birth stay off the screen.
  static func notADate(_ column: CandidateColumn, _ text: String) -> FieldProblem {
    let shown = column == .startDate ? "\"\(text)\" " : ""
    return FieldProblem(field: column.label, message: "\(shown)is not a date; use YYYY-MM-DD or DD/MM/YYYY")
  }

  /// Refuses a date outside `ImportLimits.years`; only a start date is repeated in the message.
  static func checkYear(_ column: CandidateColumn, _ day: Day) throws(FieldProblem) {
    guard ImportLimits.problem(date: day) != nil else { return }
    let years = "\(ImportLimits.years.lowerBound)–\(ImportLimits.years.upperBound)"
    let shown = column == .startDate ? "\"\(day.iso)\" " : ""
    throw FieldProblem(field: column.label, message: "\(shown)is outside \(years): check the year")
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
