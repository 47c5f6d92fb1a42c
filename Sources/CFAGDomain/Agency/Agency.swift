/// A partner agency: one of the three safeguarding partners, or a relevant agency.
public struct Agency: Hashable, Sendable, Codable, Identifiable {
  public enum Kind: String, Hashable, Sendable, Codable {
    /// One of the three statutory safeguarding partners.
    case partner
    /// A relevant agency named in the local arrangements.
    case relevant
  }

  /// A stable slug, e.g. `kent-police`.
  public var id: String
  public var name: String
  /// A short name people use, e.g. "Police" or "MFT".
  public var shortName: String
  public var kind: Kind
  public var retired: Bool

  public init(id: String, name: String, shortName: String, kind: Kind, retired: Bool = false) {
    self.id = id
    self.name = name
    self.shortName = shortName
    self.kind = kind
    self.retired = retired
  }

  /// A slug from a name: lower case, words joined by hyphens.
  public static func slug(_ name: String) -> String {
    name.lowercased().split(whereSeparator: { !($0.isLetter || $0.isNumber) }).joined(separator: "-")
  }
}
