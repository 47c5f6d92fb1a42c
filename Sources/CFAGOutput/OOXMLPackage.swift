import Foundation

/// The packaging of a Word file: content types, relationships, namespaces and the zip itself,
/// shared by the report and the agency return form.
public enum OOXMLPackage {
  public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  public static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  public static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"

  /// The namespaces of pictures (DrawingML) and of the legacy shapes (VML) a watermark is drawn with.
  static let drawingNamespaces = [
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "pic": "http://schemas.openxmlformats.org/drawingml/2006/picture",
    "v": "urn:schemas-microsoft-com:vml", "o": "urn:schemas-microsoft-com:office:office",
  ]

  /// A WordprocessingML part with its root element and namespaces.
  public static func part(_ root: String, _ body: [String]) -> String {
    let drawing = drawingNamespaces.sorted { $0.key < $1.key }.map { " xmlns:\($0.key)=\"\($0.value)\"" }
      .joined()
    return
      ([declaration, "<\(root) xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\"\(drawing)>"]
      + body + ["</\(root)>"])
      .joined(separator: "\n")
  }

  /// The optional parts of a Word file, beside the document, styles and footer every one has.
  public struct Parts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }
    /// `word/header1.xml`.
    public static let header = Parts(rawValue: 1)
    /// `word/settings.xml` (document protection, fields to update).
    public static let settings = Parts(rawValue: 2)
    /// `word/numbering.xml`: the lists.
    public static let numbering = Parts(rawValue: 4)
  }

  /// `[Content_Types].xml`, with PNG pictures allowed.
  public static func contentTypes(_ parts: Parts) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    let headerOverride =
      (parts.contains(.header)
        ? "<Override PartName=\"/word/header1.xml\" ContentType=\"\(main).header+xml\"/>" : "")
      + (parts.contains(.settings)
        ? "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>" : "")
      + (parts.contains(.numbering)
        ? "<Override PartName=\"/word/numbering.xml\" ContentType=\"\(main).numbering+xml\"/>" : "")
    return """
      \(declaration)
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
      <Default Extension="png" ContentType="image/png"/>
      <Override PartName="/word/document.xml" ContentType="\(main).document.main+xml"/>
      <Override PartName="/word/styles.xml" ContentType="\(main).styles+xml"/>
      <Override PartName="/word/footer1.xml" ContentType="\(main).footer+xml"/>
      \(headerOverride)
      </Types>
      """
  }

  public static let packageRelationships = """
    \(declaration)
    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
    <Relationship Id="rId1" Type="\(relationshipNamespace)/officeDocument" Target="word/document.xml"/>
    </Relationships>
    """

  /// The document's relationships: its parts, and each picture (`media/<name>`, id `rId<name>`
  /// without the extension).
  public static func documentRelationships(_ parts: Parts, pictures: [String] = []) -> String {
    func relationship(_ id: String, _ type: String, _ target: String) -> String {
      "<Relationship Id=\"\(id)\" Type=\"\(relationshipNamespace)/\(type)\" Target=\"\(target)\"/>"
    }
    let headerRelationship =
      (parts.contains(.header) ? relationship("rIdHeader", "header", "header1.xml") : "")
      + (parts.contains(.settings) ? relationship("rIdSettings", "settings", "settings.xml") : "")
      + (parts.contains(.numbering) ? relationship("rIdNumbering", "numbering", "numbering.xml") : "")
      + pictures.map { relationship(pictureID($0), "image", "media/\($0)") }.joined()
    return """
      \(declaration)
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rIdStyles" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>
      <Relationship Id="rIdFooter" Type="\(relationshipNamespace)/footer" Target="footer1.xml"/>
      \(headerRelationship)
      </Relationships>
      """
  }

  /// The relationship id of a picture in `media/`: "chart1.png" → "rIdchart1".
  public static func pictureID(_ name: String) -> String {
    "rId" + (name.split(separator: ".").first.map(String.init) ?? name)
  }

  /// Zips the parts in the order given (`[Content_Types].xml` first, by convention), then the
  /// pictures under `word/media/`, stored, with a fixed timestamp so the same document gives the
  /// same bytes.
  public static func zip(_ parts: [(String, String)], pictures: [(name: String, data: Data)] = []) throws
    -> Data
  {
    try ZipArchive.write(
      parts.map { ZipArchive.Entry(name: $0.0, data: Data($0.1.utf8)) }
        + pictures.map { ZipArchive.Entry(name: "word/media/\($0.name)", data: $0.data) })
  }
}
