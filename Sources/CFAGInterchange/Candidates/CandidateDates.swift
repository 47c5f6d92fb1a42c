import CFAGDomain

/// Dates as exports write them: ISO `2024-03-09`, or day first as in the UK, `09/03/2024`,
/// `9/3/2024`, `09-03-2024`, `09.03.2024`, with an optional time after a space or `T`
/// (ignored). Two-digit years are refused: they are ambiguous for dates of birth.
enum CandidateDates {
  static func parse(_ text: String) -> Day? {
    let trimmed = text.trimmingWhitespace
    let datePart = String(trimmed.split(whereSeparator: { $0 == " " || $0 == "T" }).first ?? "")
    if let day = Day(iso: datePart) { return day }
    let parts = datePart.split(omittingEmptySubsequences: false, whereSeparator: { "/-.".contains($0) })
    guard parts.count == 3, parts[2].count == 4, parts[0].count <= 2, parts[1].count <= 2,
      let day = Int(parts[0]), let month = Int(parts[1]), let year = Int(parts[2])
    else { return nil }
    return Day(year: year, month: month, day: day)
  }
}
