/// The partnership's agency list, and the rule for resolving what people type to one agency.
public struct AgencyDirectory: Sendable {
  public let agencies: [Agency]

  public init(_ agencies: [Agency]) { self.agencies = agencies }

  /// The active agencies.
  public var active: [Agency] { agencies.filter { !$0.retired } }

  /// Resolves an id, a name, a short name, an acronym or an unambiguous part of a name, in any
  /// case. Retired agencies resolve only by exact id or name.
  public func resolve(_ text: String) throws(DomainError) -> Agency {
    // An id names its agency outright (ids are unique): what scripts, imports and the screens
    // mostly give, resolved without comparing every agency's names.
    if let agency = agencies.first(where: { $0.id == text }) { return agency }
    let key = Self.key(text)
    guard !key.isEmpty else { throw .missing(field: "agency", reason: "no agency given") }
    let exact = agencies.filter {
      $0.id == text || Self.key($0.name) == key || Self.key($0.shortName) == key
        || Self.key($0.id) == key
    }
    if exact.count == 1 { return exact[0] }
    let candidates = active.filter {
      Self.acronym($0.name) == key || Self.acronym($0.shortName) == key || Self.key($0.name).contains(key)
        || Self.key($0.shortName).contains(key)
    }
    if candidates.count == 1 { return candidates[0] }
    if candidates.isEmpty {
      throw .invalid(
        field: "agency", value: text,
        reason: "is not on the agency list")
    }
    throw .ambiguous(kind: "agency", value: text, matches: candidates.map(\.shortName))
  }

  /// The text's letters and digits, lower-cased: how agency names compare. Byte by byte for ASCII
  /// text (each byte a character), as names and ids are.
  static func key(_ text: String) -> String {
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return String(text.lowercased().filter { $0.isLetter || $0.isNumber })
    }
    return String(
      decoding: text.utf8.compactMap { byte in
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): byte | 0x20
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): byte
        default: nil
        }
      }, as: UTF8.self)
  }

  static func acronym(_ name: String) -> String {
    let skip: Set<String> = ["and", "of", "the", "for"]
    return String(
      name.lowercased().filter { $0 != "'" && $0 != "’" }.split(whereSeparator: {
        !($0.isLetter || $0.isNumber)
      })
      .filter { !skip.contains(String($0)) }.compactMap(\.first))
  }

  /// The agencies the partnership starts with: the three safeguarding partners (Local
  /// Safeguarding Arrangements §4) and the relevant agencies most often involved in case files (§5).
  public static let seed: [Agency] = [
    Agency(
      id: "medway-council-childrens-services", name: "Medway Council children's services",
      shortName: "Children's Social Care", kind: .partner),
    Agency(id: "kent-police", name: "Kent Police", shortName: "Police", kind: .partner),
    Agency(id: "nhs-kent-and-medway", name: "NHS Kent and Medway", shortName: "NHS K&M", kind: .partner),
    Agency(
      id: "medway-nhs-foundation-trust", name: "Medway NHS Foundation Trust", shortName: "MFT",
      kind: .relevant),
    Agency(
      id: "medway-community-healthcare", name: "Medway Community Healthcare", shortName: "MCH",
      kind: .relevant),
    Agency(id: "kmpt", name: "Kent and Medway Partnership Trust", shortName: "KMPT", kind: .relevant),
    Agency(id: "nelft", name: "NELFT", shortName: "NELFT", kind: .relevant),
    Agency(
      id: "kchft", name: "Kent Community Health NHS Foundation Trust", shortName: "KCHFT",
      kind: .relevant),
    Agency(
      id: "national-probation-service", name: "National Probation Service", shortName: "Probation",
      kind: .relevant),
    Agency(
      id: "medway-primary-schools", name: "Medway Primary Schools", shortName: "Primary Schools",
      kind: .relevant),
    Agency(
      id: "medway-secondary-schools", name: "Medway Secondary Schools",
      shortName: "Secondary Schools", kind: .relevant),
    Agency(
      id: "early-years-providers", name: "Early Years Providers", shortName: "Early Years",
      kind: .relevant),
    Agency(
      id: "medway-youth-offending-team", name: "Medway Youth Offending Team", shortName: "YOT",
      kind: .relevant),
    Agency(
      id: "medway-public-health", name: "Medway Council - Public Health", shortName: "Public Health",
      kind: .relevant),
    Agency(id: "open-road", name: "Open Road", shortName: "Open Road", kind: .relevant),
    Agency(id: "turning-point", name: "Turning Point", shortName: "Turning Point", kind: .relevant),
    Agency(id: "cafcass", name: "CAFCASS", shortName: "CAFCASS", kind: .relevant),
    Agency(id: "housing-providers", name: "Housing Providers", shortName: "Housing", kind: .relevant),
    Agency(id: "nspcc", name: "NSPCC", shortName: "NSPCC", kind: .relevant),
  ]
}
