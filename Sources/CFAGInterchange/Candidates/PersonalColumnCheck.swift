import CFAGDomain

/// Spots export columns that hold personal data the candidate list must never take in: names,
/// addresses, postcodes, NHS numbers, phone numbers, email addresses, and dates of birth in a
/// column the import does not turn into an age band. A column is judged by
/// its header, and by its values when at least half of the filled cells look like such data.
public enum PersonalColumnCheck {
  /// What the column looks like it holds ("names", "NHS numbers", ...), or nil.
  public static func kind(header: String, values: [String]) -> String? {
    kind(header: header) ?? kind(values: values)
  }

  static func kind(header: String) -> String? {
    let key = CSVHeader.normalise(header).filter { $0.isLetter }
    let words = header.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
    if key.contains("nhs") || key.contains("chinumber") { return "NHS numbers" }
    if key.contains("email") { return "email addresses" }
    if key.contains("phone") || key.contains("mobile") || words.contains("tel") { return "phone numbers" }
    if key.contains("postcode") || key.contains("postalcode") || words.contains("zip") { return "postcodes" }
    if key.contains("address") || key.contains("street") { return "addresses" }
    if key.contains("nationalinsurance") || words == ["ni", "number"] || words == ["upn"] {
      return "national identifiers"
    }
    if key.contains("name") || key.contains("surname") || key.contains("forename") { return "names" }
    if key.contains("birth") || words.contains("dob") { return "dates of birth" }
    return nil
  }

  static func kind(values: [String]) -> String? {
    let filled = values.map(\.trimmingWhitespace).filter { !$0.isEmpty }
    guard !filled.isEmpty else { return nil }
    let checks: [(String, (String) -> Bool)] = [
      ("NHS numbers", { PersonalDataDetector.identifierKind($0) == .nhsNumber }),
      ("phone numbers", { PersonalDataDetector.identifierKind($0) == .phoneNumber }),
      ("email addresses", { PersonalDataDetector.isEmail($0) && !$0.contains(" ") }),
      ("postcodes", { PersonalDataDetector.isPostcode($0.filter { $0 != " " }) }),
    ]
    for (kind, check) in checks where filled.filter(check).count * 2 >= filled.count {
      return kind
    }
    return nil
  }
}
