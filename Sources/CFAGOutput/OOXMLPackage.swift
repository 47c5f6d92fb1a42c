import Foundation

/// The packaging of a Word file: content types, relationships, namespaces and the zip itself,
/// shared by the report and the agency return form.
public enum OOXMLPackage {
  public static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
  public static let relationshipNamespace =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
  public static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"

  /// A WordprocessingML part with its root element and namespaces.
  public static func part(_ root: String, _ body: [String]) -> String {
    ([declaration, "<\(root) xmlns:w=\"\(wordNamespace)\" xmlns:r=\"\(relationshipNamespace)\">"] + body + [
      "</\(root)>"
    ])
    .joined(separator: "\n")
  }

  /// `[Content_Types].xml`; `settings` adds `word/settings.xml` (document protection).
  public static func contentTypes(header: Bool, settings: Bool = false) -> String {
    let main = "application/vnd.openxmlformats-officedocument.wordprocessingml"
    let headerOverride =
      (header ? "<Override PartName=\"/word/header1.xml\" ContentType=\"\(main).header+xml\"/>" : "")
      + (settings ? "<Override PartName=\"/word/settings.xml\" ContentType=\"\(main).settings+xml\"/>" : "")
    return """
      \(declaration)
      <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
      <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
      <Default Extension="xml" ContentType="application/xml"/>
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

  public static func documentRelationships(header: Bool, settings: Bool = false) -> String {
    let headerRelationship =
      (header
        ? "<Relationship Id=\"rIdHeader\" Type=\"\(relationshipNamespace)/header\" Target=\"header1.xml\"/>"
        : "")
      + (settings
        ? "<Relationship Id=\"rIdSettings\" Type=\"\(relationshipNamespace)/settings\" Target=\"settings.xml\"/>"
        : "")
    return """
      \(declaration)
      <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
      <Relationship Id="rIdStyles" Type="\(relationshipNamespace)/styles" Target="styles.xml"/>
      <Relationship Id="rIdFooter" Type="\(relationshipNamespace)/footer" Target="footer1.xml"/>
      \(headerRelationship)
      </Relationships>
      """
  }

  /// Zips the parts in the order given (`[Content_Types].xml` first, by convention), stored, with
  /// a fixed timestamp so the same document gives the same bytes.
  public static func zip(_ parts: [(String, String)]) throws -> Data {
    try ZipArchive.write(parts.map { ZipArchive.Entry(name: $0.0, data: Data($0.1.utf8)) })
  }
}
