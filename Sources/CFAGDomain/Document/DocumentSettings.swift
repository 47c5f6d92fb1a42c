/// Who a partnership's documents are from and for, set once by the business manager: printed on
/// the cover of every report, the protective marking in every page's header and footer.
public struct DocumentSettings: Hashable, Sendable, Codable {
  /// The marking a document carries unless another is set.
  public static let defaultMarking = "OFFICIAL-SENSITIVE"

  /// "Medway Safeguarding Children Partnership".
  public var partnership: String
  /// Who the report goes to: "MSCP Executive".
  public var reportTo: String
  /// Who wrote it: "Business Manager, MSCP".
  public var author: String
  /// The protective marking, such as OFFICIAL-SENSITIVE.
  public var marking: String

  public init(
    partnership: String = "", reportTo: String = "", author: String = "", marking: String = defaultMarking
  ) {
    self.partnership = partnership
    self.reportTo = reportTo
    self.author = author
    self.marking = marking
  }

  enum CodingKeys: String, CodingKey {
    case partnership, reportTo = "report_to", author, marking
  }

  /// Reads what is set; anything missing keeps its default, so a hand-edited file may hold less.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    partnership = try container.decodeIfPresent(String.self, forKey: .partnership) ?? ""
    reportTo = try container.decodeIfPresent(String.self, forKey: .reportTo) ?? ""
    author = try container.decodeIfPresent(String.self, forKey: .author) ?? ""
    let marking = try container.decodeIfPresent(String.self, forKey: .marking)?.trimmingWhitespace ?? ""
    self.marking = marking.isEmpty ? Self.defaultMarking : marking
  }
}

/// The control block of one issued document: its settings, the day it was issued and its version.
public struct DocumentControl: Hashable, Sendable {
  public var settings: DocumentSettings
  public var issued: Day
  /// 1, then 2 after an amendment, and so on.
  public var version: Int

  public init(settings: DocumentSettings, issued: Day, version: Int = 1) {
    self.settings = settings
    self.issued = issued
    self.version = version
  }
}
