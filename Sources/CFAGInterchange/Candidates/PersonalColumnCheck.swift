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
      ("NHS numbers", { PersonalDataDetector.identifierKind($0) == "an NHS number" }),
      ("phone numbers", { PersonalDataDetector.identifierKind($0) == "a phone number" }),
      ("email addresses", isEmail),
      ("postcodes", isPostcode),
    ]
    for (kind, check) in checks where filled.filter(check).count * 2 >= filled.count {
      return kind
    }
    return nil
  }

  static func isEmail(_ text: String) -> Bool {
    let parts = text.split(separator: "@")
    return parts.count == 2 && parts[1].contains(".") && !text.contains(" ")
  }

  /// A UK postcode: outward code of 2 to 4 characters starting with a letter, then a digit and
  /// two letters (`ME4 4TR`, `SW1A 1AA`).
  static func isPostcode(_ text: String) -> Bool {
    let compact = Array(text.uppercased().filter { $0 != " " })
    guard (5...7).contains(compact.count), compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
    else { return false }
    let inward = compact.suffix(3)
    let outward = compact.dropLast(3)
    return outward.first!.isLetter && outward.contains(where: \.isNumber)
      && inward.first!.isNumber && inward.dropFirst().allSatisfy(\.isLetter)
  }
}
